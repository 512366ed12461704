import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, varchar } from '../migration-helpers';

export class LetterTemplates1764200000000 implements MigrationInterface {
  name = 'LetterTemplates1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Only an agency's edits are stored; a key with no row uses the built-in wording in packages/domain.
    await createTable(
      queryRunner,
      new Table({
        name: 'letter_template',
        columns: [
          id(),
          integer('agency_id'),
          varchar('template_key', 60),
          varchar('title', 100),
          { name: 'paragraphs', type: 'text' },
          varchar('updated_by', 50),
          datetime('updated_at'),
        ],
      }),
      [new TableIndex({ name: 'uq_letter_template', columnNames: ['agency_id', 'template_key'], isUnique: true })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('letter_template');
  }
}
