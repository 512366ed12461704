import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DispatchReport } from '@govopen/contracts';
import { chinaDateOf, judgeSendResult, MAX_SEND_ATTEMPTS, nextChinaDay, retryDelaySeconds, SubscribeFacts, subscribeDataOf, SubscribeTemplateKind } from '@govopen/domain';
import { BackgroundTimer } from '../../common/background-timer';
import { Clock } from '../../common/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { WechatBusyError, WechatClient, WechatOutcomeUnknownError, WechatRejectedError } from '../../wechat/wechat.client';
import { ClaimedNotice, DeliveryResult, NoticeDeliveryRepository } from './notice-delivery.repository';
import { NotificationService } from './notification.service';

/** A run stops claiming after this long (real time), leaving the rest to the next tick, so a backlog never starves shutdown. */
const RUN_BUDGET_MS = 20_000;

/**
 * Delivers the WeChat copy of notices from the outbox. Every instance runs it: claims are leased rows, so N instances
 * share the queue and a notice is handed to WeChat by one of them once. WeChat's send takes no idempotency key, so
 * the guarantee is "never twice, never lost silently": a row is `sending` before the call and gets its result after;
 * a row whose lease ran out while `sending` (its instance died mid-call), or whose call timed out, becomes `unknown`
 * for staff and is never resent automatically.
 */
