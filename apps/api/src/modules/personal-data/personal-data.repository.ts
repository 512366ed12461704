import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Every column that holds personal data encrypted by PersonalDataCipher; a new one must be listed here to rotate. */
export const ENCRYPTED_COLUMNS = {
  disclosure_request: ['id_number_enc', 'phone_enc', 'address_enc', 'email_enc'],
  message: ['phone_enc'],
  enterprise_member: ['phone_enc'],
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

export interface EncryptedRow {
  id: number;
  values: Record<string, string | null>;
}

/**
 * Finds and rewrites encrypted values for key rotation. The key is the deployment's, not an agency's, so this works
 * across agencies by design: it reads no content but the ciphertexts, and writes them back re-encrypted.
 */
@Injectable()
export class PersonalDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rows with a value not encrypted under `activePrefix` ("k2:"), lowest id first. */
  async stale(table: EncryptedTable, activePrefix: string, limit: number): Promise<EncryptedRow[]> {
    const columns = ENCRYPTED_COLUMNS[table];
    const query = this.dataSource.createQueryBuilder().select('t.id', 'id').from(table, 't');
    for (const column of columns) query.addSelect(`t.${column}`, column);
    query.where(columns.map((column) => `(t.${column} IS NOT NULL AND t.${column} NOT LIKE :prefix)`).join(' OR '), { prefix: `${activePrefix}%` });
    const rows = await query.orderBy('t.id', 'ASC').limit(limit).getRawMany<Record<string, string | number | null>>();
    return rows.map((row) => ({ id: Number(row.id), values: Object.fromEntries(columns.map((column) => [column, (row[column] as string | null) ?? null])) }));
  }

  /**
   * Writes the re-encrypted values only if the row still holds the old ones: an instance rotating at the same time,
   * or a clerk's edit, wins, and this row is picked up again next run if still stale.
   */
  async replace(table: EncryptedTable, id: number, before: Record<string, string>, after: Record<string, string>): Promise<boolean> {
    const columns = Object.keys(after);
    if (!columns.length) return false;
    // Table and column names come from ENCRYPTED_COLUMNS, never from input; values are bound (`?` on both drivers).
    const allowed: readonly string[] = ENCRYPTED_COLUMNS[table];
    if (!columns.every((column) => allowed.includes(column))) throw new Error(`not an encrypted column of ${table}`);
    const sql = `UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ? AND ${columns.map((column) => `${column} = ?`).join(' AND ')}`;
    const runner = this.dataSource.createQueryRunner();
    try {
      // The structured result carries the affected row count on both drivers.
      const result = await runner.query(sql, [...columns.map((column) => after[column]), id, ...columns.map((column) => before[column])], true);
      return (result.affected ?? 0) > 0;
    } finally {
      await runner.release();
    }
  }
}
