import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, varchar } from '../migration-helpers';

export class Media1764100000000 implements MigrationInterface {
  name = 'Media1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per stored file. The bytes live in file storage under `storage_key` (never derived from the client's
    // name); a file is uploaded first and claimed by the record it belongs to in that record's transaction.
    await createTable(
      queryRunner,
      new Table({
        name: 'media_file',
        columns: [
          id(),
          integer('agency_id'),
          varchar('owner_type', 10),
          integer('owner_id'),
          varchar('purpose', 30),
          varchar('original_name', 120),
          varchar('mime', 100),
          integer('size_bytes'),
          varchar('sha256', 64),
          varchar('storage_key', 200),
          varchar('attached_type', 40, true),
          integer('attached_id', { isNullable: true }),
          datetime('created_at'),
        ],
      }),
      [
        new TableIndex({ name: 'uq_media_file_key', columnNames: ['storage_key'], isUnique: true }),
        new TableIndex({ name: 'ix_media_file_attached', columnNames: ['attached_type', 'attached_id'] }),
        new TableIndex({ name: 'ix_media_file_owner', columnNames: ['owner_type', 'owner_id', 'id'] }),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('media_file');
  }
}
