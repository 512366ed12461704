import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The day the decision on a consulted draft was made (决策文件出台): the 采纳情况 is due 10 working days after it
 * (seed 002), not after the window's end. Staff record it; the column lives on `consultation`, which carries the agency.
 */
export class ConsultationDecisionDate1764620000000 implements MigrationInterface {
  name = 'ConsultationDecisionDate1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('consultation', new TableColumn({ name: 'decision_date', type: 'varchar', length: '10', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('consultation', 'decision_date');
  }
}
