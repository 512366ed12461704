import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { Notification } from './notification.entity';

type Recipient = Pick<Notification, 'recipientType' | 'recipientId'>;

/** The outbox and inbox rows. Scoped by recipient: a notice belongs to one person, whatever agency sent it. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the notice unless its key was written before (exactly once); false when it was. */
  async insertOnce(row: Omit<Notification, 'id'>, tx: Transaction): Promise<boolean> {
    const repository = managerOf(tx).getRepository(Notification);
    if (await repository.findOneBy({ idempotencyKey: row.idempotencyKey })) return false;
    await repository.insert(row);
    return true;
  }

  /**
   * Inserts the notices whose keys are not written yet, a chunk at a time (one lookup and one multi-row insert per
   * chunk); answers how many were new. The caller's transaction keeps a concurrent twin out (its lease on the work).
   */
  async insertManyOnce(rows: Omit<Notification, 'id'>[], tx: Transaction): Promise<number> {
    const repository = managerOf(tx).getRepository(Notification);
    let inserted = 0;
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      const existing = await repository.find({ select: ['idempotencyKey'], where: { idempotencyKey: In(chunk.map((row) => row.idempotencyKey)) } });
      const written = new Set(existing.map((row) => row.idempotencyKey));
      const fresh = chunk.filter((row) => !written.has(row.idempotencyKey) && written.add(row.idempotencyKey));
      // 24 columns a row: 250 rows (6,000 parameters) stay well below SQLite's and MySQL's bound-parameter limits.
      for (let at = 0; at < fresh.length; at += 250) await repository.insert(fresh.slice(at, at + 250));
      inserted += fresh.length;
    }
    return inserted;
  }

  /** A unit of work of its own, for a notice that belongs to no other change. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  latest({ recipientType, recipientId }: Recipient, take: number): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({ where: { recipientType, recipientId }, order: { id: 'DESC' }, take });
  }

  async markReadByKey({ recipientType, recipientId }: Recipient, idempotencyKey: string, at: Date): Promise<boolean> {
    const result = await this.dataSource.getRepository(Notification).update({ idempotencyKey, recipientType, recipientId, readAt: IsNull() }, { readAt: at });
    if (result.affected) return true;
    return Boolean(await this.dataSource.getRepository(Notification).findOneBy({ idempotencyKey, recipientType, recipientId }));
  }

  /** False when the recipient has no such notice. */
  async markRead({ recipientType, recipientId }: Recipient, id: number, at: Date): Promise<boolean> {
    const result = await this.dataSource.getRepository(Notification).update({ id, recipientType, recipientId }, { readAt: at });
    return Boolean(result.affected);
  }
}
