import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

export type WechatDeliveryStatus = 'pending' | 'sent' | 'failed' | 'not_applicable';

/** One notice to one person: the in-app 消息 list reads it; `wechat_status` drives the subscribe-message worker. */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

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
  wechatStatus: WechatDeliveryStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true, transformer: utcDate })
  readAt: Date | null;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true, transformer: utcDate })
  deliveredAt: Date | null;
}
