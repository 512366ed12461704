import { Injectable } from '@nestjs/common';
import { InboxMessage } from '@govopen/contracts';
import { subscribeFactsOf, templateKindOfNotice } from '@govopen/domain';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { Notification } from './notification.entity';
import { NotificationRepository } from './notification.repository';

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
    private readonly repository: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the notice into the outbox with the caller's transaction: it exists if and only if the change that caused
   * it committed. A key already written is left alone (exactly once).
   */
  async enqueue(manager: Transaction, notice: NoticeToSend): Promise<void> {
    await this.repository.insertOnce(this.rowOf(notice, this.clock.now()), manager);
  }

  /**
   * Many notices in the caller's transaction (a push's batch): each key written once, those already there left alone.
   * Answers how many were new.
   */
  async enqueueMany(manager: Transaction, notices: NoticeToSend[]): Promise<number> {
    const now = this.clock.now();
    return this.repository.insertManyOnce(notices.map((notice) => this.rowOf(notice, now)), manager);
  }

  private rowOf(notice: NoticeToSend, now: Date): Omit<Notification, 'id'> {
    // The WeChat copy is decided now, with the words of the moment; the dispatcher only sends what is written here.
    const template = notice.recipientType === 'resident' ? templateKindOfNotice(notice.kind) : null;
    const subject = notice.subject ?? notice.title;
    return {
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
      wechatNextAttemptAt: null,
      wechatClaimedBy: null,
      wechatClaimedUntil: null,
      wechatErrcode: null,
      wechatError: null,
      wechatConsentId: null,
    };
  }

  /** A notice that belongs to no other change (e.g. the dispatcher's alerts to staff), in a transaction of its own. */
  async enqueueNow(notice: NoticeToSend): Promise<void> {
    await this.repository.transaction((tx) => this.enqueue(tx, notice));
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

  /** Marks the resident's notice with this key read (a page opened from a WeChat message); false when they have none. */
  markReadByKey(residentId: number, idempotencyKey: string): Promise<boolean> {
    return this.repository.markReadByKey({ recipientType: 'resident', recipientId: residentId }, idempotencyKey, this.clock.now());
  }
}
