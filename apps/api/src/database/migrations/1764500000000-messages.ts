import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { boolean, createTable, datetime, id, integer, isMysql, varchar } from '../migration-helpers';

const REPLY_TEMPLATES: [string, string][] = [
  ['咨询答复', '您好！您反映的问题已收悉。经了解，现答复如下：\n\n如有疑问，可拨打咨询电话。感谢您对我们工作的关心和支持！'],
  ['建议采纳', '您好！感谢您提出的宝贵建议。经研究，您的建议具有参考价值，我们将在今后工作中认真吸纳。感谢您对我们工作的关心和支持！'],
  ['投诉处理', '您好！您反映的问题已收悉。经调查核实，情况如下：\n\n处理结果：\n\n感谢您的监督！'],
  ['非本单位职责', '您好！经核实，您反映的问题不属于本单位职责范围，建议您向有关部门反映。感谢您的理解！'],
];

export class Messages1764500000000 implements MigrationInterface {
  name = 'Messages1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const longText = isMysql(queryRunner) ? 'mediumtext' : 'text';
    await createTable(
      queryRunner,
      new Table({
        name: 'message_board_setting',
        columns: [{ ...varchar('board', 20), isPrimary: true }, integer('reply_working_days'), integer('remind_working_days')],
      }),
    );
    for (const [board, days] of [['general', 5], ['inquiry', 3], ['suggestion', 5], ['complaint', 5], ['leader_mailbox', 5]] as const) {
      await queryRunner.query('INSERT INTO message_board_setting (board, reply_working_days, remind_working_days) VALUES (?, ?, ?)', [board, days, 1]);
    }
    await createTable(
      queryRunner,
      new Table({
        name: 'message',
        columns: [
          id(),
          integer('agency_id'),
          varchar('board', 20),
          integer('resident_id'),
          varchar('idempotency_key', 64),
          varchar('title', 100),
          { name: 'body', type: 'text' },
          varchar('category', 30, true),
          varchar('contact_name', 40, true),
          varchar('phone_enc', 200, true),
          varchar('phone_masked', 20, true),
          boolean('writer_public', false),
          boolean('published', false),
          varchar('status', 12),
          varchar('moderation', 24),
          varchar('moderation_note', 500, true),
          integer('unit_id', { isNullable: true }),
          integer('handler_id', { isNullable: true }),
          varchar('received_date', 10, true),
          varchar('due_date', 10, true),
          // Unanswered messages sort by due date; the rest after them.
          varchar('sort_due_date', 10),
          integer('extended_days', { default: 0 }),
          integer('urge_count', { default: 0 }),
          { name: 'reply_body', type: 'text', isNullable: true },
          integer('reply_unit_id', { isNullable: true }),
          varchar('replied_date', 10, true),
          datetime('replied_at', true),
          varchar('rating', 20, true),
          varchar('rating_comment', 500, true),
          datetime('rated_at', true),
          varchar('invalid_reason', 500, true),
          datetime('submitted_at'),
          datetime('updated_at'),
          integer('version', { default: 1 }),
        ],
      }),
      [
        new TableIndex({ name: 'ux_message_idempotency', columnNames: ['resident_id', 'idempotency_key'], isUnique: true }),
        new TableIndex({ name: 'ix_message_resident', columnNames: ['resident_id', 'submitted_at'] }),
        new TableIndex({ name: 'ix_message_queue', columnNames: ['agency_id', 'status', 'sort_due_date'] }),
        new TableIndex({ name: 'ix_message_public', columnNames: ['agency_id', 'published', 'board', 'replied_date'] }),
        new TableIndex({ name: 'ix_message_received', columnNames: ['agency_id', 'received_date'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'message_event',
        columns: [
          id(),
          integer('message_id'),
          varchar('type', 24),
          varchar('actor_type', 10),
          integer('actor_id', { isNullable: true }),
          varchar('actor_name', 60),
          integer('unit_id', { isNullable: true }),
          varchar('note', 2000, true),
          datetime('created_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_message_event_message', columnNames: ['message_id'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'content_check',
        columns: [
          { ...varchar('trace_id', 64), isPrimary: true },
          varchar('target_type', 24),
          integer('target_id'),
          integer('media_id'),
          varchar('result', 12, true),
          datetime('created_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_content_check_target', columnNames: ['target_type', 'target_id'] })],
    );
    await createTable(
      queryRunner,
      new Table({ name: 'message_reply_template', columns: [id(), varchar('title', 60), { name: 'body', type: 'text' }, integer('sort_order')] }),
    );
    for (const [index, [title, body]] of REPLY_TEMPLATES.entries()) {
      await queryRunner.query('INSERT INTO message_reply_template (title, body, sort_order) VALUES (?, ?, ?)', [title, body, index]);
    }
    await createTable(
      queryRunner,
      new Table({ name: 'sensitive_word', columns: [id(), varchar('word', 50), datetime('created_at')] }),
      [new TableIndex({ name: 'ux_sensitive_word', columnNames: ['word'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({ name: 'unit_routing_keyword', columns: [id(), integer('unit_id'), varchar('keyword', 30)] }),
      [new TableIndex({ name: 'ux_unit_routing_keyword', columnNames: ['unit_id', 'keyword'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'consultation',
        columns: [
          id(),
          integer('agency_id'),
          varchar('title', 200),
          { name: 'draft', type: longText },
          { name: 'explanation', type: longText },
          varchar('start_date', 10),
          varchar('end_date', 10),
          varchar('short_window_reason', 500, true),
          integer('unit_id', { isNullable: true }),
          boolean('published', false),
          { name: 'adoption_summary', type: 'text', isNullable: true },
          datetime('adoption_published_at', true),
          integer('created_by'),
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_consultation_window', columnNames: ['agency_id', 'published', 'end_date'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'consultation_comment',
        columns: [
          id(),
          integer('consultation_id'),
          integer('resident_id'),
          varchar('idempotency_key', 64),
          varchar('article_number', 20, true),
          { name: 'body', type: 'text' },
          varchar('status', 10),
          varchar('moderation_note', 500, true),
          varchar('decision', 20, true),
          varchar('decision_reason', 1000, true),
          datetime('created_at'),
        ],
      }),
      [
        new TableIndex({ name: 'ux_consultation_comment_idempotency', columnNames: ['resident_id', 'idempotency_key'], isUnique: true }),
        new TableIndex({ name: 'ix_consultation_comment_consultation', columnNames: ['consultation_id', 'status'] }),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['consultation_comment', 'consultation', 'unit_routing_keyword', 'sensitive_word', 'message_reply_template', 'content_check', 'message_event', 'message', 'message_board_setting']) {
      await queryRunner.dropTable(table);
    }
  }
}
