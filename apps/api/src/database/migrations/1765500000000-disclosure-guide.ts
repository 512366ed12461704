import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, varchar } from '../migration-helpers';

/** 政府信息公开指南 (条例 Art. 12): every save of an agency's guide is a row; the highest version is the guide. */
export class DisclosureGuide1765500000000 implements MigrationInterface {
  name = 'DisclosureGuide1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: 'disclosure_guide_version',
        columns: [id(), integer('agency_id'), integer('version'), { name: 'text', type: 'text' }, integer('saved_by', { isNullable: true }), varchar('saved_by_name', 50), datetime('saved_at')],
      }),
      // Also the latest-version lookup (agency, version DESC), and what makes two concurrent saves of version n+1 collide.
      [new TableIndex({ name: 'uq_disclosure_guide_version', columnNames: ['agency_id', 'version'], isUnique: true })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('disclosure_guide_version');
  }
}
