import { PolicyPushStatus, PolicyVerdict } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** A targeted push of a 惠企政策 item (政策找企业): composed, approved by a second person, sent through the outbox. */
@Entity('policy_push')
export class PolicyPush {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'benefit_id', type: 'integer' })
  benefitId: number;

  /** The WeChat 政策名称 (thing, ≤ 20) and the inbox title. */
  @Column({ type: 'varchar', length: 40 })
  title: string;

  /** The WeChat 温馨提示 (thing, ≤ 20). */
  @Column({ type: 'varchar', length: 40 })
  summary: string;

  /** The inbox text. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'include_check', type: 'boolean' })
  includeCheck: boolean;

  @Column({ type: 'varchar', length: 200 })
  link: string;

  @Column({ type: 'varchar', length: 12 })
  status: PolicyPushStatus;

  @Column({ name: 'composed_by', type: 'integer' })
  composedBy: number;

  @Column({ name: 'composed_by_name', type: 'varchar', length: 60 })
  composedByName: string;

  @Column({ name: 'approved_by', type: 'integer', nullable: true })
  approvedBy: number | null;

  @Column({ name: 'approved_by_name', type: 'varchar', length: 60, nullable: true })
  approvedByName: string | null;

  @Column({ name: 'approved_at', type: 'datetime', nullable: true, transformer: utcDate })
  approvedAt: Date | null;

  @Column({ name: 'return_reason', type: 'varchar', length: 500, nullable: true })
  returnReason: string | null;

  @Column({ name: 'scheduled_at', type: 'datetime', nullable: true, transformer: utcDate })
  scheduledAt: Date | null;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true, transformer: utcDate })
  sentAt: Date | null;

  /** The instance running its send, until when: one run at a time, taken over when the lease runs out. */
  @Column({ name: 'run_claimed_by', type: 'varchar', length: 64, nullable: true })
  runClaimedBy: string | null;

  @Column({ name: 'run_claimed_until', type: 'datetime', nullable: true, transformer: utcDate })
  runClaimedUntil: Date | null;

  /** Counted when sent. */
  @Column({ type: 'integer' })
  enterprises: number;

  @Column({ type: 'integer' })
  recipients: number;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}

/** One enterprise a push went to, with why: its members' notices are keyed `push:{pushId}:{residentId}`. */
@Entity('policy_push_recipient')
export class PolicyPushRecipient {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'push_id', type: 'integer' })
  pushId: number;

  @Column({ name: 'enterprise_id', type: 'integer' })
  enterpriseId: number;

  @Column({ name: 'enterprise_name', type: 'varchar', length: 100 })
  enterpriseName: string;

  @Column({ type: 'varchar', length: 6 })
  verdict: PolicyVerdict;

  @Column({ name: 'via_topic', type: 'boolean' })
  viaTopic: boolean;

  @Column({ type: 'simple-json' })
  reasons: string[];

  /** The verified members it was sent to. */
  @Column({ name: 'resident_ids', type: 'simple-json' })
  residentIds: number[];
}
