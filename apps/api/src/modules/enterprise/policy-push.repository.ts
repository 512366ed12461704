import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PolicyPushStats, PolicyPushStatus, StaffRole } from '@govopen/contracts';
import { Brackets, DataSource, In } from 'typeorm';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { Notification } from '../notification/notification.entity';
import { StaffUser } from '../organization/staff-user.entity';
import { PolicyPush, PolicyPushRecipient } from './policy-push.entity';

/** What became of one member's notice. */
export interface NoticeOutcome {
  status: Notification['wechatStatus'];
  errcode: number | null;
  read: boolean;
}

/** WeChat's "no consent left" answer: a refusal, not a fault. */
const NO_CONSENT = 43101;

/** Pushes, whom they went to, and what the outbox says of their notices (keyed `push:{id}:{residentId}`). */
@Injectable()
export class PolicyPushRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  find(agencyId: number, id: number, tx: Transaction = this.dataSource.manager): Promise<PolicyPush | null> {
    return managerOf(tx).getRepository(PolicyPush).findOneBy({ agencyId, id });
  }

  save(tx: Transaction, push: Omit<PolicyPush, 'id'> & { id?: number }): Promise<PolicyPush> {
    return managerOf(tx).getRepository(PolicyPush).save(Object.assign(new PolicyPush(), push));
  }

  /** Moves a push on only from the status it was read in; false when another decision came first. */
  async updateFrom(tx: Transaction, push: PolicyPush, from: PolicyPushStatus[]): Promise<boolean> {
    const { id, agencyId, ...changes } = push;
    const result = await managerOf(tx).getRepository(PolicyPush).update({ id, agencyId, status: In(from) }, changes);
    return Boolean(result.affected);
  }

  async list(agencyId: number, status: PolicyPushStatus | undefined, page: number, pageSize: number): Promise<{ items: PolicyPush[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(PolicyPush).findAndCount({
      where: { agencyId, ...(status ? { status } : {}) },
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }

  /** Approved or half-sent pushes due at `now` whose run nobody holds: the timer's work, every agency's. */
  async due(now: Date): Promise<{ id: number; agencyId: number }[]> {
    const rows = await this.dataSource
      .getRepository(PolicyPush)
      .createQueryBuilder('push')
      .select(['push.id', 'push.agencyId'])
      .where('push.status IN (:...statuses)', { statuses: ['approved', 'sending'] })
      .andWhere(new Brackets((where) => where.where('push.scheduled_at IS NULL').orWhere('push.scheduled_at <= :now', { now })))
      .andWhere(new Brackets((where) => where.where('push.run_claimed_until IS NULL').orWhere('push.run_claimed_until < :now', { now })))
      .orderBy('push.id', 'ASC')
      .getMany();
    return rows.map((row) => ({ id: row.id, agencyId: row.agencyId }));
  }

  /**
   * Takes the send run of a push until `until` for `claimant`: approved, half-sent or sent (a re-run), due, and not held
   * by a live run elsewhere. An approved push becomes `sending`. False when the push is not in such a state.
   */
  async claimRun(agencyId: number, id: number, claimant: string, now: Date, until: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(PolicyPush)
      .set({ runClaimedBy: claimant, runClaimedUntil: until, status: () => "CASE WHEN status = 'approved' THEN 'sending' ELSE status END" })
      .where('id = :id AND agency_id = :agencyId', { id, agencyId })
      .andWhere('status IN (:...statuses)', { statuses: ['approved', 'sending', 'sent'] })
      .andWhere(new Brackets((where) => where.where('scheduled_at IS NULL').orWhere('scheduled_at <= :now', { now })))
      .andWhere(new Brackets((where) => where.where('run_claimed_until IS NULL').orWhere('run_claimed_until < :now', { now })))
      .execute();
    return Boolean(result.affected);
  }

  async extendRun(id: number, claimant: string, until: Date): Promise<void> {
    await this.dataSource.getRepository(PolicyPush).update({ id, runClaimedBy: claimant }, { runClaimedUntil: until });
  }

  /** Ends the run: sent, counted, released. */
  async finishRun(tx: Transaction, id: number, claimant: string, facts: { enterprises: number; recipients: number; sentAt: Date }, now: Date): Promise<void> {
    await managerOf(tx)
      .getRepository(PolicyPush)
      .update({ id, runClaimedBy: claimant }, { status: 'sent', enterprises: facts.enterprises, recipients: facts.recipients, sentAt: facts.sentAt, runClaimedBy: null, runClaimedUntil: null, updatedAt: now });
  }

  /** Lets go of a run that failed, so the next one need not wait for the lease. */
  async releaseRun(id: number, claimant: string): Promise<void> {
    await this.dataSource.getRepository(PolicyPush).update({ id, runClaimedBy: claimant }, { runClaimedBy: null, runClaimedUntil: null });
  }

  /** Of these enterprises, the ones the push already has a recipient row for. */
  async recordedEnterpriseIds(tx: Transaction, pushId: number, enterpriseIds: number[]): Promise<Set<number>> {
    if (!enterpriseIds.length) return new Set();
    const rows = await managerOf(tx).getRepository(PolicyPushRecipient).find({ select: ['enterpriseId'], where: { pushId, enterpriseId: In(enterpriseIds) } });
    return new Set(rows.map((row) => row.enterpriseId));
  }

  async insertRecipients(tx: Transaction, rows: Omit<PolicyPushRecipient, 'id'>[]): Promise<void> {
    for (let at = 0; at < rows.length; at += 200) await managerOf(tx).getRepository(PolicyPushRecipient).insert(rows.slice(at, at + 200));
  }

  allRecipients(agencyId: number, pushId: number): Promise<PolicyPushRecipient[]> {
    return this.dataSource.getRepository(PolicyPushRecipient).find({ where: { agencyId, pushId }, order: { id: 'ASC' } });
  }

  async recipients(agencyId: number, pushId: number, page: number, pageSize: number): Promise<{ items: PolicyPushRecipient[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(PolicyPushRecipient).findAndCount({ where: { agencyId, pushId }, order: { id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items, total };
  }

  /** Active staff of the agency holding one of `roles`, but not `except` (the composer). */
  async approvers(agencyId: number, except: number, roles: readonly StaffRole[]): Promise<number[]> {
    const users = await this.dataSource.getRepository(StaffUser).findBy({ agencyId, active: true });
    return users.filter((user) => user.id !== except && user.roles.some((role) => roles.includes(role))).map((user) => user.id);
  }

  /** What the outbox says of the push's notices, counted by delivery state (one grouped scan of its keys). */
  async stats(agencyId: number, pushId: number, enterprises: number): Promise<PolicyPushStats> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notice')
      .select('notice.wechat_status', 'status')
      .addSelect('notice.wechat_errcode', 'errcode')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN notice.read_at IS NULL THEN 0 ELSE 1 END)', 'opened')
      .where('notice.agency_id = :agencyId AND notice.recipient_type = :resident AND notice.idempotency_key LIKE :prefix', { agencyId, resident: 'resident', prefix: `push:${pushId}:%` })
      .groupBy('notice.wechat_status')
      .addGroupBy('notice.wechat_errcode')
      .getRawMany<{ status: Notification['wechatStatus']; errcode: number | string | null; count: number | string; opened: number | string | null }>();
    const stats: PolicyPushStats = { enterprises, recipients: 0, deliveredInApp: 0, wechatSent: 0, wechatRefused: 0, wechatFailed: 0, wechatUnknown: 0, wechatPending: 0, inAppOnly: 0, opened: 0 };
    for (const row of rows) {
      const count = Number(row.count);
      stats.recipients += count;
      stats.deliveredInApp += count;
      stats.opened += Number(row.opened ?? 0);
      tally(stats, { status: row.status, errcode: row.errcode === null ? null : Number(row.errcode), read: false }, count);
    }
    return stats;
  }

  /** The outcome of each notice by key, for the per-enterprise list. */
  async outcomes(agencyId: number, keys: string[]): Promise<Map<string, NoticeOutcome>> {
    const outcomes = new Map<string, NoticeOutcome>();
    for (let at = 0; at < keys.length; at += 500) {
      const rows = await this.dataSource.getRepository(Notification).find({
        select: ['idempotencyKey', 'wechatStatus', 'wechatErrcode', 'readAt'],
        where: { agencyId, recipientType: 'resident', idempotencyKey: In(keys.slice(at, at + 500)) },
      });
      for (const row of rows) outcomes.set(row.idempotencyKey, { status: row.wechatStatus, errcode: row.wechatErrcode, read: row.readAt !== null });
    }
    return outcomes;
  }
}

/** Adds `count` notices in one state to the WeChat columns of the stats. */
export function tally(stats: Pick<PolicyPushStats, 'wechatSent' | 'wechatRefused' | 'wechatFailed' | 'wechatUnknown' | 'wechatPending' | 'inAppOnly'>, outcome: NoticeOutcome, count = 1): void {
  switch (outcome.status) {
    case 'sent':
      stats.wechatSent += count;
      return;
    case 'failed':
    case 'dead':
      if (outcome.errcode === NO_CONSENT) stats.wechatRefused += count;
      else stats.wechatFailed += count;
      return;
    case 'unknown':
      stats.wechatUnknown += count;
      return;
    case 'pending':
    case 'sending':
      stats.wechatPending += count;
      return;
    case 'in_app_only':
    case 'not_applicable':
      stats.inAppOnly += count;
      return;
  }
}
