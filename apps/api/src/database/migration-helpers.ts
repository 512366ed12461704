import { QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

export function isMysql(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'mysql' || queryRunner.connection.driver.options.type === 'mariadb';
}

export const id = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const varchar = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const integer = (name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'integer',
  ...options,
});

export const boolean = (name: string, fallback?: boolean): TableColumnOptions => ({
  name,
  type: 'boolean',
  default: fallback === undefined ? undefined : fallback ? 1 : 0,
});

export const datetime = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  isNullable: nullable,
});

/**
 * Creates a table the same way on SQLite and MySQL/MariaDB; on MySQL with millisecond datetimes and utf8mb4
 * whatever the server's default character set is (emoji and rare characters in names must round-trip).
 */
export async function createTable(queryRunner: QueryRunner, table: Table, indices: TableIndex[] = []): Promise<void> {
  if (isMysql(queryRunner)) {
    for (const column of table.columns) if (column.type === 'datetime') column.precision = 3;
  }
  await queryRunner.createTable(table);
  if (isMysql(queryRunner)) {
    await queryRunner.query(`ALTER TABLE \`${table.name}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
  for (const index of indices) await queryRunner.createIndex(table.name, index);
}
