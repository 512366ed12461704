import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Past years' reports, published before the product, imported as published documents: a row of annual_report marked
 * `imported`, its text in published_report. No new table: the year stays unique per agency across both kinds, so an
 * import can never shadow a generated report nor the reverse.
 */
export class ImportedAnnualReports1765600000000 implements MigrationInterface {
  name = 'ImportedAnnualReports1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: TypeORM's addColumn would rebuild the whole table on SQLite.
    await queryRunner.query("ALTER TABLE annual_report ADD COLUMN source varchar(12) NOT NULL DEFAULT 'generated'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('annual_report', 'source');
  }
}
