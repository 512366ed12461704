import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { boolean, createTable, datetime, id, integer, varchar } from '../migration-helpers';

const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });

export class DisclosureRequests1763900000000 implements MigrationInterface {
  name = 'DisclosureRequests1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // 复议机关 named in every reply letter's remedies sentence.
    await queryRunner.addColumn('agency', new TableColumn({ name: 'review_body', type: 'varchar', length: '100', isNullable: true }));
    await createTable(
      queryRunner,
      new Table({
        name: 'disclosure_request',
        columns: [
          id(),
          varchar('tracking_number', 24, true),
          integer('agency_id'),
          integer('resident_id', { isNullable: true }),
          varchar('idempotency_key', 64, true),
          varchar('channel', 20),
          varchar('applicant_type', 20),
          varchar('organization_kind', 20, true),
          varchar('applicant_name', 100),
          varchar('id_type', 20, true),
          text('id_number_enc', true),
          varchar('id_number_masked', 24, true),
          varchar('credit_code', 18, true),
          varchar('legal_representative', 50, true),
          varchar('contact_name', 50, true),
          text('phone_enc'),
          varchar('phone_masked', 24),
          text('address_enc'),
          varchar('postcode', 6, true),
          text('email_enc', true),
          varchar('work_unit', 100, true),
          varchar('applicant_fingerprint', 64),
          varchar('title', 200),
          varchar('document_number', 100, true),
          text('description'),
          text('purpose', true),
          varchar('provision_method', 20),
          varchar('delivery_method', 20),
          boolean('pledge', false),
          // Projections of the event list, kept for the queues' filters and sorting; the events are the truth.
          varchar('status', 30),
          integer('unit_id', { isNullable: true }),
          varchar('received_date', 10, true),
          varchar('due_date', 10, true),
          // due_date, or 9999-12-31 while no clock runs: the queues sort on it with an index, stopped clocks last.
          varchar('sort_due_date', 10),
          varchar('closed_date', 10, true),
          varchar('outcome', 40, true),
          boolean('extended', false),
          datetime('submitted_at'),
          datetime('updated_at'),
          integer('version', { default: 1 }),
        ],
        foreignKeys: [
          { columnNames: ['agency_id'], referencedTableName: 'agency', referencedColumnNames: ['id'] },
          { columnNames: ['resident_id'], referencedTableName: 'resident', referencedColumnNames: ['id'] },
          { columnNames: ['unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
      }),
      [
        new TableIndex({ name: 'uq_disclosure_request_tracking', columnNames: ['tracking_number'], isUnique: true }),
        new TableIndex({ name: 'uq_disclosure_request_idempotency', columnNames: ['resident_id', 'idempotency_key'], isUnique: true }),
        // The queues: a unit's (or the whole agency's) cases in one state, earliest due first, first page.
        new TableIndex({ name: 'ix_disclosure_request_unit_queue', columnNames: ['agency_id', 'unit_id', 'status', 'sort_due_date', 'id'] }),
        new TableIndex({ name: 'ix_disclosure_request_queue', columnNames: ['agency_id', 'status', 'sort_due_date', 'id'] }),
        new TableIndex({ name: 'ix_disclosure_request_mine', columnNames: ['resident_id', 'submitted_at'] }),
        new TableIndex({ name: 'ix_disclosure_request_applicant', columnNames: ['applicant_fingerprint', 'submitted_at'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'disclosure_request_event',
        columns: [
          id(),
          integer('request_id'),
          integer('seq'),
          varchar('type', 40),
          varchar('event_date', 10),
          datetime('at'),
          varchar('actor_type', 10),
          integer('actor_id', { isNullable: true }),
          varchar('actor_name', 40, true),
          text('payload'),
        ],
        foreignKeys: [{ columnNames: ['request_id'], referencedTableName: 'disclosure_request', referencedColumnNames: ['id'] }],
      }),
      [new TableIndex({ name: 'uq_disclosure_event_seq', columnNames: ['request_id', 'seq'], isUnique: true })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('disclosure_request_event');
    await queryRunner.dropTable('disclosure_request');
    await queryRunner.dropColumn('agency', 'review_body');
  }
}
