import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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

  /** A unit of work of its own, for a notice that belongs to no other change. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  latest({ recipientType, recipientId }: Recipient, take: number): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({ where: { recipientType, recipientId }, order: { id: 'DESC' }, take });
  }

  /** False when the recipient has no such notice. */
  async markRead({ recipientType, recipientId }: Recipient, id: number, at: Date): Promise<boolean> {
    const result = await this.dataSource.getRepository(Notification).update({ id, recipientType, recipientId }, { readAt: at });
    return Boolean(result.affected);
  }
}
