import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, varchar } from '../migration-helpers';

export class Notifications1764000000000 implements MigrationInterface {
  name = 'Notifications1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The outbox (ARCHITECTURE "exactly-once side effects"): written in the transaction of the change that causes it;
    // the in-app inbox reads it, a delivery worker sends the WeChat copy.
    await createTable(
      queryRunner,
      new Table({
        name: 'notification',
        columns: [
          id(),
          varchar('recipient_type', 10),
          integer('recipient_id'),
          varchar('kind', 40),
          varchar('title', 100),
          { name: 'body', type: 'text' },
          varchar('link', 200, true),
          varchar('idempotency_key', 120),
          varchar('wechat_status', 20),
          integer('attempts', { default: 0 }),
          datetime('created_at'),
          datetime('read_at', true),
          datetime('delivered_at', true),
        ],
      }),
      [
        new TableIndex({ name: 'uq_notification_key', columnNames: ['idempotency_key'], isUnique: true }),
        new TableIndex({ name: 'ix_notification_inbox', columnNames: ['recipient_type', 'recipient_id', 'id'] }),
        new TableIndex({ name: 'ix_notification_wechat', columnNames: ['wechat_status', 'id'] }),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notification');
  }
}
