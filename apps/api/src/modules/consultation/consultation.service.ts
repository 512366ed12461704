import { Injectable } from '@nestjs/common';
import {
  AdoptionReportView,
  COMMENT_DECISION_LABELS,
  CONSULTATION_COMMENT_STATUS_LABELS,
  ConsultationCommentView,
  ConsultationWindowRule,
  ConsultationSummary,
  ConsultationView,
  PublicMediaView,
  StaffCommentView,
  StaffConsultationSummary,
  StaffConsultationView,
  StaffRole,
} from '@govopen/contracts';
import {
  adoptionReportDueDate,
  CalendarYearMissingError,
  checkConsultationWindow,
  checkDecisionDate,
  chinaDateOf,
  consultationDays,
  consultationDaysLeft,
  consultationPhase,
  earliestConsultationEndDate,
  MIN_CONSULTATION_DAYS,
  publicationDateOf,
  publishedStartDate,
  requireConsultationWindow,
  splitDraftArticles,
  WorkingCalendar,
  workingDaysLeft,
} from '@govopen/domain';
import ExcelJS from 'exceljs';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { isUniqueViolation } from '../../common/unique-violation';
import { AuditService } from '../audit/audit.service';
import { CalendarService, withCalendar } from '../calendar/calendar.service';
import { MediaService } from '../media/media.service';
import { ContentScreeningService } from '../message/content-screening.service';
import { NotificationService } from '../notification/notification.service';
import { Consultation, ConsultationComment } from './consultation.entity';
import { ConsultationRepository } from './consultation.repository';
import { CreateConsultationCommentDto, DecideCommentDto, ModerateCommentDto, SaveConsultationDto } from './dto/consultation.dto';

const ATTACHED_TYPE = 'consultation';
/** The most comments one person leaves on one draft: enough for every article of a long regulation. */
const COMMENTS_PER_PERSON = 50;
/** msgSecCheck scene 2: 评论. */
const COMMENT_SCENE = 2;

