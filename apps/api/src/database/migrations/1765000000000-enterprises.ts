import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { boolean, createTable, datetime, id, integer, varchar } from '../migration-helpers';

const double = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'double', isNullable: nullable });
const text = (name: string): TableColumnOptions => ({ name, type: 'text' });

/**
 * Enterprises (issue 15): profiles and their members, the profile's revisions, invitations, the districts an agency
 * offers; 惠企政策 items with their conditions; pushes and whom they went to. Every table carries its agency. The
 * districts are seeded per agency by the seed (the agency row is the seed's, not a migration's).
 */
export class Enterprises1765000000000 implements MigrationInterface {
  name = 'Enterprises1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: 'enterprise',
        columns: [
          id(),
          integer('agency_id'),
          varchar('credit_code', 18),
          varchar('name', 100),
          varchar('legal_representative', 40),
          varchar('industry_code', 8),
          integer('employees'),
          double('revenue_wan'),
          double('assets_wan', true),
          varchar('district', 50),
          varchar('founded_on', 10),
          double('registered_capital_wan', true),
          text('qualifications'),
          text('topics'),
          boolean('muted', false),
          integer('version', { default: 1 }),
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      [
        new TableIndex({ name: 'ux_enterprise_credit_code', columnNames: ['agency_id', 'credit_code'], isUnique: true }),
        new TableIndex({ name: 'ix_enterprise_agency_name', columnNames: ['agency_id', 'name'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'enterprise_member',
        columns: [
          id(),
          integer('agency_id'),
          integer('enterprise_id'),
          integer('resident_id'),
          varchar('role', 10),
          varchar('status', 10),
          varchar('joined_via', 12),
          integer('evidence_file_id', { isNullable: true }),
          varchar('contact_name', 40, true),
          varchar('phone_enc', 200, true),
          varchar('phone_masked', 20, true),
          integer('decided_by', { isNullable: true }),
          varchar('decided_by_name', 60, true),
          datetime('decided_at', true),
          varchar('reason', 500, true),
          datetime('created_at'),
          datetime('updated_at'),
        ],
        foreignKeys: [{ columnNames: ['enterprise_id'], referencedTableName: 'enterprise', referencedColumnNames: ['id'] }],
      }),
      [
        new TableIndex({ name: 'ux_enterprise_member', columnNames: ['enterprise_id', 'resident_id'], isUnique: true }),
        new TableIndex({ name: 'ix_enterprise_member_status', columnNames: ['agency_id', 'status', 'id'] }),
        new TableIndex({ name: 'ix_enterprise_member_resident', columnNames: ['resident_id'] }),
      ],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'enterprise_revision',
        columns: [
          id(),
          integer('agency_id'),
          integer('enterprise_id'),
          integer('version'),
          varchar('actor_type', 10),
          integer('actor_id', { isNullable: true }),
          varchar('actor_name', 60),
          text('changes'),
          datetime('created_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_enterprise_revision', columnNames: ['enterprise_id', 'id'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'enterprise_invitation',
        columns: [
          id(),
          integer('agency_id'),
          integer('enterprise_id'),
          varchar('code', 16),
          integer('created_by_member_id'),
          datetime('expires_at'),
          integer('accepted_by', { isNullable: true }),
          datetime('accepted_at', true),
          datetime('created_at'),
        ],
      }),
      [new TableIndex({ name: 'ux_enterprise_invitation_code', columnNames: ['code'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({ name: 'enterprise_district', columns: [id(), integer('agency_id'), varchar('name', 50), integer('sort_order')] }),
      [new TableIndex({ name: 'ux_enterprise_district', columnNames: ['agency_id', 'name'], isUnique: true })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'policy_benefit',
        columns: [
          id(),
          integer('agency_id'),
          integer('document_id', { isNullable: true }),
          varchar('title', 200),
          text('application_conditions'),
          text('support_standard'),
          varchar('application_period', 200),
          varchar('accepting_unit', 100),
          varchar('consult_phone', 40),
          text('topics'),
          text('conditions'),
          varchar('status', 10),
          integer('created_by'),
          varchar('created_by_name', 60),
          datetime('published_at', true),
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_policy_benefit_status', columnNames: ['agency_id', 'status', 'id'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'policy_push',
        columns: [
          id(),
          integer('agency_id'),
          integer('benefit_id'),
          varchar('title', 40),
          varchar('summary', 40),
          text('body'),
          boolean('include_check', false),
          varchar('link', 200),
          varchar('status', 12),
          integer('composed_by'),
          varchar('composed_by_name', 60),
          integer('approved_by', { isNullable: true }),
          varchar('approved_by_name', 60, true),
          datetime('approved_at', true),
          varchar('return_reason', 500, true),
          datetime('scheduled_at', true),
          datetime('sent_at', true),
          varchar('run_claimed_by', 64, true),
          datetime('run_claimed_until', true),
          integer('enterprises', { default: 0 }),
          integer('recipients', { default: 0 }),
          datetime('created_at'),
          datetime('updated_at'),
        ],
        foreignKeys: [{ columnNames: ['benefit_id'], referencedTableName: 'policy_benefit', referencedColumnNames: ['id'] }],
      }),
      [new TableIndex({ name: 'ix_policy_push_status', columnNames: ['agency_id', 'status', 'id'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'policy_push_recipient',
        columns: [
          id(),
          integer('agency_id'),
          integer('push_id'),
          integer('enterprise_id'),
          varchar('enterprise_name', 100),
          varchar('verdict', 6),
          boolean('via_topic', false),
          text('reasons'),
          text('resident_ids'),
        ],
      }),
      [new TableIndex({ name: 'ux_policy_push_recipient', columnNames: ['push_id', 'enterprise_id'], isUnique: true })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['policy_push_recipient', 'policy_push', 'policy_benefit', 'enterprise_district', 'enterprise_invitation', 'enterprise_revision', 'enterprise_member', 'enterprise']) {
      await queryRunner.dropTable(table);
    }
  }
}
