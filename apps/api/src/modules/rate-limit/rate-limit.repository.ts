import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CounterState {
  hits: number;
  expiresAtMs: number;
}

/**
 * Fixed-window counters shared by every API instance. One statement adds the hit and restarts an expired window, so
 * parallel requests on any number of instances are all counted (a check-then-act read would let a burst through).
 */
@Injectable()
export class RateLimitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(key: string, windowMs: number, nowMs: number): Promise<CounterState> {
    const expiresAtMs = nowMs + windowMs;
    const mysql = ['mysql', 'mariadb'].includes(this.dataSource.options.type);
    if (mysql) {
      // LAST_INSERT_ID(expr) hands this statement's own count back in the OK packet: no second read that a parallel
      // hit could overtake. Both branches evaluate against the old expires_at_ms (MySQL assigns left to right).
      const result = await this.withDeadlockRetry(() =>
        this.dataSource.query<{ insertId: number }>(
          `INSERT INTO rate_limit_counter (counter_key, hits, expires_at_ms) VALUES (?, LAST_INSERT_ID(1), ?)
           ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(IF(expires_at_ms <= ?, 1, hits + 1)), expires_at_ms = IF(expires_at_ms <= ?, ?, expires_at_ms)`,
          [key, expiresAtMs, nowMs, nowMs, expiresAtMs],
        ),
      );
      const [row] = await this.dataSource.query<{ expires_at_ms: number | string }[]>('SELECT expires_at_ms FROM rate_limit_counter WHERE counter_key = ?', [key]);
      return { hits: Number(result.insertId), expiresAtMs: Number(row.expires_at_ms) };
    }
    // SQLite writes one statement at a time; RETURNING gives this statement's own row.
    const [row] = await this.dataSource.query<{ hits: number | string; expires_at_ms: number | string }[]>(
      `INSERT INTO rate_limit_counter (counter_key, hits, expires_at_ms) VALUES (?, 1, ?)
       ON CONFLICT(counter_key) DO UPDATE SET hits = CASE WHEN expires_at_ms <= ? THEN 1 ELSE hits + 1 END,
       expires_at_ms = CASE WHEN expires_at_ms <= ? THEN ? ELSE expires_at_ms END
       RETURNING hits, expires_at_ms`,
      [key, expiresAtMs, nowMs, nowMs, expiresAtMs],
    );
    return { hits: Number(row.hits), expiresAtMs: Number(row.expires_at_ms) };
  }

  /**
   * InnoDB may pick one of many parallel upserts of a new key as a deadlock victim; the statement is idempotent in
   * intent (one hit), so it is simply run again. SQLite serialises writes and never gets here.
   */
  private async withDeadlockRetry<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        const code = (error as { driverError?: { errno?: number }; errno?: number }).driverError?.errno ?? (error as { errno?: number }).errno;
        if ((code !== 1213 && code !== 1205) || attempt >= attempts) throw error;
      }
    }
  }

  async current(key: string, nowMs: number): Promise<number> {
    const rows = await this.dataSource.query<{ hits: number | string }[]>(
      'SELECT hits FROM rate_limit_counter WHERE counter_key = ? AND expires_at_ms > ?',
      [key, nowMs],
    );
    return rows.length ? Number(rows[0].hits) : 0;
  }

  async purgeExpired(nowMs: number): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_counter WHERE expires_at_ms <= ?', [nowMs]);
  }
}
