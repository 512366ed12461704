import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffRole } from '@govopen/contracts';
import { DeliveryStatus } from '@govopen/domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { Resident } from '../auth/resident.entity';
import { StaffUser } from '../organization/staff-user.entity';
import { Notification } from './notification.entity';
import { WechatConsent } from './wechat-consent.entity';

/** A claimed notice with what a send needs. */
export interface ClaimedNotice {
  id: number;
  agencyId: number | null;
  openid: string;
  templateId: string;
  template: string;
  facts: string;
  link: string | null;
  consentId: number;
  attempts: number;
}

export type DeliveryResult =
  | { id: number; outcome: 'sent' }
  | { id: number; outcome: 'retry'; nextAttemptAt: Date; errcode: number | null; error: string; dead: boolean }
  | { id: number; outcome: 'quota'; nextAttemptAt: Date; errcode: number; error: string }
  | { id: number; outcome: 'failed'; errcode: number | null; error: string; consentGone: boolean }
  | { id: number; outcome: 'unknown'; error: string };

/**
 * The outbox as the dispatcher sees it. Claims are short transactions that mark rows `sending` under a lease; on
 * MySQL/MariaDB `FOR UPDATE SKIP LOCKED` lets every instance claim a different batch at once, on SQLite the one
 * writer serialises claims by itself. Every result write names the claimant, so a row another instance has since
 * declared unknown is corrected only by the instance that really sent it.
 */
