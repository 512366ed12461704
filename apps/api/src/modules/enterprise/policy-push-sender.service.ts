import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { POLICY_PUSH_STATUS_LABELS, PolicyPushRunReport } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Actor, StaffPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { BackgroundTimer } from '../../common/background-timer';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { PolicyBenefitRepository } from './policy-benefit.repository';
import { PolicyPushAudienceService } from './policy-push-audience.service';
import { policyPushNotice } from './policy-push-notice';
import { PolicyPushRepository } from './policy-push.repository';
import { AudienceEntry } from './select-push-audience';

/** Members written per transaction: a crash loses at most one batch's work, which the next run writes again. */
const RESIDENTS_PER_BATCH = 1000;

/**
 * Sends approved pushes that are due: the audience is matched once, then each batch of enterprises is recorded as
 * recipients and their verified members' notices are written to the outbox in one transaction (the dispatcher takes
 * them to WeChat). The keys `push:{pushId}:{residentId}` make any re-run, after a crash or by hand, write only what is
 * missing. One run per push at a time, under a lease in the database, so N instances send each push once.
 */
@Injectable()
export class PolicyPushSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PolicyPushSender');
  private readonly timer = new BackgroundTimer(this.logger, 'policy push sending');
  private readonly claimant = `${os.hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: PolicyPushRepository,
    private readonly benefits: PolicyBenefitRepository,
    private readonly audiences: PolicyPushAudienceService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(this.config.delivery.intervalMs, () => this.runDue());
  }

  async onApplicationShutdown(): Promise<void> {
    this.timer.stop();
    await this.running?.catch(() => undefined);
  }

  /** Every due push nobody is sending; a call while a pass runs joins it. */
  runDue(): Promise<void> {
    this.running ??= (async () => {
      for (const { id, agencyId } of await this.repository.due(this.clock.now())) {
        try {
          await this.run(agencyId, id, SYSTEM_ACTOR);
        } catch (error) {
          this.logger.error(`push ${id} not sent: ${(error as Error).message}`);
        }
      }
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** 立即发送 from the console: an approved push now, or a re-run of a sent one (it writes only what is missing). */
  async sendNow(staff: StaffPrincipal, id: number, actor: Actor): Promise<PolicyPushRunReport> {
    const push = await this.repository.find(staff.agencyId, id);
    if (!push) throw AppException.notFound('推送不存在');
    if (!['approved', 'sending', 'sent'].includes(push.status)) {
      throw new AppException(ErrorCode.PUSH_NOT_APPROVED, `推送尚未经第二人审核通过，不能发送（当前：${POLICY_PUSH_STATUS_LABELS[push.status]}）`);
    }
    if (push.scheduledAt && push.scheduledAt > this.clock.now()) throw new AppException(ErrorCode.CONFLICT, `推送定于 ${formatChinaDateTime(push.scheduledAt.toISOString())} 发送，时间未到`);
    const report = await this.run(staff.agencyId, id, actor);
    if (!report) throw new AppException(ErrorCode.CONFLICT, '该推送正在发送中，请稍后刷新查看');
    return report;
  }

  /** One run of one push; null when another run holds it. */
  private async run(agencyId: number, id: number, actor: Actor): Promise<PolicyPushRunReport | null> {
    const leaseMs = this.config.delivery.leaseSeconds * 1000;
    if (!(await this.repository.claimRun(agencyId, id, this.claimant, this.clock.now(), new Date(this.clock.now().getTime() + leaseMs)))) return null;
    try {
      const push = (await this.repository.find(agencyId, id))!;
      const entries = await this.entriesOf(push.status === 'sent', agencyId, push.id, push.benefitId, push.includeCheck);
      const written = new Set<number>();
      let enqueued = 0;
      for (let start = 0; start < entries.length; ) {
        const batch: AudienceEntry[] = [];
        let members = 0;
        while (start < entries.length && (batch.length === 0 || members + entries[start].residentIds.length <= RESIDENTS_PER_BATCH)) {
          members += entries[start].residentIds.length;
          batch.push(entries[start++]);
        }
        enqueued += await this.repository.transaction(async (tx) => {
          const recorded = await this.repository.recordedEnterpriseIds(tx, push.id, batch.map((entry) => entry.enterpriseId));
          await this.repository.insertRecipients(
            tx,
            batch
              .filter((entry) => !recorded.has(entry.enterpriseId))
              .map((entry) => ({ agencyId, pushId: push.id, enterpriseId: entry.enterpriseId, enterpriseName: entry.name, verdict: entry.verdict, viaTopic: entry.viaTopic, reasons: entry.reasons, residentIds: [...entry.residentIds] })),
          );
          // A member of two matched enterprises is told once.
          const residents = batch.flatMap((entry) => entry.residentIds).filter((residentId) => !written.has(residentId) && Boolean(written.add(residentId)));
          return this.notifications.enqueueMany(tx, residents.map((residentId) => policyPushNotice(push, residentId)));
        });
        await this.repository.extendRun(push.id, this.claimant, new Date(this.clock.now().getTime() + leaseMs));
      }
      const recipients = await this.repository.allRecipients(agencyId, push.id);
      const residents = new Set(recipients.flatMap((recipient) => recipient.residentIds));
      const now = this.clock.now();
      await this.repository.transaction(async (tx) => {
        await this.repository.finishRun(tx, push.id, this.claimant, { enterprises: recipients.length, recipients: residents.size, sentAt: push.sentAt ?? now }, now);
        await this.audit.record(
          actor,
          { action: 'policy_push.send', targetType: 'policy_push', targetId: push.id, detail: `${push.status === 'sent' ? '重新执行发送' : '发送'}“${push.title}”：${recipients.length} 家企业、${residents.size} 人，本次写入 ${enqueued} 条通知` },
          tx,
        );
      });
      return { pushId: push.id, status: 'sent', recipients: written.size, enqueued, alreadyQueued: written.size - enqueued };
    } catch (error) {
      await this.repository.releaseRun(id, this.claimant);
      throw error;
    }
  }

  /**
   * A first (or interrupted) run matches the audience now; a re-run of a sent push goes to the enterprises recorded
   * then, so re-running never widens a push staff approved.
   */
  private async entriesOf(sent: boolean, agencyId: number, pushId: number, benefitId: number, includeCheck: boolean): Promise<AudienceEntry[]> {
    if (sent) {
      return (await this.repository.allRecipients(agencyId, pushId)).map((recipient) => ({
        enterpriseId: recipient.enterpriseId,
        name: recipient.enterpriseName,
        district: '',
        verdict: recipient.verdict === 'no' ? 'check' : recipient.verdict,
        reasons: recipient.reasons,
        viaTopic: recipient.viaTopic,
        residentIds: recipient.residentIds,
      }));
    }
    const benefit = await this.benefits.find(agencyId, benefitId);
    if (!benefit) return [];
    return (await this.audiences.select(agencyId, benefit, includeCheck)).entries;
  }
}
