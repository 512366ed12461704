import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { createTable, integer, varchar } from '../migration-helpers';

/**
 * Shared rate-limit counters (sign-in per client address, per-account quotas): in the database so that N API
 * instances count together. A deployment-level cache keyed by a hash of (limit, client or account); it holds no
 * agency data, so, unlike content tables, it carries no agency_id. And a token version per resident, so a resident's
 * sessions can be revoked as staff sessions are.
 */
export class SignInSecurity1764700000000 implements MigrationInterface {
  name = 'SignInSecurity1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: 'rate_limit_counter',
        columns: [{ ...varchar('counter_key', 100), isPrimary: true }, integer('hits'), { name: 'expires_at_ms', type: 'bigint' }],
      }),
    );
    await queryRunner.addColumn('resident', new TableColumn({ name: 'token_version', type: 'integer', default: 1 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('resident', 'token_version');
    await queryRunner.dropTable('rate_limit_counter');
  }
}