@Injectable()
export class NoticeDeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get isMysql(): boolean {
    return ['mysql', 'mariadb'].includes(this.dataSource.options.type);
  }

  /** Rows left `sending` past their lease: their instance died between the call and the record. */
  async expireLeases(now: Date): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ wechatStatus: 'unknown', wechatError: '发送过程中服务中断，微信是否已送达无法确认' })
      .where('wechat_status = :sending', { sending: 'sending' })
      .andWhere('wechat_claimed_until < :now', { now })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Claims up to `limit` due notices for `claimant` until `leaseUntil`. A notice that cannot go to WeChat (no template
   * configured for its kind, no WeChat openid, no unused consent) is settled as `in_app_only` here; the others take
   * one consent credit (a retry keeps the one it took) and stay `pending`, leased, until markSending.
   */
  async claim(claimant: string, now: Date, leaseUntil: Date, limit: number, templateIds: Record<string, string>): Promise<{ notices: ClaimedNotice[]; inAppOnly: number }> {
    return this.dataSource.transaction(async (manager) => {
      const due = manager
        .getRepository(Notification)
        .createQueryBuilder('notice')
        .select(['notice.id', 'notice.recipientId', 'notice.wechatTemplate', 'notice.wechatConsentId', 'notice.wechatFacts', 'notice.link', 'notice.agencyId', 'notice.attempts'])
        .where('notice.wechat_status = :pending', { pending: 'pending' })
        .andWhere(new Brackets((where) => where.where('notice.wechat_next_attempt_at IS NULL').orWhere('notice.wechat_next_attempt_at <= :now', { now })))
        // Claimed by an instance that died before sending: free again once its lease ran out.
        .andWhere(new Brackets((where) => where.where('notice.wechat_claimed_until IS NULL').orWhere('notice.wechat_claimed_until < :now', { now })))
        .orderBy('notice.id', 'ASC')
        .limit(limit);
      if (this.isMysql) due.setLock('pessimistic_write').setOnLocked('skip_locked');
      const rows = await due.getMany();
      if (!rows.length) return { notices: [], inAppOnly: 0 };

      const residents = await manager.getRepository(Resident).find({ select: ['id', 'openid'], where: { id: In([...new Set(rows.map((row) => row.recipientId))]) } });
      const openids = new Map(residents.map((resident) => [resident.id, resident.openid]));
      const sendable = rows.filter((row) => {
        const openid = openids.get(row.recipientId);
        // H5 dev sign-ins ("dev:…") have no WeChat account to write to.
        return Boolean(row.wechatTemplate && templateIds[row.wechatTemplate] && openid && !openid.startsWith('dev:') && row.wechatFacts);
      });
      const credits = await this.takeCredits(
        manager,
        sendable.filter((row) => row.wechatConsentId === null).map((row) => ({ residentId: row.recipientId, templateId: templateIds[row.wechatTemplate!] })),
        now,
      );
      const claimed: ClaimedNotice[] = [];
      for (const row of sendable) {
        const templateId = templateIds[row.wechatTemplate!];
        // A retry keeps the credit it took the first time.
        const consentId = row.wechatConsentId ?? credits.get(`${row.recipientId}:${templateId}`)?.shift() ?? null;
        if (consentId === null) continue;
        claimed.push({ id: row.id, agencyId: row.agencyId, openid: openids.get(row.recipientId)!, templateId, template: row.wechatTemplate!, facts: row.wechatFacts!, link: row.link, consentId, attempts: row.attempts + 1 });
      }
      const claimedIds = new Set(claimed.map((notice) => notice.id));
      const inAppOnly = rows.filter((row) => !claimedIds.has(row.id)).map((row) => row.id);
      if (inAppOnly.length) {
        await manager.getRepository(Notification).update({ id: In(inAppOnly) }, { wechatStatus: 'in_app_only', wechatNextAttemptAt: null });
      }
      if (claimed.length) {
        // One statement for the batch: each row gets its own consent through a CASE on its id.
        const consentCase = `CASE id ${claimed.map(() => 'WHEN ? THEN ?').join(' ')} END`;
        const parameters = claimed.flatMap((notice) => [notice.id, notice.consentId]);
        await manager.query(
          `UPDATE notification SET wechat_claimed_by = ?, wechat_claimed_until = ?, wechat_consent_id = ${consentCase} WHERE id IN (${claimed.map(() => '?').join(',')})`,
          [claimant, this.timestamp(leaseUntil), ...parameters, ...claimed.map((notice) => notice.id)],
        );
      }
      return { notices: claimed, inAppOnly: inAppOnly.length };
    });
  }

  /**
   * Takes the oldest unused acceptance of each (resident, template) asked for, as many as asked, marking them used;
   * locked against a parallel claim on MySQL/MariaDB. Returns the credit ids by "resident:template", oldest first.
   */
  private async takeCredits(manager: EntityManager, wanted: { residentId: number; templateId: string }[], now: Date): Promise<Map<string, number[]>> {
    const taken = new Map<string, number[]>();
    if (!wanted.length) return taken;
    const query = manager
      .getRepository(WechatConsent)
      .createQueryBuilder('consent')
      .select(['consent.id', 'consent.residentId', 'consent.templateId'])
      .where('consent.resident_id IN (:...residentIds) AND consent.state = :available', { residentIds: [...new Set(wanted.map((want) => want.residentId))], available: 'available' })
      .orderBy('consent.id', 'ASC');
    if (this.isMysql) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const need = new Map<string, number>();
    for (const want of wanted) need.set(`${want.residentId}:${want.templateId}`, (need.get(`${want.residentId}:${want.templateId}`) ?? 0) + 1);
    for (const credit of await query.getMany()) {
      const key = `${credit.residentId}:${credit.templateId}`;
      const list = taken.get(key) ?? [];
      if (list.length >= (need.get(key) ?? 0)) continue;
      list.push(credit.id);
      taken.set(key, list);
    }
    const ids = [...taken.values()].flat();
    if (ids.length) await manager.getRepository(WechatConsent).update({ id: In(ids) }, { state: 'used', usedAt: now });
    return taken;
  }

  /** A Date as the driver stores it in a raw statement (SQLite keeps UTC text; MySQL takes the Date). */
  private timestamp(date: Date): Date | string {
    return this.isMysql ? date : date.toISOString().replace('T', ' ').replace('Z', '');
  }

  /**
   * Marks claimed notices `sending` right before their calls (a chunk at a time, so a crash leaves only that chunk
   * unknown; the rest of the claim is simply claimable again when the lease runs out). Returns the ids marked.
   */
  async markSending(claimant: string, ids: number[]): Promise<number[]> {
    if (!ids.length) return [];
    await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ wechatStatus: 'sending', attempts: () => 'attempts + 1' })
      .where({ id: In(ids), wechatClaimedBy: claimant, wechatStatus: 'pending' })
      .execute();
    const marked = await this.dataSource.getRepository(Notification).find({ select: ['id'], where: { id: In(ids), wechatClaimedBy: claimant, wechatStatus: 'sending' } });
    return marked.map((row) => row.id);
  }

  /** Records what WeChat answered, for the rows this claimant still holds (or that were called unknown meanwhile). */
  async record(claimant: string, results: DeliveryResult[], now: Date): Promise<void> {
    if (!results.length) return;
    await this.dataSource.transaction(async (manager) => {
      const mine = (ids: number[]) =>
        manager
          .createQueryBuilder()
          .update(Notification)
          .where({ id: In(ids), wechatClaimedBy: claimant, wechatStatus: In(['pending', 'sending', 'unknown']) });
      const sent = results.filter((result) => result.outcome === 'sent').map((result) => result.id);
      if (sent.length) {
        await mine(sent).set({ wechatStatus: 'sent', deliveredAt: now, wechatClaimedUntil: null, wechatErrcode: null, wechatError: null }).execute();
      }
      for (const result of results) {
        switch (result.outcome) {
          case 'sent':
            break;
          case 'retry':
            await mine([result.id])
              .set({ wechatStatus: result.dead ? 'dead' : 'pending', wechatNextAttemptAt: result.nextAttemptAt, wechatClaimedUntil: null, wechatErrcode: result.errcode, wechatError: result.error })
              .execute();
            break;
          case 'quota':
            // Waiting for tomorrow is not a failed attempt (a row deferred before its call was never counted).
            await manager
              .createQueryBuilder()
              .update(Notification)
              .set({ attempts: () => 'attempts - 1' })
              .where({ id: result.id, wechatClaimedBy: claimant, wechatStatus: 'sending' })
              .execute();
            await mine([result.id])
              .set({ wechatStatus: 'pending', wechatNextAttemptAt: result.nextAttemptAt, wechatClaimedUntil: null, wechatErrcode: result.errcode, wechatError: result.error })
              .execute();
            break;
          case 'failed':
            await mine([result.id]).set({ wechatStatus: 'failed', wechatClaimedUntil: null, wechatErrcode: result.errcode, wechatError: result.error }).execute();
            if (result.consentGone) await this.consentGone(manager, result.id);
            break;
          case 'unknown':
            await mine([result.id]).set({ wechatStatus: 'unknown', wechatClaimedUntil: null, wechatError: result.error }).execute();
            break;
        }
      }
    });
  }

  /** 43101: WeChat holds no consent of this person for this template any more; unused credits we counted are void. */
  private async consentGone(manager: EntityManager, notificationId: number): Promise<void> {
    const notice = await manager.getRepository(Notification).findOneBy({ id: notificationId });
    if (!notice?.wechatConsentId) return;
    const consent = await manager.getRepository(WechatConsent).findOneBy({ id: notice.wechatConsentId });
    if (!consent) return;
    await manager.getRepository(WechatConsent).update({ residentId: consent.residentId, templateId: consent.templateId, state: In(['available', 'used']) }, { state: 'gone' });
  }

  /** Deliveries staff must look at (or all of one subject), newest first, for one agency. */
  async list(agencyId: number, filter: { statuses?: DeliveryStatus[]; link?: string }, page: number, pageSize: number): Promise<{ items: Notification[]; total: number }> {
    const where = {
      agencyId,
      recipientType: 'resident' as const,
      ...(filter.statuses?.length ? { wechatStatus: In(filter.statuses) } : {}),
      ...(filter.link ? { link: filter.link } : {}),
    };
    const [rows, total] = await this.dataSource.getRepository(Notification).findAndCount({ where, order: { id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: rows, total };
  }

  async countsByStatus(agencyId: number): Promise<Partial<Record<DeliveryStatus, number>>> {
    const rows = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notice')
      .select('notice.wechat_status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('notice.agency_id = :agencyId AND notice.recipient_type = :resident', { agencyId, resident: 'resident' })
      .groupBy('notice.wechat_status')
      .getRawMany<{ status: DeliveryStatus; count: string | number }>();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }

  /** Puts a failed or dead-lettered notice back in the queue; false when it was not in a state that allows it. */
  async requeue(agencyId: number, id: number, allowed: DeliveryStatus[]): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update(
        { id, agencyId, recipientType: 'resident', wechatStatus: In(allowed) },
        { wechatStatus: 'pending', wechatNextAttemptAt: null, wechatErrcode: null, wechatError: null, wechatConsentId: null, attempts: 0, wechatClaimedBy: null, wechatClaimedUntil: null },
      );
    return Boolean(result.affected);
  }

  findOne(agencyId: number, id: number): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOneBy({ id, agencyId, recipientType: 'resident' });
  }

  officeHeads(agencyId: number): Promise<number[]> {
    return this.dataSource
      .getRepository(StaffUser)
      .findBy({ agencyId, active: true })
      .then((users) => users.filter((user) => user.roles.includes(StaffRole.OFFICE_HEAD)).map((user) => user.id));
  }
}
