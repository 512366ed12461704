import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { boolean, createTable, datetime, id, integer, isMysql, varchar } from '../migration-helpers';

export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, new Table({ name: 'agency', columns: [id(), varchar('name', 100), varchar('code', 40)] }), [
      new TableIndex({ name: 'uq_agency_code', columnNames: ['code'], isUnique: true }),
    ]);
    await createTable(
      queryRunner,
      new Table({
        name: 'unit',
        columns: [
          id(),
          integer('agency_id'),
          varchar('name', 60),
          varchar('code', 40),
          varchar('phone', 40, true),
          boolean('active', true),
          integer('sort_order', { default: 0 }),
        ],
        foreignKeys: [{ columnNames: ['agency_id'], referencedTableName: 'agency', referencedColumnNames: ['id'] }],
      }),
      [
        new TableIndex({ name: 'uq_unit_agency_name', columnNames: ['agency_id', 'name'], isUnique: true }),
        new TableIndex({ name: 'uq_unit_agency_code', columnNames: ['agency_id', 'code'], isUnique: true }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'staff_user',
        columns: [
          id(),
          integer('agency_id'),
          integer('unit_id', { isNullable: true }),
          varchar('username', 40),
          varchar('display_name', 40),
          varchar('password_hash', 200),
          varchar('roles', 200),
          boolean('active', true),
          boolean('demo', false),
          integer('failed_logins', { default: 0 }),
          datetime('locked_until', true),
          integer('token_version', { default: 0 }),
          datetime('last_login_at', true),
          datetime('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['agency_id'], referencedTableName: 'agency', referencedColumnNames: ['id'] },
          { columnNames: ['unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
      }),
      [new TableIndex({ name: 'uq_staff_user_username', columnNames: ['username'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'resident',
        columns: [
          id(),
          varchar('openid', 64),
          varchar('unionid', 64, true),
          varchar('nickname', 40, true),
          datetime('created_at'),
          datetime('last_login_at'),
        ],
      }),
      [new TableIndex({ name: 'uq_resident_openid', columnNames: ['openid'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'calendar_year',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          varchar('source', 20),
          varchar('note', 200, true),
          datetime('updated_at'),
          varchar('updated_by', 40, true),
        ],
      }),
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'calendar',
        columns: [{ ...varchar('date', 10), isPrimary: true }, integer('year'), boolean('working'), varchar('name', 40, true)],
        foreignKeys: [{ columnNames: ['year'], referencedTableName: 'calendar_year', referencedColumnNames: ['year'] }],
      }),
      [new TableIndex({ name: 'ix_calendar_year', columnNames: ['year'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'audit_log',
        columns: [
          id(),
          datetime('at'),
          varchar('actor_type', 10),
          integer('actor_id', { isNullable: true }),
          varchar('actor_name', 40, true),
          varchar('action', 60),
          varchar('target_type', 40, true),
          varchar('target_id', 40, true),
          varchar('detail', 1000, true),
          varchar('ip', 64, true),
          varchar('user_agent', 300, true),
        ],
      }),
      [
        new TableIndex({ name: 'ix_audit_log_at', columnNames: ['at'] }),
        new TableIndex({ name: 'ix_audit_log_action', columnNames: ['action', 'at'] }),
        new TableIndex({ name: 'ix_audit_log_target', columnNames: ['target_type', 'target_id'] }),
      ],
    );
    // The audit log is evidence: the database itself refuses to change or delete a row.
    if (isMysql(queryRunner)) {
      for (const verb of ['UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER audit_log_no_${verb.toLowerCase()} BEFORE ${verb} ON audit_log FOR EACH ROW ` +
            `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`,
        );
      }
    } else {
      for (const verb of ['UPDATE', 'DELETE']) {
        await queryRunner.query(
          `CREATE TRIGGER audit_log_no_${verb.toLowerCase()} BEFORE ${verb} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_log_no_update');
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_log_no_delete');
    for (const table of ['audit_log', 'calendar', 'calendar_year', 'resident', 'staff_user', 'unit', 'agency']) {
      await queryRunner.dropTable(table);
    }
  }
}