@Injectable()
export class ConsultationService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: ConsultationRepository,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly media: MediaService,
    private readonly screening: ContentScreeningService,
  ) {
    this.media.registerPublicationCheck(ATTACHED_TYPE, async (ids) => {
      const visible = new Set<number>();
      for (const id of ids) if ((await this.repository.findById(id))?.published) visible.add(id);
      return visible;
    });
  }

  private today(): string {
    return chinaDateOf(this.clock.now());
  }

  private phaseOf(consultation: Consultation) {
    return consultationPhase(this.today(), consultation.startDate, consultation.endDate, consultation.adoptionPublishedAt !== null);
  }

  // ---- residents ----

  async list(): Promise<ConsultationSummary[]> {
    const agencyId = await this.agencyId();
    const consultations = (await this.repository.list(agencyId, true)).filter((item) => item.startDate <= this.today());
    const [counts, unitNames] = await Promise.all([this.repository.commentCounts(consultations.map((item) => item.id)), this.unitNames(agencyId)]);
    // Open ones first (ending soonest), then the finished ones, newest first.
    return consultations
      .map((item) => this.summary(item, counts.get(item.id)?.approved ?? 0, unitNames))
      .sort((a, b) => Number(b.phase === 'open') - Number(a.phase === 'open') || (a.phase === 'open' ? a.endDate.localeCompare(b.endDate) : b.endDate.localeCompare(a.endDate)));
  }

  async get(resident: ResidentPrincipal | null, id: number): Promise<ConsultationView> {
    const consultation = await this.repository.findById(id);
    if (!consultation || !consultation.published || consultation.startDate > this.today()) throw AppException.notFound('意见征集不存在');
    const [comments, unitNames, attachments] = await Promise.all([this.repository.comments(id), this.unitNames(consultation.agencyId), this.attachments(consultation, false)]);
    const mine = resident ? comments.filter((comment) => comment.residentId === resident.id) : [];
    const published = consultation.adoptionPublishedAt !== null;
    return {
      ...this.summary(consultation, comments.filter((comment) => comment.status === 'approved').length, unitNames),
      draft: consultation.draft,
      explanation: consultation.explanation,
      shortWindowReason: consultation.shortWindowReason,
      windowDays: consultationDays(consultation.startDate, consultation.endDate),
      articles: splitDraftArticles(consultation.draft),
      attachments,
      adoption: published ? adoptionReport(consultation, comments) : null,
      myComments: mine.map((comment) => commentView(comment, published)),
    };
  }

  async comment(resident: ResidentPrincipal, id: number, body: CreateConsultationCommentDto): Promise<ConsultationCommentView> {
    const repeated = await this.repository.findCommentByKey(resident.id, body.idempotencyKey);
    if (repeated) return commentView(repeated, false);
    const consultation = await this.repository.findById(id);
    if (!consultation || !consultation.published) throw AppException.notFound('意见征集不存在');
    const phase = this.phaseOf(consultation);
    if (phase === 'upcoming') throw new AppException(ErrorCode.CONFLICT, `意见征集将于 ${consultation.startDate} 开始`);
    if (phase !== 'open') throw new AppException(ErrorCode.CONFLICT, `意见征集已于 ${consultation.endDate} 截止，不再接收意见`);
    const articleNumber = body.articleNumber?.trim() || null;
    if (articleNumber && !splitDraftArticles(consultation.draft).some((article) => article.number === articleNumber)) {
      throw AppException.invalid('articleNumber', `草案中没有“${articleNumber}”`);
    }
    const text = body.body.trim();
    const verdict = await this.screening.screenText(resident.openid, { body: text }, COMMENT_SCENE);
    try {
      const saved = await this.repository.transaction(async (manager) => {
        const twin = await this.repository.findCommentByKey(resident.id, body.idempotencyKey, manager);
        if (twin) return twin;
        if ((await this.repository.commentsOf(id, resident.id)).length >= COMMENTS_PER_PERSON) {
          throw new AppException(ErrorCode.RATE_LIMITED, `每人对同一草案最多提交 ${COMMENTS_PER_PERSON} 条意见`);
        }
        return this.repository.saveComment(
          {
            consultationId: id,
            residentId: resident.id,
            idempotencyKey: body.idempotencyKey,
            articleNumber,
            body: text,
            // Comments are not shown one by one; a flagged one waits for a moderator before it counts.
            status: verdict.outcome === 'pass' ? 'approved' : 'pending',
            moderationNote: verdict.outcome === 'pass' ? null : verdict.note,
            decision: null,
            decisionReason: null,
            createdAt: this.clock.now(),
          },
          manager,
        );
      });
      return commentView(saved, false);
    } catch (error) {
      if (isUniqueViolation(error)) {
        const twin = await this.repository.findCommentByKey(resident.id, body.idempotencyKey);
        if (twin) return commentView(twin, false);
      }
      throw error;
    }
  }

  // ---- staff ----

  private assertEditor(staff: StaffPrincipal): void {
    if (!staff.roles.includes(StaffRole.OFFICE_HEAD) && !staff.roles.includes(StaffRole.HANDLER)) {
      throw new AppException(ErrorCode.FORBIDDEN, '仅公开办和各科室承办人可以管理意见征集');
    }
  }

  async staffList(staff: StaffPrincipal): Promise<StaffConsultationSummary[]> {
    this.assertEditor(staff);
    const consultations = (await this.repository.list(staff.agencyId, false)).filter((consultation) => canSee(staff, consultation));
    const [counts, unitNames, calendar] = await Promise.all([this.repository.commentCounts(consultations.map((item) => item.id)), this.unitNames(staff.agencyId), this.calendarService.getCalendar()]);
    return consultations.map((item) => this.staffSummary(item, counts.get(item.id) ?? { approved: 0, pending: 0 }, unitNames, calendar));
  }

  async staffGet(staff: StaffPrincipal, id: number): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    const consultation = await this.find(staff, id);
    const [comments, unitNames, calendar, attachments] = await Promise.all([
      this.repository.comments(id),
      this.unitNames(staff.agencyId),
      this.calendarService.getCalendar(),
      this.attachments(consultation, true),
    ]);
    const counts = { approved: comments.filter((comment) => comment.status === 'approved').length, pending: comments.filter((comment) => comment.status === 'pending').length };
    return {
      ...this.staffSummary(consultation, counts, unitNames, calendar),
      draft: consultation.draft,
      explanation: consultation.explanation,
      shortWindowReason: consultation.shortWindowReason,
      windowDays: consultationDays(consultation.startDate, consultation.endDate),
      articles: splitDraftArticles(consultation.draft),
      attachments,
      adoption: consultation.adoptionPublishedAt ? adoptionReport(consultation, comments) : null,
      adoptionSummaryDraft: consultation.adoptionSummary,
      comments: comments.map((comment): StaffCommentView => ({ ...commentView(comment, true), authorLabel: `居民 #${comment.residentId}`, moderationNote: comment.moderationNote })),
    };
  }

  /** What the editor shows while a window is chosen: the earliest last day for a draft to be published on `startDate`. */
  async windowRule(staff: StaffPrincipal, startDate: string): Promise<ConsultationWindowRule> {
    this.assertEditor(staff);
    const calendar = await this.calendarService.getCalendar();
    const publishedOn = publicationDateOf(startDate, this.today());
    const earliestEndDate = withCalendar(() => earliestConsultationEndDate(calendar, publishedOn));
    return { startDate, publishedOn, earliestEndDate, minimumDays: MIN_CONSULTATION_DAYS };
  }

  async create(staff: StaffPrincipal, body: SaveConsultationDto, actor: Actor): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    const short = await this.checkInput(staff, body);
    const id = await this.repository.transaction(async (manager) => {
      const now = this.clock.now();
      const saved = await this.repository.save(
        {
          agencyId: staff.agencyId,
          ...this.fields(staff, body, short),
          published: false,
          decisionDate: null,
          adoptionSummary: null,
          adoptionPublishedAt: null,
          createdBy: staff.id,
          createdAt: now,
          updatedAt: now,
        },
        manager,
      );
      await this.media.claim(manager, body.attachmentIds, { type: 'staff', id: staff.id }, ATTACHED_TYPE, saved.id, 'attachmentIds');
      await this.audit.record(actor, { action: 'consultation.create', targetType: 'consultation', targetId: saved.id, detail: saved.title }, manager);
      return saved.id;
    });
    return this.staffGet(staff, id);
  }

  async update(staff: StaffPrincipal, id: number, body: SaveConsultationDto, actor: Actor): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    const short = await this.checkInput(staff, body);
    await this.repository.transaction(async (manager) => {
      const consultation = assertVisible(staff, await this.repository.findForUpdate(id, manager));
      // Once residents can see it, the text they comment on must not change under them.
      if (consultation.published) throw new AppException(ErrorCode.CONFLICT, '已发布的意见征集不能修改');
      Object.assign(consultation, this.fields(staff, body, short), { updatedAt: this.clock.now() });
      await this.repository.save(consultation, manager);
      await this.media.claim(manager, body.attachmentIds, { type: 'staff', id: staff.id }, ATTACHED_TYPE, consultation.id, 'attachmentIds');
      await this.audit.record(actor, { action: 'consultation.update', targetType: 'consultation', targetId: id, detail: consultation.title }, manager);
    });
    return this.staffGet(staff, id);
  }

  async publish(staff: StaffPrincipal, id: number, actor: Actor): Promise<StaffConsultationView> {
    if (!staff.roles.includes(StaffRole.OFFICE_HEAD)) throw new AppException(ErrorCode.FORBIDDEN, '发布意见征集需公开办负责人');
    const calendar = await this.calendarService.getCalendar();
    await this.repository.transaction(async (manager) => {
      const consultation = assertVisible(staff, await this.repository.findForUpdate(id, manager));
      if (consultation.published) throw new AppException(ErrorCode.CONFLICT, '该意见征集已发布');
      const today = this.today();
      if (consultation.endDate < today) throw AppException.invalid('endDate', '截止日期已过，请修改征求期后再发布');
      // Published after its planned start, the draft opens today and its window is counted again from today
      // (713号 Art. 15): refused rather than silently shortened.
      const planned = consultation.startDate;
      consultation.startDate = withCalendar(() => publishedStartDate(calendar, consultation, today));
      consultation.published = true;
      consultation.updatedAt = this.clock.now();
      await this.repository.save(consultation, manager);
      const late = consultation.startDate !== planned ? `，计划 ${planned} 开始，实际 ${consultation.startDate} 发布` : '';
      await this.audit.record(actor, { action: 'consultation.publish', targetType: 'consultation', targetId: id, detail: `${consultation.title}（${consultation.startDate} 至 ${consultation.endDate}${late}）` }, manager);
    });
    return this.staffGet(staff, id);
  }

  /**
   * Records the day the decision was made (决策文件出台): the 采纳情况 is due 10 working days after it (seed 002).
   * A correction is allowed until the 采纳情况 is out; each is audited.
   */
  async recordDecision(staff: StaffPrincipal, id: number, decisionDate: string, actor: Actor): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    await this.repository.transaction(async (manager) => {
      const consultation = assertVisible(staff, await this.repository.findForUpdate(id, manager));
      if (!consultation.published) throw new AppException(ErrorCode.CONFLICT, '意见征集尚未发布，不能记录决策日期');
      if (consultation.adoptionPublishedAt) throw new AppException(ErrorCode.CONFLICT, '采纳情况已公布，决策日期不能再修改');
      const problem = checkDecisionDate(decisionDate, consultation.endDate, this.today());
      if (problem === 'before_window_closed') throw AppException.invalid('decisionDate', `决策日期 decisionDate 应在征求期结束（${consultation.endDate}）之后`);
      if (problem === 'in_future') throw AppException.invalid('decisionDate', '决策日期 decisionDate 不能晚于今天：请在作出决策后记录');
      const previous = consultation.decisionDate;
      consultation.decisionDate = decisionDate;
      consultation.updatedAt = this.clock.now();
      await this.repository.save(consultation, manager);
      await this.audit.record(
        actor,
        { action: 'consultation.record_decision', targetType: 'consultation', targetId: id, detail: previous ? `决策日期由 ${previous} 改为 ${decisionDate}` : `决策日期 ${decisionDate}` },
        manager,
      );
    });
    return this.staffGet(staff, id);
  }

  async moderateComment(staff: StaffPrincipal, id: number, commentId: number, body: ModerateCommentDto, actor: Actor): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    await this.find(staff, id);
    await this.repository.transaction(async (manager) => {
      const comment = await this.repository.findComment(id, commentId, manager);
      if (!comment) throw AppException.notFound('意见不存在');
      if (body.status === 'rejected' && !body.note?.trim()) throw AppException.invalid('note', '不予采用的意见请写明审核意见 note');
      comment.status = body.status;
      comment.moderationNote = body.note?.trim() || comment.moderationNote;
      await this.repository.saveComment(comment, manager);
      await this.audit.record(actor, { action: 'consultation.moderate_comment', targetType: 'consultation_comment', targetId: commentId, detail: `${body.status === 'approved' ? '通过' : '不通过'}${body.note ? `：${body.note}` : ''}` }, manager);
    });
    return this.staffGet(staff, id);
  }

  async decideComment(staff: StaffPrincipal, id: number, commentId: number, body: DecideCommentDto, actor: Actor): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    const consultation = await this.find(staff, id);
    if (this.phaseOf(consultation) !== 'closed') throw new AppException(ErrorCode.CONFLICT, '征求期结束后、公布采纳情况前才能填写采纳意见');
    if (body.decision !== 'adopted' && !body.reason?.trim()) throw AppException.invalid('reason', '未采纳或部分采纳的意见请写明理由 reason');
    await this.repository.transaction(async (manager) => {
      const comment = await this.repository.findComment(id, commentId, manager);
      if (!comment || comment.status !== 'approved') throw AppException.notFound('意见不存在或未通过审核');
      comment.decision = body.decision;
      comment.decisionReason = body.reason?.trim() || null;
      await this.repository.saveComment(comment, manager);
      await this.audit.record(actor, { action: 'consultation.decide_comment', targetType: 'consultation_comment', targetId: commentId, detail: body.decision }, manager);
    });
    return this.staffGet(staff, id);
  }

  async saveAdoption(staff: StaffPrincipal, id: number, summary: string, actor: Actor): Promise<StaffConsultationView> {
    this.assertEditor(staff);
    await this.repository.transaction(async (manager) => {
      const consultation = assertVisible(staff, await this.repository.findForUpdate(id, manager));
      if (consultation.adoptionPublishedAt) throw new AppException(ErrorCode.CONFLICT, '采纳情况已公布');
      consultation.adoptionSummary = summary.trim();
      consultation.updatedAt = this.clock.now();
      await this.repository.save(consultation, manager);
      await this.audit.record(actor, { action: 'consultation.save_adoption', targetType: 'consultation', targetId: id }, manager);
    });
    return this.staffGet(staff, id);
  }

  /** 采纳情况: every counted comment decided, nothing left to moderate, then published to the people who commented. */
  async publishAdoption(staff: StaffPrincipal, id: number, summary: string, actor: Actor): Promise<StaffConsultationView> {
    if (!staff.roles.includes(StaffRole.OFFICE_HEAD)) throw new AppException(ErrorCode.FORBIDDEN, '公布采纳情况需公开办负责人');
    await this.repository.transaction(async (manager) => {
      const consultation = assertVisible(staff, await this.repository.findForUpdate(id, manager));
      const phase = this.phaseOf(consultation);
      if (phase === 'concluded') throw new AppException(ErrorCode.CONFLICT, '采纳情况已公布');
      if (phase !== 'closed') throw new AppException(ErrorCode.CONFLICT, `征求期至 ${consultation.endDate} 结束，结束后才能公布采纳情况`);
      const comments = await this.repository.comments(id);
      const pending = comments.filter((comment) => comment.status === 'pending').length;
      if (pending) throw AppException.invalid('comments', `还有 ${pending} 条意见待审核`);
      const undecided = comments.filter((comment) => comment.status === 'approved' && !comment.decision).length;
      if (undecided) throw AppException.invalid('comments', `还有 ${undecided} 条意见未填写采纳情况`);
      const now = this.clock.now();
      consultation.adoptionSummary = summary.trim();
      consultation.adoptionPublishedAt = now;
      consultation.updatedAt = now;
      await this.repository.save(consultation, manager);
      await this.audit.record(actor, { action: 'consultation.publish_adoption', targetType: 'consultation', targetId: id, detail: `${consultation.title}：${comments.length} 条意见` }, manager);
      for (const residentId of new Set(comments.map((comment) => comment.residentId))) {
        await this.notifications.enqueue(manager, {
          agencyId: consultation.agencyId,
          recipientType: 'resident',
          recipientId: residentId,
          kind: 'consultation.adoption',
          subject: consultation.title,
          title: '意见征集采纳情况已公布',
          body: `您参与的“${consultation.title}”已公布意见采纳情况，感谢您的参与。`,
          link: `/packages/consultation/pages/detail/index?id=${id}`,
          idempotencyKey: `consultation-adoption:${id}:${residentId}`,
        });
      }
    });
    return this.staffGet(staff, id);
  }

  /** Every comment as a spreadsheet for the drafting unit's write-up; the export itself is audited. */
  async exportComments(staff: StaffPrincipal, id: number, actor: Actor): Promise<{ fileName: string; buffer: Buffer }> {
    this.assertEditor(staff);
    const consultation = await this.find(staff, id);
    const comments = await this.repository.comments(id);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'GovOpen';
    const sheet = workbook.addWorksheet('意见汇总');
    sheet.columns = [
      { header: '序号', key: 'index', width: 6 },
      { header: '针对条款', key: 'article', width: 12 },
      { header: '意见内容', key: 'body', width: 60 },
      { header: '提交时间', key: 'createdAt', width: 20 },
      { header: '审核状态', key: 'status', width: 10 },
      { header: '采纳情况', key: 'decision', width: 10 },
      { header: '理由', key: 'reason', width: 40 },
    ];
    comments.forEach((comment, index) => {
      sheet.addRow({
        index: index + 1,
        article: comment.articleNumber ?? '总体意见',
        body: comment.body,
        createdAt: comment.createdAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
        status: CONSULTATION_COMMENT_STATUS_LABELS[comment.status],
        decision: comment.decision ? COMMENT_DECISION_LABELS[comment.decision] : '',
        reason: comment.decisionReason ?? '',
      });
    });
    sheet.getRow(1).font = { bold: true };
    sheet.getColumn('body').alignment = { wrapText: true, vertical: 'top' };
    await this.audit.record(actor, { action: 'consultation.export_comments', targetType: 'consultation', targetId: id, detail: `导出 ${comments.length} 条意见` });
    return { fileName: `${consultation.title}-意见汇总.xlsx`, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }

  // ---- helpers ----

  /** Validates the input and applies 713号 Art. 15 to the window; answers whether the window is short (it keeps its reason). */
  private async checkInput(staff: StaffPrincipal, body: SaveConsultationDto): Promise<boolean> {
    if (checkConsultationWindow(body.startDate, body.endDate) === 'end_before_start') throw AppException.invalid('endDate', '截止日期 endDate 不能早于开始日期');
    // A unit's handler drafts for their own unit; only the office assigns a draft to another unit.
    if (!isOffice(staff) && (body.unitId ?? staff.unitId) !== staff.unitId) {
      throw new AppException(ErrorCode.FORBIDDEN, '只能为本科室起草意见征集，转交其他科室须由公开办负责人办理', 'unitId');
    }
    if (body.unitId !== undefined && !(await this.repository.units(staff.agencyId)).some((unit) => unit.id === body.unitId)) {
      throw AppException.invalid('unitId', '起草科室不存在');
    }
    const calendar = await this.calendarService.getCalendar();
    return withCalendar(() => requireConsultationWindow(calendar, body, this.today())).short;
  }

  private fields(staff: StaffPrincipal, body: SaveConsultationDto, short: boolean) {
    return {
      title: body.title.trim(),
      draft: body.draft.trim(),
      explanation: body.explanation.trim(),
      startDate: body.startDate,
      endDate: body.endDate,
      shortWindowReason: short ? body.shortWindowReason!.trim() : null,
      // A handler's draft belongs to their unit even when the form left the unit out.
      unitId: body.unitId ?? (isOffice(staff) ? null : staff.unitId),
    };
  }

  private async find(staff: StaffPrincipal, id: number): Promise<Consultation> {
    const consultation = await this.repository.findById(id);
    return assertVisible(staff, consultation);
  }

  private summary(consultation: Consultation, commentCount: number, unitNames: Map<number, string>): ConsultationSummary {
    return {
      id: consultation.id,
      title: consultation.title,
      unitName: consultation.unitId ? (unitNames.get(consultation.unitId) ?? null) : null,
      startDate: consultation.startDate,
      endDate: consultation.endDate,
      phase: this.phaseOf(consultation),
      daysLeft: consultationDaysLeft(this.today(), consultation.endDate),
      commentCount,
    };
  }

  private staffSummary(consultation: Consultation, counts: { approved: number; pending: number }, unitNames: Map<number, string>, calendar: WorkingCalendar): StaffConsultationSummary {
    const summary = this.summary(consultation, counts.approved, unitNames);
    let adoptionDueDate: string | null = null;
    let adoptionWorkingDaysLeft: number | null = null;
    // The 采纳情况 clock runs from the decision date (seed 002), once staff have recorded it.
    if (consultation.decisionDate) {
      try {
        adoptionDueDate = adoptionReportDueDate(calendar, consultation.decisionDate);
        if (summary.phase === 'closed') adoptionWorkingDaysLeft = workingDaysLeft(calendar, this.today(), adoptionDueDate);
      } catch (error) {
        if (!(error instanceof CalendarYearMissingError)) throw error;
      }
    }
    return {
      ...summary,
      unitId: consultation.unitId,
      published: consultation.published,
      pendingComments: counts.pending,
      decisionDate: consultation.decisionDate,
      adoptionDueDate,
      adoptionWorkingDaysLeft,
    };
  }

  private async attachments(consultation: Consultation, signed: boolean): Promise<PublicMediaView[]> {
    const files = await this.media.filesAttachedTo(ATTACHED_TYPE, [consultation.id]);
    return files.map((file) => this.media.publicView(file, signed));
  }

  private async unitNames(agencyId: number): Promise<Map<number, string>> {
    return new Map((await this.repository.units(agencyId)).map((unit) => [unit.id, unit.name]));
  }

  private async agencyId(): Promise<number> {
    const id = await this.repository.servingAgencyId();
    if (id === null) throw AppException.notFound('尚未配置本机关');
    return id;
  }
}

