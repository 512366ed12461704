import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { boolean, createTable, datetime, id, integer, varchar } from '../migration-helpers';

/** The key-task ledger (重点工作台账): imported documents, their tasks, and the units' progress reports. */
export class KeyTasks1765300000001 implements MigrationInterface {
  name = 'KeyTasks1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: 'key_task_ledger',
        columns: [id(), integer('agency_id'), integer('year'), varchar('title', 200), varchar('document_number', 60, true), integer('created_by'), datetime('created_at')],
      }),
      // One ledger per document and year: importing the same notice twice is refused, not doubled.
      [new TableIndex({ name: 'uq_key_task_ledger_title', columnNames: ['agency_id', 'year', 'title'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'key_task',
        columns: [
          id(),
          integer('agency_id'),
          integer('ledger_id'),
          integer('seq'),
          varchar('number', 20),
          varchar('section', 100),
          varchar('heading', 200),
          { name: 'text', type: 'text' },
          varchar('lead_unit', 100, true),
          { name: 'units', type: 'text' },
          varchar('deadline_kind', 12),
          varchar('due_date', 10, true),
          varchar('deadline_words', 100),
          integer('unit_id', { isNullable: true }),
          varchar('completed_on', 10, true),
        ],
      }),
      [
        new TableIndex({ name: 'ix_key_task_ledger', columnNames: ['agency_id', 'ledger_id', 'seq'] }),
        new TableIndex({ name: 'ix_key_task_unit', columnNames: ['agency_id', 'unit_id'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'key_task_progress',
        columns: [
          id(),
          integer('agency_id'),
          integer('task_id'),
          integer('staff_id'),
          varchar('staff_name', 60),
          integer('unit_id', { isNullable: true }),
          { name: 'text', type: 'text' },
          boolean('completed'),
          { name: 'evidence', type: 'text' },
          datetime('reported_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_key_task_progress_task', columnNames: ['agency_id', 'task_id', 'reported_at'] })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('key_task_progress');
    await queryRunner.dropTable('key_task');
    await queryRunner.dropTable('key_task_ledger');
  }
}