@Injectable()
export class NoticeDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NoticeDispatcher');
  private readonly timer = new BackgroundTimer(this.logger, 'notice delivery');
  private readonly claimant = `${os.hostname().slice(0, 40)}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private running: Promise<DispatchReport> | null = null;
  /** After a 45009 this instance claims nothing until WeChat's quota day turns. */
  private quotaUntil: Date | null = null;
  /** The earliest moment (performance.now) the next send may start: sends are paced to `maxPerSecond`. */
  private nextSlot = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NoticeDeliveryRepository,
    private readonly wechat: WechatClient,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(this.config.delivery.intervalMs, () => this.run());
  }

  async onApplicationShutdown(): Promise<void> {
    this.timer.stop();
    await this.running?.catch(() => undefined);
  }

  /** One pass over the due notices; a call while a pass runs joins it. */
  run(): Promise<DispatchReport> {
    this.running ??= this.dispatch().finally(() => (this.running = null));
    return this.running;
  }

  private async dispatch(): Promise<DispatchReport> {
    const report: DispatchReport = { claimed: 0, sent: 0, retried: 0, failed: 0, unknown: 0, deferredForQuota: 0, expired: 0 };
    const startedAt = performance.now();
    const now = this.clock.now();
    report.expired = await this.repository.expireLeases(now);
    if (this.quotaUntil && now < this.quotaUntil) return report;
    this.quotaUntil = null;
    // Without a configured mini-program every notice is settled in the app (the claim does that with no templates).
    const templates = this.wechat.subscribeAvailable ? (this.config.wechat.subscribeTemplates as Record<string, string>) : {};
    const { batchSize, leaseSeconds } = this.config.delivery;
    while (performance.now() - startedAt < RUN_BUDGET_MS) {
      const claimedAt = this.clock.now();
      const { notices, inAppOnly } = await this.repository.claim(this.claimant, claimedAt, new Date(claimedAt.getTime() + leaseSeconds * 1000), batchSize, templates);
      report.claimed += notices.length;
      const results = await this.sendAll(notices, claimedAt);
      for (const result of results) {
        if (result.outcome === 'sent') report.sent += 1;
        else if (result.outcome === 'retry') report.retried += 1;
        else if (result.outcome === 'failed') report.failed += 1;
        else if (result.outcome === 'unknown') report.unknown += 1;
        else report.deferredForQuota += 1;
      }
      if (report.deferredForQuota) {
        await this.quotaReached(notices, claimedAt);
        break;
      }
      if (notices.length + inAppOnly < batchSize) break;
    }
    if (report.claimed) this.logger.log(`delivered ${report.sent} of ${report.claimed} claimed (retry ${report.retried}, failed ${report.failed}, unknown ${report.unknown}, quota ${report.deferredForQuota})`);
    return report;
  }

  /**
   * Sends a claimed batch a chunk at a time: each chunk is marked `sending` just before its calls (at most
   * `concurrency` in flight) and its answers are recorded right after. Once WeChat says the day's quota is gone, the
   * rest wait for the next day.
   */
  private async sendAll(notices: ClaimedNotice[], now: Date): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = [];
    const { concurrency } = this.config.delivery;
    let quotaHit = false;
    for (let start = 0; start < notices.length; start += concurrency * 2) {
      const chunk = notices.slice(start, start + concurrency * 2);
      if (quotaHit) {
        const deferred = chunk.map((notice) => this.deferred(notice, now));
        await this.repository.record(this.claimant, deferred, this.clock.now());
        results.push(...deferred);
        continue;
      }
      const marked = new Set(await this.repository.markSending(this.claimant, chunk.map((notice) => notice.id)));
      const toSend = chunk.filter((notice) => marked.has(notice.id));
      let next = 0;
      const worker = async () => {
        while (next < toSend.length) {
          const notice = toSend[next++];
          if (quotaHit) {
            results.push(this.deferred(notice, now));
            continue;
          }
          await this.pace();
          const result = await this.sendOne(notice, now);
          if (result.outcome === 'quota') quotaHit = true;
          results.push(result);
        }
      };
      const before = results.length;
      await Promise.all(Array.from({ length: Math.min(concurrency, toSend.length) }, worker));
      // Recorded per chunk: a crash leaves at most one chunk's answers unrecorded.
      await this.repository.record(this.claimant, results.slice(before), this.clock.now());
    }
    return results;
  }

  private deferred(notice: ClaimedNotice, now: Date): DeliveryResult {
    return { id: notice.id, outcome: 'quota', nextAttemptAt: nextChinaDay(now), errcode: 45009, error: judgeSendResult(45009).reason };
  }

  /** Spaces sends evenly at the configured rate (real time: this is throughput, not a date). */
  private async pace(): Promise<void> {
    const now = performance.now();
    const slot = Math.max(this.nextSlot, now);
    this.nextSlot = slot + 1000 / this.config.delivery.maxPerSecond;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  private async sendOne(notice: ClaimedNotice, now: Date): Promise<DeliveryResult> {
    try {
      await this.wechat.sendSubscribeMessage({
        touser: notice.openid,
        templateId: notice.templateId,
        page: (notice.link ?? 'pages/index/index').replace(/^\//, ''),
        data: subscribeDataOf(notice.template as SubscribeTemplateKind, JSON.parse(notice.facts) as SubscribeFacts),
        miniprogramState: this.config.wechat.miniprogramState,
      });
      return { id: notice.id, outcome: 'sent' };
    } catch (error) {
      if (error instanceof WechatOutcomeUnknownError) return { id: notice.id, outcome: 'unknown', error: '微信未答复（超时或连接中断），是否已送达无法确认' };
      const rejected = error instanceof WechatRejectedError ? error : null;
      const errcode = rejected?.errcode ?? (error instanceof WechatBusyError ? -1 : null);
      const verdict = judgeSendResult(errcode, rejected?.errmsg ?? '');
      switch (verdict.disposition) {
        case 'retry':
          return {
            id: notice.id,
            outcome: 'retry',
            nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(notice.attempts, Math.random()) * 1000),
            errcode,
            error: verdict.reason,
            dead: notice.attempts >= MAX_SEND_ATTEMPTS,
          };
        case 'quota':
          return { id: notice.id, outcome: 'quota', nextAttemptAt: nextChinaDay(now), errcode: 45009, error: verdict.reason };
        case 'permanent':
          return { id: notice.id, outcome: 'failed', errcode: rejected?.errcode ?? null, error: verdict.reason, consentGone: rejected?.errcode === 43101 };
      }
    }
  }

  /** Stops this instance until tomorrow and tells each affected agency's office once a day. */
  private async quotaReached(notices: ClaimedNotice[], now: Date): Promise<void> {
    this.quotaUntil = nextChinaDay(now);
    const day = chinaDateOf(now);
    const agencies = [...new Set(notices.map((notice) => notice.agencyId).filter((id): id is number => id !== null))];
    for (const agencyId of agencies) {
      for (const staffId of await this.repository.officeHeads(agencyId)) {
        await this.notifications.enqueueNow({
          agencyId,
          recipientType: 'staff',
          recipientId: staffId,
          kind: 'delivery.quota',
          title: '微信订阅消息今日额度已用完',
          body: `微信订阅消息的今日发送额度已用完（45009），未发出的通知将于次日零时起继续发送；站内消息不受影响。`,
          link: '/deliveries?status=pending',
          idempotencyKey: `wechat-quota:${day}:${agencyId}:${staffId}`,
        });
      }
    }
  }
}
