import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DeliveryStatus } from '@govopen/domain';
import { utcDate } from '../../common/timestamp.transformer';

/** One notice to one person: the in-app 消息 list reads it; `wechat_status` drives the subscribe-message worker. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer', nullable: true })
  agencyId: number | null;

  @Column({ name: 'recipient_type', type: 'varchar', length: 10 })
  recipientType: 'resident' | 'staff';

  @Column({ name: 'recipient_id', type: 'integer' })
  recipientId: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  link: string | null;

  /** Makes a notice exactly-once whatever retries or repeated scans happen. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 120 })
  idempotencyKey: string;

  @Column({ name: 'wechat_status', type: 'varchar', length: 20 })
  wechatStatus: DeliveryStatus;

  /** What the notice is about (a request's or message's title), for the template's first field. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  subject: string | null;

  /** The subscribe template kind, or null when the notice never goes to WeChat. */
  @Column({ name: 'wechat_template', type: 'varchar', length: 40, nullable: true })
  wechatTemplate: string | null;

  /** SubscribeFacts as JSON, fixed when the notice is written (what it said then, not what the case says later). */
  @Column({ name: 'wechat_facts', type: 'text', nullable: true })
  wechatFacts: string | null;

  @Column({ name: 'wechat_next_attempt_at', type: 'datetime', nullable: true, transformer: utcDate })
  wechatNextAttemptAt: Date | null;

  @Column({ name: 'wechat_claimed_by', type: 'varchar', length: 64, nullable: true })
  wechatClaimedBy: string | null;

  @Column({ name: 'wechat_claimed_until', type: 'datetime', nullable: true, transformer: utcDate })
  wechatClaimedUntil: Date | null;

  @Column({ name: 'wechat_errcode', type: 'integer', nullable: true })
  wechatErrcode: number | null;

  @Column({ name: 'wechat_error', type: 'varchar', length: 200, nullable: true })
  wechatError: string | null;

  @Column({ name: 'wechat_consent_id', type: 'integer', nullable: true })
  wechatConsentId: number | null;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true, transformer: utcDate })
  readAt: Date | null;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true, transformer: utcDate })
  deliveredAt: Date | null;
}
