import { Injectable } from '@nestjs/common';
import { InboxMessage } from '@govopen/contracts';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { NotificationRepository } from './notification.repository';

export interface NoticeToSend {
  recipientType: 'resident' | 'staff';
  recipientId: number;
  kind: string;
  title: string;
  body: string;
  link?: string;
  idempotencyKey: string;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly repository: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the notice into the outbox with the caller's transaction: it exists if and only if the change that caused
   * it committed. A key already written is left alone (exactly once).
   */
  async enqueue(manager: Transaction, notice: NoticeToSend): Promise<void> {
    await this.repository.insertOnce(
      {
      recipientType: notice.recipientType,
      recipientId: notice.recipientId,
      kind: notice.kind,
      title: notice.title.slice(0, 100),
      body: notice.body,
      link: notice.link ?? null,
      idempotencyKey: notice.idempotencyKey,
      // Residents also get a WeChat subscribe message when they consented; the delivery worker decides.
      wechatStatus: notice.recipientType === 'resident' ? 'pending' : 'not_applicable',
      attempts: 0,
      createdAt: this.clock.now(),
      readAt: null,
      deliveredAt: null,
      },
      manager,
    );
  }

  async inbox(recipientType: 'resident' | 'staff', recipientId: number): Promise<InboxMessage[]> {
    const rows = await this.repository.latest({ recipientType, recipientId }, 100);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    }));
  }

  async markRead(recipientType: 'resident' | 'staff', recipientId: number, id: number): Promise<void> {
    if (!(await this.repository.markRead({ recipientType, recipientId }, id, this.clock.now()))) throw AppException.notFound('消息不存在');
  }
}
