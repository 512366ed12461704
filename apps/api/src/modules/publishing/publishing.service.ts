import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONTENT_STATUS_LABELS, ContentReviewEventView, ContentWorkflowView, REVIEW_ACTION_LABELS } from '@govopen/contracts';
import { reviewContent } from '@govopen/domain';
import { BackgroundTimer } from '../../common/background-timer';
import { Actor, StaffPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { StaffDirectoryRepository } from '../organization/staff-directory.repository';
import { ReviewContentDto } from './dto/review-content.dto';
import { PublishingRepository } from './publishing.repository';
import { CONTENT_TYPES, ContentIndex, ContentType, ReviewableContent, ReviewableContentStore } from './reviewable-content';

export { newDraft } from './reviewable-content';
export type { ContentType } from './reviewable-content';

const EVENT_LABELS: Record<string, string> = { ...REVIEW_ACTION_LABELS, created: '起草', edited: '修改', auto_published: '定时发布' };

/**
 * 保密审查 and publication of policies and interpretations: every step checked by the domain's workflow, written
 * with its history row and audit record in one transaction, then reflected in the search index. The documents
 * themselves are read and written through the stores their modules register.
 */
@Injectable()
export class PublishingService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Publishing');
  private readonly timer = new BackgroundTimer(this.logger, 'scheduled publishing');
  private readonly stores = new Map<ContentType, ReviewableContentStore>();

  constructor(
    private readonly repository: PublishingRepository,
    private readonly staffDirectory: StaffDirectoryRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly index: ContentIndex,
  ) {}

  /** Called by the policy and interpretation modules at start: how to read and write their documents. */
  register<T extends ReviewableContent>(store: ReviewableContentStore<T>): void {
    this.stores.set(store.type, store as unknown as ReviewableContentStore);
  }

  onApplicationBootstrap(): void {
    this.timer.start(Math.min(this.config.reminderIntervalMs, 60_000), () => this.publishDue());
  }

  onModuleDestroy(): void {
    this.timer.stop();
  }

  async review(type: ContentType, id: number, staff: StaffPrincipal, request: ReviewContentDto, actor: Actor): Promise<void> {
    const store = this.storeOf(type);
    const now = this.clock.now();
    const publishAt = request.publishAt ? new Date(request.publishAt) : null;
    const scheduled = request.action === 'publish' && publishAt !== null && publishAt.getTime() > now.getTime();
    await this.repository.transaction(async (tx) => {
      const record = await store.find(staff.agencyId, id, tx);
      if (!record) throw AppException.notFound(`${store.noun}不存在`);
      if (request.action === 'submit') await store.checkComplete(record, tx);
      if (request.action === 'publish') await store.checkPublishable(record, scheduled ? publishAt : now, tx);
      const outcome = reviewContent({ status: record.status, authorId: record.authorId, reviewerId: record.reviewerId }, request.action, { id: staff.id, roles: staff.roles }, { comment: request.comment, scheduled });
      if (!outcome.ok) {
        if (outcome.reason === 'wrong_status') throw new AppException(ErrorCode.CONFLICT, `${outcome.message}（当前：${CONTENT_STATUS_LABELS[record.status]}）`);
        if (outcome.reason === 'comment_required') throw AppException.invalid('comment', outcome.message);
        throw new AppException(ErrorCode.FORBIDDEN, outcome.message);
      }
      record.status = outcome.status;
      if (request.action === 'submit') record.reviewerId = null;
      if (request.action === 'approve' || request.action === 'return') {
        record.reviewerId = staff.id;
        record.reviewComment = request.comment?.trim() || null;
      }
      if (request.action === 'publish') {
        record.publisherId = staff.id;
        record.scheduledAt = scheduled ? publishAt : null;
        // 发布日期 is the first publication: a corrected and republished text keeps it.
        if (!scheduled) record.publishedAt ??= now;
      }
      if (request.action === 'withdraw') record.scheduledAt = null;
      record.updatedAt = now;
      await store.save(record, tx);
      if (record.status === 'published') await store.afterPublished(record, now, tx);
      await this.recordStep(tx, type, record.id, request.action, actor, request.comment ?? (scheduled ? `定时于 ${publishAt!.toISOString()} 发布` : null), now);
    });
    await this.index.refresh(type, [id]);
  }

  /** Publishes what was scheduled for now or earlier; run by the timer, and by staff from the console. */
  async publishDue(): Promise<{ published: number }> {
    const now = this.clock.now();
    let published = 0;
    // Policies first, so an interpretation scheduled for the same moment finds its policy public.
    for (const type of CONTENT_TYPES) {
      const store = this.stores.get(type);
      if (!store) continue;
      for (const id of await store.dueIds(now)) {
        const done = await this.repository.transaction(async (tx) => {
          const record = await store.findScheduled(id, tx);
          if (!record) return false;
          record.status = 'published';
          record.publishedAt ??= record.scheduledAt ?? now;
          record.updatedAt = now;
          await store.save(record, tx);
          await store.afterPublished(record, now, tx);
          await this.recordStep(tx, type, id, 'auto_published', SYSTEM_ACTOR, null, now);
          return true;
        });
        if (done) {
          published += 1;
          await this.index.refresh(type, [id]);
        }
      }
    }
    return { published };
  }

  async history(type: ContentType, ids: number[]): Promise<Map<number, ContentReviewEventView[]>> {
    const events = await this.repository.history(type, ids);
    // The audit keeps the account name; people read the display name ("李承办（综合科）").
    const names = await this.staffDirectory.displayNames(events.map((event) => event.actorId));
    const byId = new Map<number, ContentReviewEventView[]>();
    for (const event of events) {
      byId.set(event.contentId, [
        ...(byId.get(event.contentId) ?? []),
        { action: event.action as ContentReviewEventView['action'], actionLabel: EVENT_LABELS[event.action] ?? event.action, actorName: (event.actorId !== null && names.get(event.actorId)) || event.actorName, comment: event.comment, at: event.at.toISOString() },
      ]);
    }
    return byId;
  }

  /** Who drafted, reviewed and published a document, its status, the reviewer's comment and its history, for staff views. */
  async workflowOf(type: ContentType, record: ReviewableContent): Promise<ContentWorkflowView> {
    const [history, names] = await Promise.all([this.history(type, [record.id]), this.staffDirectory.displayNames([record.authorId, record.reviewerId, record.publisherId])]);
    return {
      status: record.status,
      statusLabel: CONTENT_STATUS_LABELS[record.status],
      authorId: record.authorId,
      authorName: names.get(record.authorId) ?? '—',
      reviewerName: record.reviewerId ? names.get(record.reviewerId) ?? null : null,
      publisherName: record.publisherId ? names.get(record.publisherId) ?? null : null,
      reviewComment: record.reviewComment,
      scheduledAt: record.scheduledAt?.toISOString() ?? null,
      history: history.get(record.id) ?? [],
    };
  }

  async recordStep(tx: Transaction, type: ContentType, id: number, action: string, actor: Actor, comment: string | null, at: Date): Promise<void> {
    await this.repository.appendStep({ contentType: type, contentId: id, action, actorId: actor.id, actorName: actor.name ?? '系统', comment: comment?.slice(0, 1000) ?? null, at }, tx);
    await this.audit.record(actor, { action: `${type}.${action}`, targetType: type, targetId: id, detail: comment ? `${EVENT_LABELS[action] ?? action}：${comment}` : EVENT_LABELS[action] }, tx);
  }

  private storeOf(type: ContentType): ReviewableContentStore {
    const store = this.stores.get(type);
    if (!store) throw new Error(`no store registered for ${type}`);
    return store;
  }
}
