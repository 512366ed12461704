import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONTENT_STATUS_LABELS, ComplianceReport, ContentReviewEventView, ContentWorkflowView, REVIEW_ACTION_LABELS } from '@govopen/contracts';
import { chinaDateOf, findLateInterpretations, measureInterpretationShares, reviewContent } from '@govopen/domain';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { BackgroundTimer } from '../../common/background-timer';
import { Actor, StaffPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogNode } from '../catalog/catalog-node.entity';
import { CatalogService } from '../catalog/catalog.service';
import { Interpretation } from '../interpretation/interpretation.entity';
import { staffDisplayNames } from '../organization/staff-names';
import { PolicyDocument } from '../policy/policy-document.entity';
import { SearchService } from '../search/search.service';
import { ContentReviewEvent } from './content-review-event.entity';
import { ReviewContentDto } from './dto/review-content.dto';

export type ContentType = 'policy' | 'interpretation';
type Content = PolicyDocument | Interpretation;

const ENTITY = { policy: PolicyDocument, interpretation: Interpretation } as const;
const NOUN: Record<ContentType, string> = { policy: '政策文件', interpretation: '政策解读' };
const EVENT_LABELS: Record<string, string> = { ...REVIEW_ACTION_LABELS, created: '起草', edited: '修改', auto_published: '定时发布' };