function commentView(comment: ConsultationComment, showDecision: boolean): ConsultationCommentView {
  return {
    id: comment.id,
    articleNumber: comment.articleNumber,
    body: comment.body,
    status: comment.status,
    createdAt: comment.createdAt.toISOString(),
    decision: showDecision ? comment.decision : null,
    decisionReason: showDecision ? comment.decisionReason : null,
  };
}

function adoptionReport(consultation: Consultation, comments: ConsultationComment[]): AdoptionReportView {
  const counted = comments.filter((comment) => comment.status === 'approved');
  const count = (decision: string) => counted.filter((comment) => comment.decision === decision).length;
  return {
    summary: consultation.adoptionSummary ?? '',
    publishedAt: consultation.adoptionPublishedAt!.toISOString(),
    received: counted.length,
    adopted: count('adopted'),
    partiallyAdopted: count('partially_adopted'),
    notAdopted: count('not_adopted'),
    items: counted
      .filter((comment) => comment.decision)
      .map((comment) => ({
        articleNumber: comment.articleNumber,
        excerpt: comment.body.length > 120 ? `${comment.body.slice(0, 120)}…` : comment.body,
        decision: comment.decision!,
        reason: comment.decisionReason,
      })),
  };
}

function isOffice(staff: StaffPrincipal): boolean {
  return staff.roles.includes(StaffRole.OFFICE_HEAD);
}

/** The office sees every consultation of its agency; a unit's handlers see the ones their unit drafts. */
function canSee(staff: StaffPrincipal, consultation: Consultation): boolean {
  return consultation.agencyId === staff.agencyId && (isOffice(staff) || (consultation.unitId !== null && consultation.unitId === staff.unitId));
}

/** Another agency's or another unit's consultation answers exactly like one that does not exist. */
function assertVisible(staff: StaffPrincipal, consultation: Consultation | null): Consultation {
  if (!consultation || !canSee(staff, consultation)) throw AppException.notFound('意见征集不存在');
  return consultation;
}
