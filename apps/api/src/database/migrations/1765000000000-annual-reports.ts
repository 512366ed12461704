import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, isMysql, varchar } from '../migration-helpers';

/**
 * The annual report (条例 Art. 49–50): one row per agency and year. Two indexes let the report read a year of cases
 * without touching the rows: table 三 groups the projected columns of disclosure_request in one covering index scan,
 * and table 四 and the fees read only the review and fee events.
 */
export class AnnualReports1765000000000 implements MigrationInterface {
  name = 'AnnualReports1765000000000';

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
    await queryRunner.createIndex(
      'disclosure_request',
      new TableIndex({
        name: 'ix_disclosure_request_report',
        columnNames: ['agency_id', 'received_date', 'closed_date', 'applicant_type', 'organization_kind', 'status', 'outcome'],
      }),
    );
    await queryRunner.createIndex('disclosure_request_event', new TableIndex({ name: 'ix_disclosure_event_type_date', columnNames: ['type', 'event_date'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('disclosure_request_event', 'ix_disclosure_event_type_date');
    await queryRunner.dropIndex('disclosure_request', 'ix_disclosure_request_report');
    await queryRunner.dropTable('annual_report');
  }
}
