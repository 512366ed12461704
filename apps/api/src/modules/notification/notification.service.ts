import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InboxMessage } from '@govopen/contracts';
import { subscribeFactsOf, templateKindOfNotice } from '@govopen/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { Notification } from './notification.entity';

export interface NoticeToSend {
  /** The agency whose case, message or draft the notice is about. */
  agencyId: number;
  recipientType: 'resident' | 'staff';
  recipientId: number;
  kind: string;
  title: string;
  body: string;
  link?: string;
  idempotencyKey: string;
  /** What it is about (a request's or message's title): the first field of the WeChat template. Defaults to the title. */
  subject?: string;
  /** A short line for the template's 温馨提示 (e.g. the due date); defaults to the notice kind's own. */
  hint?: string;
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
    const now = this.clock.now();
    // The WeChat copy is decided now, with the words of the moment; the dispatcher only sends what is written here.
    const template = notice.recipientType === 'resident' ? templateKindOfNotice(notice.kind) : null;
    const subject = notice.subject ?? notice.title;
    await repository.insert({
      agencyId: notice.agencyId,
      recipientType: notice.recipientType,
      recipientId: notice.recipientId,
      kind: notice.kind,
      title: notice.title.slice(0, 100),
      body: notice.body,
      link: notice.link ?? null,
      idempotencyKey: notice.idempotencyKey,
      subject: subject.slice(0, 200),
      wechatTemplate: template,
      wechatFacts: template ? JSON.stringify(subscribeFactsOf(notice.kind, { subject, at: now.toISOString(), hint: notice.hint })) : null,
      // A resident notice with a template waits for the dispatcher (which checks consent); the rest stay in the app.
      wechatStatus: template ? 'pending' : notice.recipientType === 'resident' ? 'in_app_only' : 'not_applicable',
      attempts: 0,
      createdAt: now,
      readAt: null,
      deliveredAt: null,
    });
  }

  /** A notice that belongs to no other change (e.g. the dispatcher's alerts to staff), in a transaction of its own. */
  async enqueueNow(notice: NoticeToSend): Promise<void> {
    await this.dataSource.transaction((manager) => this.enqueue(manager, notice));
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
