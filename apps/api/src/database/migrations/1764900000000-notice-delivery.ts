import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, isMysql, varchar } from '../migration-helpers';

/**
 * The delivery path of notices (issue 14). The outbox row (`notification`) gains what the dispatcher needs: the
 * agency, what the notice is about and its template facts, when it may next be tried, who has it claimed and until
 * when, and WeChat's last answer. A consent ledger keeps each resident's answers to wx.requestSubscribeMessage, one
 * row per answer (a one-time acceptance is one credit, used by one message). The access token is kept in the
 * database so every instance uses the same one instead of each fetching its own.
 */
export class NoticeDelivery1764900000000 implements MigrationInterface {
  name = 'NoticeDelivery1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = isMysql(queryRunner);
    const time = (name: string): TableColumnOptions => ({ ...datetime(name, true), ...(mysql ? { precision: 3 } : {}) });
    const columns: TableColumnOptions[] = [
      integer('agency_id', { isNullable: true }),
      varchar('subject', 200, true),
      varchar('wechat_template', 40, true),
      { name: 'wechat_facts', type: 'text', isNullable: true },
      time('wechat_next_attempt_at'),
      varchar('wechat_claimed_by', 64, true),
      time('wechat_claimed_until'),
      integer('wechat_errcode', { isNullable: true }),
      varchar('wechat_error', 200, true),
      integer('wechat_consent_id', { isNullable: true }),
    ];
    for (const column of columns) await queryRunner.addColumn('notification', new TableColumn(column));
    // One agency is served today: every existing notice is its.
    await queryRunner.query('UPDATE notification SET agency_id = (SELECT MIN(id) FROM agency)');
    // Notices written before this path existed were never sent and are stale now: the app shows them; WeChat does not.
    await queryRunner.query("UPDATE notification SET wechat_status = 'in_app_only' WHERE wechat_status = 'pending'");
    await queryRunner.createIndex('notification', new TableIndex({ name: 'ix_notification_dispatch', columnNames: ['wechat_status', 'wechat_next_attempt_at', 'id'] }));
    await queryRunner.createIndex('notification', new TableIndex({ name: 'ix_notification_agency_status', columnNames: ['agency_id', 'wechat_status', 'id'] }));

    await createTable(
      queryRunner,
      new Table({
        name: 'wechat_consent',
        columns: [
          id(),
          integer('agency_id'),
          integer('resident_id'),
          varchar('template_kind', 40),
          varchar('template_id', 64),
          varchar('result', 10),
          // available (an unused acceptance), used, gone (banned or refused by WeChat), noted (reject/filter answers)
          varchar('state', 10),
          datetime('created_at'),
          datetime('used_at', true),
        ],
      }),
      [
        new TableIndex({ name: 'ix_wechat_consent_credit', columnNames: ['resident_id', 'template_id', 'state', 'id'] }),
        new TableIndex({ name: 'ix_wechat_consent_agency', columnNames: ['agency_id', 'resident_id'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'wechat_access_token',
        columns: [{ ...varchar('app_id', 64), isPrimary: true }, varchar('token', 600), datetime('expires_at'), datetime('updated_at')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('wechat_access_token');
    await queryRunner.dropTable('wechat_consent');
    await queryRunner.dropIndex('notification', 'ix_notification_agency_status');
    await queryRunner.dropIndex('notification', 'ix_notification_dispatch');
    for (const name of ['wechat_consent_id', 'wechat_error', 'wechat_errcode', 'wechat_claimed_until', 'wechat_claimed_by', 'wechat_next_attempt_at', 'wechat_facts', 'wechat_template', 'subject', 'agency_id']) {
      await queryRunner.dropColumn('notification', name);
    }
  }
}
