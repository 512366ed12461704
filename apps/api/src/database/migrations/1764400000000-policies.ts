import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { boolean, createTable, datetime, id, integer, isMysql, varchar } from '../migration-helpers';

/** Workflow columns shared by policies and interpretations (保密审查). */
const workflow = (): TableColumnOptions[] => [
  varchar('status', 12),
  integer('author_id'),
  integer('reviewer_id', { isNullable: true }),
  integer('publisher_id', { isNullable: true }),
  varchar('review_comment', 1000, true),
  datetime('scheduled_at', true),
  datetime('published_at', true),
  datetime('created_at'),
  datetime('updated_at'),
];

export class Policies1764400000000 implements MigrationInterface {
  name = 'Policies1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // MySQL's TEXT stops at 64 KB; a policy with tables runs past that. SQLite's TEXT has no such limit.
    const longText = isMysql(queryRunner) ? 'mediumtext' : 'text';
    await createTable(
      queryRunner,
      new Table({
        name: 'policy_document',
        columns: [
          id(),
          integer('agency_id'),
          varchar('title', 200),
          varchar('document_number', 60, true),
          varchar('issuing_body', 100),
          varchar('index_number', 60, true),
          varchar('written_date', 10, true),
          integer('catalog_node_id', { isNullable: true }),
          varchar('validity', 10),
          integer('replaced_by_id', { isNullable: true }),
          varchar('disclosure_attribute', 12),
          { name: 'body_html', type: longText },
          { name: 'topic_tags', type: 'text' },
          { name: 'enterprise_tags', type: 'text' },
          boolean('needs_interpretation', true),
          ...workflow(),
        ],
      }),
      [
        new TableIndex({ name: 'ix_policy_document_status', columnNames: ['agency_id', 'status', 'published_at'] }),
        new TableIndex({ name: 'ix_policy_document_updated', columnNames: ['updated_at'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'interpretation',
        columns: [
          id(),
          integer('agency_id'),
          integer('policy_id'),
          varchar('title', 200),
          varchar('form', 12),
          varchar('source', 100, true),
          { name: 'body_html', type: longText },
          { name: 'transcript', type: longText, isNullable: true },
          integer('media_id', { isNullable: true }),
          integer('poster_id', { isNullable: true }),
          integer('captions_id', { isNullable: true }),
          { name: 'image_ids', type: 'text' },
          ...workflow(),
        ],
      }),
      [
        new TableIndex({ name: 'ix_interpretation_policy', columnNames: ['policy_id', 'status'] }),
        new TableIndex({ name: 'ix_interpretation_status', columnNames: ['agency_id', 'status', 'published_at'] }),
        new TableIndex({ name: 'ix_interpretation_updated', columnNames: ['updated_at'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'content_review_event',
        columns: [id(), varchar('content_type', 20), integer('content_id'), varchar('action', 20), integer('actor_id', { isNullable: true }), varchar('actor_name', 60), varchar('comment', 1000, true), datetime('at')],
      }),
      [new TableIndex({ name: 'ix_content_review_event_content', columnNames: ['content_type', 'content_id'] })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('content_review_event');
    await queryRunner.dropTable('interpretation');
    await queryRunner.dropTable('policy_document');
  }
}
