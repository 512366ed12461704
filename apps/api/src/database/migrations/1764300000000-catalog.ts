import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { createTable, datetime, id, integer, varchar } from '../migration-helpers';

export class Catalog1764300000000 implements MigrationInterface {
  name = 'Catalog1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // 主动公开基本目录: a tree (parent_id) of up to four levels; the update rule is kept as written and parsed on read.
    await createTable(
      queryRunner,
      new Table({
        name: 'catalog_node',
        columns: [
          id(),
          integer('agency_id'),
          integer('parent_id', { isNullable: true }),
          integer('depth'),
          integer('sort_order'),
          varchar('numeral', 4, true),
          varchar('name', 100),
          varchar('channel', 200, true),
          varchar('owners_text', 200, true),
          { name: 'content', type: 'text', isNullable: true },
          varchar('update_rule_text', 200, true),
          { name: 'legal_basis', type: 'text', isNullable: true },
          varchar('last_published_date', 10, true),
          varchar('pending_event_date', 10, true),
          datetime('updated_at'),
        ],
      }),
      [new TableIndex({ name: 'ix_catalog_node_tree', columnNames: ['agency_id', 'parent_id', 'sort_order'] })],
    );
    await createTable(
      queryRunner,
      new Table({
        name: 'catalog_node_unit',
        columns: [integer('node_id', { isPrimary: true }), integer('unit_id', { isPrimary: true })],
      }),
      [new TableIndex({ name: 'ix_catalog_node_unit_unit', columnNames: ['unit_id'] })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('catalog_node_unit');
    await queryRunner.dropTable('catalog_node');
  }
}
