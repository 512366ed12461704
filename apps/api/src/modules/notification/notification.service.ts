import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InboxMessage } from '@govopen/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { Notification } from './notification.entity';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the notice into the outbox with the caller's transaction: it exists if and only if the change that caused
   * it committed. A key already written is left alone (exactly once).
   */
  async enqueue(manager: EntityManager, notice: NoticeToSend): Promise<void> {
    const repository = manager.getRepository(Notification);
    if (await repository.findOneBy({ idempotencyKey: notice.idempotencyKey })) return;
    await repository.insert({
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
    });
  }

  async inbox(recipientType: 'resident' | 'staff', recipientId: number): Promise<InboxMessage[]> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .find({ where: { recipientType, recipientId }, order: { id: 'DESC' }, take: 100 });
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
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ id, recipientType, recipientId }, { readAt: this.clock.now() });
    if (!result.affected) throw AppException.notFound('消息不存在');
  }
}
