import { Outcome, TABLE3_COLUMN_CODES, TABLE3_LEAF_CODES, table3LeafOf } from '@govopen/domain';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, isMysql, varchar } from '../migration-helpers';

/** The codes the case store projects from now on (table3CodesOf), for the requests already stored. */
function backfillCodes(): string {
  const kinds = Object.entries(TABLE3_COLUMN_CODES).filter(([column]) => column !== 'citizen');
  const column = [
    `CASE WHEN applicant_type = 'citizen' THEN ${TABLE3_COLUMN_CODES.citizen}`,
    ...kinds.map(([kind, code]) => `WHEN applicant_type = 'organization' AND organization_kind = '${kind}' THEN ${code}`),
    'ELSE NULL END',
  ].join(' ');
  const leaf = [
    `CASE WHEN closed_date IS NULL THEN NULL WHEN status = 'withdrawn' THEN ${TABLE3_LEAF_CODES[table3LeafOf({ outcome: null, withdrawn: true })]}`,
    ...Object.values(Outcome).map((outcome) => `WHEN outcome = '${outcome}' THEN ${TABLE3_LEAF_CODES[table3LeafOf({ outcome, withdrawn: false })]}`),
    'ELSE NULL END',
  ].join(' ');
  return `UPDATE disclosure_request SET report_column = ${column}, report_leaf = ${leaf}`;
}

/**
 * The annual report (条例 Art. 49–50): one row per agency and year. A request's place in table 三 (its applicant
 * column and, once closed, its leaf) is projected onto disclosure_request as two small codes, so that with its dates
 * they make a narrow covering index: table 三 of a million requests is one scan of it, grouped in index order without
 * a sort. Table 四 and the fees read only the review and fee events, through an index on the event type.
 */
export class AnnualReports1765100000000 implements MigrationInterface {
  name = 'AnnualReports1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A published report with long sections runs past MySQL's 64 KB TEXT; SQLite's TEXT has no such limit.
    const longText = isMysql(queryRunner) ? 'mediumtext' : 'text';
    await createTable(
      queryRunner,
      new Table({
        name: 'annual_report',
        columns: [
          id(),
          integer('agency_id'),
          integer('year'),
          varchar('kind', 12),
          varchar('status', 12),
          { name: 'sections', type: longText },
          { name: 'table2', type: 'text' },
          { name: 'overrides', type: 'text' },
          { name: 'frozen_figures', type: 'text', isNullable: true },
          { name: 'published_report', type: longText, isNullable: true },
          integer('submitted_by', { isNullable: true }),
          datetime('submitted_at', true),
          integer('approved_by', { isNullable: true }),
          datetime('approved_at', true),
          integer('published_by', { isNullable: true }),
          datetime('published_at', true),
          varchar('return_comment', 1000, true),
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      [
        new TableIndex({ name: 'uq_annual_report_year', columnNames: ['agency_id', 'year'], isUnique: true }),
        new TableIndex({ name: 'ix_annual_report_published', columnNames: ['agency_id', 'status', 'year'] }),
      ],
    );
    // Plain ALTER TABLE: TypeORM's addColumn would rebuild the whole table on SQLite.
    await queryRunner.query('ALTER TABLE disclosure_request ADD COLUMN report_column smallint NULL');
    await queryRunner.query('ALTER TABLE disclosure_request ADD COLUMN report_leaf smallint NULL');
    await queryRunner.query(backfillCodes());
    await queryRunner.createIndex(
      'disclosure_request',
      new TableIndex({ name: 'ix_disclosure_request_report', columnNames: ['agency_id', 'report_column', 'report_leaf', 'received_date', 'closed_date'] }),
    );
    await queryRunner.createIndex('disclosure_request_event', new TableIndex({ name: 'ix_disclosure_event_type_date', columnNames: ['type', 'event_date'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('disclosure_request_event', 'ix_disclosure_event_type_date');
    await queryRunner.dropIndex('disclosure_request', 'ix_disclosure_request_report');
    await queryRunner.dropColumn('disclosure_request', 'report_leaf');
    await queryRunner.dropColumn('disclosure_request', 'report_column');
    await queryRunner.dropTable('annual_report');
  }
}