/** The workflow columns of a new document: a draft of its author, reviewed and published by nobody yet. */
export function newDraft(agencyId: number, authorId: number, now: Date) {
  return {
    agencyId,
    status: 'draft' as const,
    authorId,
    reviewerId: null,
    publisherId: null,
    reviewComment: null,
    scheduledAt: null,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * 保密审查 and publication of policies and interpretations: every step checked by the domain's workflow, written
 * with its history row and audit record in one transaction, then reflected in the search index.
 */
@Injectable()
export class PublishingService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Publishing');
  private readonly timer = new BackgroundTimer(this.logger, 'scheduled publishing');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly search: SearchService,
    private readonly calendar: CalendarService,
    private readonly catalog: CatalogService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer.start(Math.min(this.config.reminderIntervalMs, 60_000), () => this.publishDue());
  }

  onModuleDestroy(): void {
    this.timer.stop();
  }

  async review(type: ContentType, id: number, staff: StaffPrincipal, request: ReviewContentDto, actor: Actor): Promise<void> {
    const now = this.clock.now();
    const publishAt = request.publishAt ? new Date(request.publishAt) : null;
    const scheduled = request.action === 'publish' && publishAt !== null && publishAt.getTime() > now.getTime();
    await this.dataSource.transaction(async (manager) => {
      const record = await manager.getRepository<Content>(ENTITY[type]).findOneBy({ id, agencyId: staff.agencyId });
      if (!record) throw AppException.notFound(`${NOUN[type]}不存在`);
      if (request.action === 'submit') await this.checkComplete(type, record, manager);
      if (request.action === 'publish' && type === 'interpretation') await this.checkPolicyPublished(record as Interpretation, scheduled ? publishAt : now, manager);
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
      await manager.save(record);
      if (record.status === 'published' && type === 'policy') await this.touchCatalogNode(record as PolicyDocument, now, manager);
      await this.recordStep(manager, type, record.id, request.action, actor, request.comment ?? (scheduled ? `定时于 ${publishAt!.toISOString()} 发布` : null), now);
    });
    await this.search.refresh(type, [id]);
  }

  /** Publishes what was scheduled for now or earlier; run by the timer, and by staff from the console. */
  async publishDue(): Promise<{ published: number }> {
    const now = this.clock.now();
    let published = 0;
    // Policies first, so an interpretation scheduled for the same moment finds its policy public.
    for (const type of ['policy', 'interpretation'] as const) {
      const due = await this.dataSource.getRepository<Content>(ENTITY[type]).find({ where: { status: 'scheduled', scheduledAt: LessThanOrEqual(now) }, select: { id: true } });
      for (const { id } of due) {
        const done = await this.dataSource.transaction(async (manager) => {
          const record = await manager.getRepository<Content>(ENTITY[type]).findOneBy({ id, status: 'scheduled' });
          if (!record) return false;
          record.status = 'published';
          record.publishedAt ??= record.scheduledAt ?? now;
          record.updatedAt = now;
          await manager.save(record);
          if (type === 'policy') await this.touchCatalogNode(record as PolicyDocument, now, manager);
          await this.recordStep(manager, type, id, 'auto_published', SYSTEM_ACTOR, null, now);
          return true;
        });
        if (done) {
          published += 1;
          await this.search.refresh(type, [id]);
        }
      }
    }
    return { published };
  }

  async history(type: ContentType, ids: number[]): Promise<Map<number, ContentReviewEventView[]>> {
    const events = ids.length ? await this.dataSource.getRepository(ContentReviewEvent).find({ where: { contentType: type, contentId: In(ids) }, order: { id: 'ASC' } }) : [];
    // The audit keeps the account name; people read the display name ("李承办（综合科）").
    const names = await staffDisplayNames(this.dataSource.manager, events.map((event) => event.actorId));
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
  async workflowOf(type: ContentType, record: Content): Promise<ContentWorkflowView> {
    const [history, names] = await Promise.all([this.history(type, [record.id]), staffDisplayNames(this.dataSource.manager, [record.authorId, record.reviewerId, record.publisherId])]);
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

  async recordStep(manager: EntityManager, type: ContentType, id: number, action: string, actor: Actor, comment: string | null, at: Date): Promise<void> {
    await manager.getRepository(ContentReviewEvent).insert({ contentType: type, contentId: id, action, actorId: actor.id, actorName: actor.name ?? '系统', comment: comment?.slice(0, 1000) ?? null, at });
    await this.audit.record(actor, { action: `${type}.${action}`, targetType: type, targetId: id, detail: comment ? `${EVENT_LABELS[action] ?? action}：${comment}` : EVENT_LABELS[action] }, manager);
  }

  /** The seeds' rules, measured: late interpretations, the year's mix of forms, catalog nodes late against their rule. */
  async compliance(staff: StaffPrincipal): Promise<ComplianceReport> {
    const today = chinaDateOf(this.clock.now());
    const year = Number(today.slice(0, 4));
    const [policies, interpretations, calendar, catalog] = await Promise.all([
      this.dataSource.getRepository(PolicyDocument).find({ where: { agencyId: staff.agencyId, status: 'published' }, select: { id: true, title: true, publishedAt: true, needsInterpretation: true } }),
      this.dataSource.getRepository(Interpretation).find({ where: { agencyId: staff.agencyId, status: 'published' }, select: { id: true, policyId: true, form: true, publishedAt: true } }),
      this.calendar.getCalendar(),
      this.catalog.staffTree(staff),
    ]);
    const late = findLateInterpretations(
      policies
        .filter((policy) => policy.publishedAt && chinaDateOf(policy.publishedAt).startsWith(String(year)))
        .map((policy) => ({
          id: policy.id,
          title: policy.title,
          publishedDate: chinaDateOf(policy.publishedAt!),
          needsInterpretation: policy.needsInterpretation,
          interpretationDates: interpretations.filter((item) => item.policyId === policy.id && item.publishedAt).map((item) => chinaDateOf(item.publishedAt!)),
        })),
      today,
      calendar,
    );
    const shares = measureInterpretationShares(interpretations.filter((item) => item.publishedAt && chinaDateOf(item.publishedAt).startsWith(String(year))).map((item) => item.form));
    const lateNodes: { id: number; name: string }[] = [];
    const walk = (nodes: typeof catalog) => {
      for (const node of nodes) {
        if (node.timeliness === 'late') lateNodes.push({ id: node.id, name: node.name });
        walk(node.children);
      }
    };
    walk(catalog);
    const percent = (part: number) => (shares.total ? `${Math.round((part / shares.total) * 100)}%` : '—');
    return {
      year,
      interpretations: shares.total,
      chartAudioVideo: shares.chartAudioVideo,
      videoAnimation: shares.videoAnimation,
      flags: [
        {
          kind: 'missing_interpretation',
          severity: late.length ? 'violation' : 'ok',
          title: '政策文件发布后 3 个工作日内应同步解读',
          detail: late.length ? `${late.length} 件政策文件的解读超期或缺失` : '本年度已发布的政策文件均已按时解读',
          targets: late.map((item) => ({ type: 'policy' as const, id: item.id, name: `${item.title}（应于 ${item.dueDate} 前解读）` })),
        },
        {
          kind: 'chart_audio_video_share',
          severity: shares.chartAudioVideoMet ? 'ok' : 'warning',
          title: '图表、音视频解读不少于 1/5',
          detail: `本年度 ${shares.total} 篇解读中图表、音视频 ${shares.chartAudioVideo} 篇（${percent(shares.chartAudioVideo)}）`,
          targets: [],
        },
        {
          kind: 'video_share',
          severity: shares.videoAnimationMet ? 'ok' : 'warning',
          title: '视频、动漫解读占比不低于 30%',
          detail: `本年度视频、动漫解读 ${shares.videoAnimation} 篇（${percent(shares.videoAnimation)}）`,
          targets: [],
        },
        {
          kind: 'catalog_late',
          severity: lateNodes.length ? 'violation' : 'ok',
          title: '主动公开目录按更新时限维护',
          detail: lateNodes.length ? `${lateNodes.length} 个目录栏目超过更新时限` : '目录栏目均在更新时限内',
          targets: lateNodes.map((node) => ({ type: 'catalog_node' as const, id: node.id, name: node.name })),
        },
      ],
    };
  }

  /** Publishing a document under a catalog node is that node's update: it is on time again until its next event. */
  private async touchCatalogNode(policy: PolicyDocument, now: Date, manager: EntityManager): Promise<void> {
    if (policy.catalogNodeId === null) return;
    await manager.getRepository(CatalogNode).update({ id: policy.catalogNodeId }, { lastPublishedDate: chinaDateOf(now), pendingEventDate: null, updatedAt: now });
  }

  /** A reviewer should get something whole: a video without captions or poster, an audio without transcript, go back. */
  private async checkComplete(type: ContentType, record: Content, manager: EntityManager): Promise<void> {
    if (type === 'policy') {
      if (!(record as PolicyDocument).bodyHtml.trim()) throw AppException.invalid('bodyHtml', '正文为空，不能提交审查');
      return;
    }
    const item = record as Interpretation;
    const policy = await manager.getRepository(PolicyDocument).findOneBy({ id: item.policyId });
    if (!policy || policy.status === 'withdrawn') throw AppException.invalid('policyId', '所解读的政策文件不存在或已撤回');
    if (item.form === 'video' && !item.mediaId) throw AppException.invalid('mediaId', '视频解读须上传视频文件');
    if (item.form === 'video' && !item.captionsId) throw AppException.invalid('captionsId', '视频解读须上传字幕（WebVTT）');
    if (item.form === 'video' && !item.posterId) throw AppException.invalid('posterId', '视频解读须上传封面图');
    if (item.form === 'animation' && !item.mediaId && !item.imageIds.length) throw AppException.invalid('mediaId', '动漫解读须上传动画视频或图片序列');
    if (item.form === 'audio' && !item.mediaId) throw AppException.invalid('mediaId', '音频解读须上传音频文件');
    if (item.form === 'audio' && !item.transcript?.trim()) throw AppException.invalid('transcript', '音频解读须附文字稿');
    if (item.form === 'graphic' && !item.imageIds.length) throw AppException.invalid('imageIds', '图文解读须上传图片（如“一图读懂”）');
    if (['text', 'expert', 'media', 'leader', 'meeting', 'press'].includes(item.form) && !item.bodyHtml.trim() && !item.mediaId) throw AppException.invalid('bodyHtml', '解读正文为空，不能提交审查');
  }

  /** An interpretation appears with or after its policy, never before it. */
  private async checkPolicyPublished(item: Interpretation, at: Date, manager: EntityManager): Promise<void> {
    const policy = await manager.getRepository(PolicyDocument).findOneBy({ id: item.policyId });
    const policyAt = policy?.status === 'published' ? policy.publishedAt : policy?.status === 'scheduled' ? policy.scheduledAt : null;
    if (!policy || !policyAt) throw new AppException(ErrorCode.CONFLICT, '所解读的政策文件尚未发布，解读不能先于文件发布');
    if (policyAt.getTime() > at.getTime()) throw AppException.invalid('publishAt', `所解读的政策文件定于 ${policyAt.toISOString()} 发布，解读不能早于文件`);
  }
}
