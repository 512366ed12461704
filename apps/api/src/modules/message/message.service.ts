import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import {
  MESSAGE_ACTION_LABELS,
  MESSAGE_BOARD_LABELS,
  MessageBoard,
  MessageBoardSetting as BoardSettingView,
  MessageEscalation,
  MessageEscalationCounts,
  MessageInboxQuery,
  MessageMonthStats,
  MessageReplyTemplate as TemplateView,
  MessageSettings,
  MessageView,
  Page,
  PublicMediaView,
  PublicMessageView,
  StaffMessageActionType,
  StaffMessageSummary,
  StaffMessageView,
  StaffRole,
} from '@govopen/contracts';
import {
  CalendarYearMissingError,
  chinaDateOf,
  DEFAULT_REPLY_WORKING_DAYS,
  escalationOf,
  handleMessage,
  maskPhone,
  messageDueDate,
  MessageRefusal,
  MessageWorkflowState,
  suggestMessageUnit,
  summarizeMessageMonth,
  WorkingCalendar,
  workingDaysLeft,
} from '@govopen/domain';
import { Transaction } from '../../database/unit-of-work/transaction';
import { Actor, ResidentPrincipal, StaffPrincipal, SYSTEM_ACTOR } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { isUniqueViolation } from '../../common/unique-violation';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { MediaService } from '../media/media.service';
import { NotificationService } from '../notification/notification.service';
import { ContentScreeningService } from './content-screening.service';
import { CreateMessageDto, RateMessageDto } from './dto/create-message.dto';
import { PerformMessageActionDto, SaveMessageSettingsDto } from './dto/staff-message.dto';
import { Message, MessageBoardSetting } from './message.entity';
import { toEventView, toPublicView, toWriterView } from './message.mapper';
import { MessageRepository } from './message.repository';

/** media_file.attached_type of a message's images. */
export const MESSAGE_ATTACHED_TYPE = 'message';
const NO_DUE_DATE = '9999-12-31';
const ROUTING_SAMPLES = 500;
/** msgSecCheck scene 3: 论坛 (a public board). */
const BOARD_SCENE = 3;
const SETTINGS_TTL_MS = 60_000;

/** Workflow refusals; a broken rule of the boards arrives as a LegalRefusal and leaves as a 409 naming its basis. */
const REFUSALS: Record<MessageRefusal, { code: ErrorCode; field?: string; message: string }> = {
  wrong_status: { code: ErrorCode.CONFLICT, message: '留言当前状态不能进行此操作，请刷新后再试' },
  not_your_unit: { code: ErrorCode.FORBIDDEN, message: '该留言不由您所在的科室办理，无权操作' },
  dispatcher_only: { code: ErrorCode.FORBIDDEN, message: '此操作仅限公开办（分办人）' },
  reason_required: { code: ErrorCode.VALIDATION_FAILED, field: 'reason', message: '请填写理由 reason' },
  unit_required: { code: ErrorCode.VALIDATION_FAILED, field: 'unitId', message: '请选择办理科室 unitId' },
  same_unit: { code: ErrorCode.VALIDATION_FAILED, field: 'unitId', message: '不能转办给本科室' },
  days_required: { code: ErrorCode.VALIDATION_FAILED, field: 'days', message: '请填写延期工作日数 days（正整数）' },
};

@Injectable()
export class MessageService implements OnModuleInit {
  private boardCache: { settings: Map<MessageBoard, MessageBoardSetting>; loadedAt: number } | null = null;
  private servingAgency: number | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: MessageRepository,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly media: MediaService,
    private readonly screening: ContentScreeningService,
  ) {
    this.media.registerPublicationCheck(MESSAGE_ATTACHED_TYPE, async (ids) => {
      const visible = new Set<number>();
      for (const id of ids) {
        const message = await this.repository.findById(id);
        if (message?.published) visible.add(id);
      }
      return visible;
    });
  }

  onModuleInit(): void {
    // A changed calendar moves the due date of every message whose clock runs, in the same transaction as the change
    // (DOMAIN §1); a message received while the year was missing gets its due date now.
    this.calendarService.onCalendarChanged(async (calendar, manager) => {
      for (const message of await this.repository.runningClocks(manager)) {
        const before = message.dueDate;
        this.setDueDate(message, calendar);
        if (message.dueDate !== before) await this.repository.saveDueDate(message, manager);
      }
    });
  }

  private today(): string {
    return chinaDateOf(this.clock.now());
  }

  async boards(): Promise<BoardSettingView[]> {
    const settings = await this.settingsByBoard();
    return [...settings.values()].map((setting) => ({
      board: setting.board,
      name: MESSAGE_BOARD_LABELS[setting.board],
      replyWorkingDays: setting.replyWorkingDays,
      remindWorkingDays: setting.remindWorkingDays,
    }));
  }

  // ---- residents ----

  async create(resident: ResidentPrincipal, body: CreateMessageDto): Promise<MessageView> {
    const repeated = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey);
    if (repeated) return this.writerView(repeated);
    const title = body.title.trim();
    const text = body.body.trim();
    // WeChat is asked before the transaction: a slow answer must not hold row locks.
    const verdict = await this.screening.screenText(resident.openid, { title, body: text }, BOARD_SCENE);
    const needsImageCheck = Boolean(body.imageIds?.length) && this.screening.wechatApplies(resident.openid);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.settingsByBoard();
    let message: Message;
    try {
      message = await this.repository.transaction(async (manager) => {
        await this.repository.lockResident(resident.id, manager);
        const twin = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey, manager);
        if (twin) return twin;
        const now = this.clock.now();
        const posted = await this.repository.countPostedSince(resident.id, new Date(now.getTime() - 3_600_000), manager);
        if (posted >= this.config.messagePostsPerHour) {
          throw new AppException(ErrorCode.RATE_LIMITED, `留言过于频繁：每小时最多提交 ${this.config.messagePostsPerHour} 条，请稍后再试`);
        }
        const phone = body.phone?.trim().replace(/[\s-]/g, '') || null;
        const held = verdict.outcome !== 'pass' || needsImageCheck;
        const message = Object.assign(new Message(), {
            agencyId: await this.agencyId(manager),
            board: body.board,
            residentId: resident.id,
            idempotencyKey: body.idempotencyKey,
            title,
            body: text,
            category: body.category?.trim() || null,
            contactName: body.contactName?.trim() || null,
            phoneEnc: this.cipher.encryptOptional(phone),
            phoneMasked: phone ? maskPhone(phone) : null,
            writerPublic: body.public,
            published: false,
            status: held ? 'held' : 'dispatching',
            moderation: verdict.outcome === 'flagged' ? 'flagged' : verdict.outcome === 'unavailable' ? 'check_unavailable' : needsImageCheck ? 'pending_media_check' : 'passed',
            moderationNote: verdict.outcome === 'pass' ? null : verdict.note,
            unitId: null,
            handlerId: null,
            receivedDate: null,
            replyWorkingDays: null,
            dueDate: null,
            sortDueDate: NO_DUE_DATE,
            extendedDays: 0,
            urgeCount: 0,
            replyBody: null,
            replyUnitId: null,
            repliedDate: null,
            repliedAt: null,
            rating: null,
            ratingComment: null,
            ratedAt: null,
            invalidReason: null,
            submittedAt: now,
            updatedAt: now,
            version: 1,
        });
        if (!held) this.accept(message, calendar, settings);
        const inserted = await this.repository.insert(message, manager);
        if (body.imageIds?.length) await this.media.claim(manager, body.imageIds, { type: 'resident', id: resident.id }, MESSAGE_ATTACHED_TYPE, inserted.id, 'imageIds');
        await this.event(inserted, 'submitted', residentActor(resident), null, manager);
        if (held) await this.event(inserted, 'held', SYSTEM_ACTOR, verdict.outcome === 'pass' ? '图片待微信内容安全检测' : verdict.note, manager);
        return inserted;
      });
    } catch (error) {
      // The same key submitted twice at once: the unique index let one in; answer with that one.
      if (isUniqueViolation(error)) {
        const twin = await this.repository.findByIdempotencyKey(resident.id, body.idempotencyKey);
        if (twin) return this.writerView(twin);
      }
      throw error;
    }
    if (needsImageCheck && message.moderation === 'pending_media_check' && message.version === 1) await this.startImageChecks(resident, message);
    return this.writerView(message, Boolean(body.imageIds?.length));
  }

  private async startImageChecks(resident: ResidentPrincipal, message: Message): Promise<void> {
    const files = (await this.media.filesAttachedTo(MESSAGE_ATTACHED_TYPE, [message.id])).filter((file) => file.attachedId === message.id);
    const base = this.config.publicBaseUrl;
    const traces = base
      ? await this.screening.requestImageChecks(resident.openid, files.map((file) => ({ id: file.id, url: `${base}${this.media.publicView(file, true).url}` })), BOARD_SCENE)
      : null;
    await this.repository.transaction(async (manager) => {
      const current = await this.repository.findForUpdate(message.id, manager);
      if (!current) return;
      if (!traces) {
        current.moderation = 'check_unavailable';
        current.moderationNote = '图片无法提交微信内容安全检测，待人工审核';
        current.updatedAt = this.clock.now();
        await this.repository.save(current, manager);
        return;
      }
      const now = this.clock.now();
      await this.repository.insertContentChecks(
        traces.map(({ traceId, mediaId }) => ({ traceId, targetType: 'message', targetId: message.id, mediaId, result: null, createdAt: now })),
        manager,
      );
    });
  }

  /** A mediaCheckAsync verdict from WeChat's message push. Unknown trace ids are ignored (not ours or already gone). */
  async recordImageVerdict(traceId: string, suggest: 'pass' | 'review' | 'risky', label: number): Promise<void> {
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.settingsByBoard();
    await this.repository.transaction(async (manager) => {
      const check = await this.repository.findContentCheck(traceId, manager);
      if (!check || check.result) return;
      check.result = suggest;
      await this.repository.saveContentCheck(check, manager);
      const message = await this.repository.findForUpdate(check.targetId, manager);
      if (!message || message.status !== 'held' || message.moderation !== 'pending_media_check') return;
      const checks = await this.repository.contentChecksOf('message', message.id, manager);
      if (suggest !== 'pass') {
        message.moderation = 'flagged';
        message.moderationNote = `微信内容安全检测：图片${suggest === 'risky' ? '有风险' : '需人工复核'}（标签 ${label}）`;
        message.updatedAt = this.clock.now();
        await this.repository.save(message, manager);
        return;
      }
      if (checks.some((row) => row.result === null)) return;
      await this.event(message, 'media_checked', SYSTEM_ACTOR, '图片检测通过', manager);
      message.moderation = 'passed';
      this.accept(message, calendar, settings);
      await this.repository.save(message, manager);
    });
  }

  /**
   * 受理: the message passed its checks; the reply clock starts today under the board's limit of today, which the
   * message keeps whatever the board's setting becomes later (DOMAIN §5).
   */
  private accept(message: Message, calendar: WorkingCalendar, settings: Map<MessageBoard, MessageBoardSetting>): void {
    const today = this.today();
    message.status = 'dispatching';
    message.receivedDate = today;
    message.replyWorkingDays = boardLimit(message.board, settings);
    this.setDueDate(message, calendar);
    message.updatedAt = this.clock.now();
  }

  private setDueDate(message: Message, calendar: WorkingCalendar): void {
    if (!message.receivedDate || message.replyWorkingDays === null) return;
    try {
      message.dueDate = messageDueDate(calendar, message.receivedDate, message.replyWorkingDays, message.extendedDays);
    } catch (error) {
      // Next year's calendar not entered yet: no date rather than a wrong one (the dashboard warns about the year).
      if (!(error instanceof CalendarYearMissingError)) throw error;
      message.dueDate = null;
    }
    message.sortDueDate = message.dueDate ?? NO_DUE_DATE;
  }

  async mine(resident: ResidentPrincipal): Promise<MessageView[]> {
    const messages = await this.repository.mine(resident.id);
    const [unitNames, images] = await Promise.all([this.unitNames(messages[0]?.agencyId), this.images(messages, true)]);
    return messages.map((message) => toWriterView(message, unitNames, images.get(message.id) ?? []));
  }

  /** The writer sees their own message in any state; anyone sees a published one, without the writer's details. */
  async getForReader(resident: ResidentPrincipal | null, id: number): Promise<MessageView | PublicMessageView> {
    const message = await this.repository.findById(id);
    if (message && resident && message.residentId === resident.id) return this.writerView(message);
    if (!message || !message.published || message.status !== 'answered') throw AppException.notFound('留言不存在或未公开');
    const [unitNames, images] = await Promise.all([this.unitNames(message.agencyId), this.images([message], false)]);
    return toPublicView(message, unitNames.get(message.replyUnitId!) ?? '', images.get(message.id) ?? []);
  }

  async publicList(board: MessageBoard | undefined, q: string | undefined, page = 1, pageSize = 20): Promise<Page<PublicMessageView>> {
    const agencyId = await this.agencyId();
    const [messages, total] = await this.repository.publicPage(agencyId, board, q?.trim() || undefined, (page - 1) * pageSize, pageSize);
    const [unitNames, images] = await Promise.all([this.unitNames(agencyId), this.images(messages, false)]);
    return {
      items: messages.map((message) => toPublicView(message, unitNames.get(message.replyUnitId!) ?? '', images.get(message.id) ?? [])),
      total,
      page,
      pageSize,
    };
  }

  async rate(resident: ResidentPrincipal, id: number, body: RateMessageDto): Promise<MessageView> {
    const message = await this.repository.transaction(async (manager) => {
      const found = await this.repository.findForUpdate(id, manager);
      if (!found || found.residentId !== resident.id) throw AppException.notFound('留言不存在');
      if (found.status !== 'answered') throw new AppException(ErrorCode.CONFLICT, '留言答复后才能评价');
      if (found.rating) throw new AppException(ErrorCode.CONFLICT, '您已评价过这条留言的答复');
      const comment = body.comment?.trim() || null;
      if (comment) {
        const words = await this.screening.findSensitiveWords(comment);
        if (words.length) throw AppException.invalid('comment', '评价意见含有不宜发布的内容，请修改后再提交');
      }
      found.rating = body.rating;
      found.ratingComment = comment;
      found.ratedAt = this.clock.now();
      found.updatedAt = found.ratedAt;
      await this.repository.save(found, manager);
      await this.event(found, 'rated', residentActor(resident), null, manager);
      if (body.rating === 'dissatisfied' && found.unitId) {
        for (const staffId of await this.repository.dispatchers(found.agencyId, manager)) {
          await this.notifications.enqueue(manager, {
            agencyId: found.agencyId,
            recipientType: 'staff',
            recipientId: staffId,
            kind: 'message.dissatisfied',
            title: '留言答复被评为不满意',
            body: `“${found.title}”的答复被留言人评为不满意${comment ? `：${comment}` : ''}。`,
            link: `/messages/${found.id}`,
            idempotencyKey: `message-dissatisfied:${found.id}:${staffId}`,
          });
        }
      }
      return found;
    });
    return this.writerView(message);
  }

  async stats(month: string): Promise<MessageMonthStats> {
    const agencyId = await this.agencyId();
    const rows = await this.repository.statsRows(agencyId, `${month}-01`, `${month}-31`);
    return summarizeMessageMonth(
      rows.map((row) => ({ board: row.board, receivedDate: row.receivedDate, repliedDate: row.repliedDate, dueDate: row.dueDate, invalid: row.status === 'invalid', rating: row.rating })),
      month,
    );
  }

  // ---- staff ----

  private isDispatcher(staff: StaffPrincipal): boolean {
    return staff.roles.includes(StaffRole.OFFICE_HEAD);
  }

  private assertCaseWorker(staff: StaffPrincipal): void {
    if (!this.isDispatcher(staff) && !staff.roles.includes(StaffRole.HANDLER)) throw new AppException(ErrorCode.FORBIDDEN, '仅公开办和各科室承办人可以办理留言');
  }

  async inbox(staff: StaffPrincipal, query: MessageInboxQuery): Promise<Page<StaffMessageSummary>> {
    this.assertCaseWorker(staff);
    const dispatcher = this.isDispatcher(staff);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const queue = query.queue ?? (dispatcher ? 'all' : 'open');
    if (!dispatcher && (queue === 'moderation' || queue === 'dispatching')) throw new AppException(ErrorCode.FORBIDDEN, '审核和分办队列仅限公开办');
    const statuses = {
      moderation: ['held'],
      dispatching: ['dispatching'],
      open: ['assigned', 'in_progress'],
      answered: ['answered'],
      invalid: ['invalid'],
      all: undefined,
    }[queue] as Message['status'][] | undefined;
    // A unit's staff see only their unit's messages.
    const unitId = dispatcher ? query.unitId : (staff.unitId ?? -1);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.settingsByBoard();
    let messages: Message[];
    let total: number;
    if (query.escalation) {
      const open = (await this.repository.openWithClock(staff.agencyId)).filter(
        (message) => (unitId === undefined || message.unitId === unitId) && (!query.board || message.board === query.board),
      );
      const matching = open.filter((message) => this.escalation(message, calendar, settings) === query.escalation);
      total = matching.length;
      messages = matching.slice((page - 1) * pageSize, page * pageSize);
    } else {
      [messages, total] = await this.repository.inbox({ agencyId: staff.agencyId, statuses, board: query.board, unitId, q: query.q?.trim() || undefined, skip: (page - 1) * pageSize, take: pageSize });
    }
    const unitNames = await this.unitNames(staff.agencyId);
    const handlerNames = await this.staffNames(messages.map((message) => message.handlerId));
    return { items: messages.map((message) => this.summary(message, unitNames, handlerNames, calendar, settings)), total, page, pageSize };
  }

  private summary(
    message: Message,
    unitNames: Map<number, string>,
    handlerNames: Map<number, string>,
    calendar: WorkingCalendar,
    settings: Map<MessageBoard, MessageBoardSetting>,
  ): StaffMessageSummary {
    const running = message.status === 'assigned' || message.status === 'in_progress' || message.status === 'dispatching';
    let left: number | null = null;
    if (running && message.dueDate) {
      try {
        left = workingDaysLeft(calendar, this.today(), message.dueDate);
      } catch (error) {
        if (!(error instanceof CalendarYearMissingError)) throw error;
      }
    }
    return {
      id: message.id,
      board: message.board,
      title: message.title,
      status: message.status,
      moderation: message.moderation,
      unitId: message.unitId,
      unitName: message.unitId ? (unitNames.get(message.unitId) ?? null) : null,
      handlerName: message.handlerId ? (handlerNames.get(message.handlerId) ?? null) : null,
      submittedAt: message.submittedAt.toISOString(),
      receivedDate: message.receivedDate,
      dueDate: message.dueDate,
      workingDaysLeft: left,
      escalation: running ? this.escalation(message, calendar, settings) : null,
      urgeCount: message.urgeCount,
      public: message.writerPublic,
      published: message.published,
    };
  }

  /** Null before 受理, and while neither a due date nor the month alarms can say anything. */
  escalation(message: Message, calendar: WorkingCalendar, settings: Map<MessageBoard, MessageBoardSetting>): MessageEscalation | null {
    if (!message.receivedDate) return null;
    try {
      return escalationOf(calendar, { receivedDate: message.receivedDate, dueDate: message.dueDate }, this.today(), settings.get(message.board)?.remindWorkingDays ?? 1);
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null;
      throw error;
    }
  }

  private async findForStaff(staff: StaffPrincipal, id: number): Promise<Message> {
    this.assertCaseWorker(staff);
    const message = await this.repository.findById(id);
    if (!message || message.agencyId !== staff.agencyId) throw AppException.notFound('留言不存在');
    if (!this.isDispatcher(staff) && message.unitId !== staff.unitId) throw new AppException(ErrorCode.FORBIDDEN, '该留言由其他科室办理，您无权查看');
    return message;
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffMessageView> {
    return this.staffView(staff, await this.findForStaff(staff, id));
  }

  /** The staff view of a message; the buttons are the actions the domain would accept from this person now. */
  private async staffView(staff: StaffPrincipal, message: Message): Promise<StaffMessageView> {
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.settingsByBoard();
    const unitNames = await this.unitNames(staff.agencyId);
    const handlerNames = await this.staffNames([message.handlerId]);
    const [events, images] = await Promise.all([this.repository.events(message.id), this.images([message], true)]);
    const suggestedUnits = message.status === 'dispatching' && this.isDispatcher(staff) ? await this.suggest(message, unitNames) : [];
    const state = workflowState(message, settings);
    const actor = { id: staff.id, unitId: staff.unitId, isDispatcher: this.isDispatcher(staff) };
    // A probe input that satisfies every field check, so only status, permission and the rules decide (a late
    // message offers no 延期).
    const probe = { unitId: -1, reason: '—', days: 1 };
    const today = this.today();
    const allowedActions = (Object.keys(MESSAGE_ACTION_LABELS) as StaffMessageActionType[]).filter((type) => handleMessage(state, type, actor, today, probe).ok);
    return {
      ...this.summary(message, unitNames, handlerNames, calendar, settings),
      body: message.body,
      category: message.category,
      contactName: message.contactName,
      phoneMasked: message.phoneMasked,
      moderationNote: message.moderationNote,
      replyWorkingDays: message.replyWorkingDays,
      extendedWorkingDays: message.extendedDays,
      replyBody: message.replyBody,
      repliedDate: message.repliedDate,
      replyUnitName: message.replyUnitId ? (unitNames.get(message.replyUnitId) ?? null) : null,
      rating: message.rating,
      ratingComment: message.ratingComment,
      invalidReason: message.invalidReason,
      images: images.get(message.id) ?? [],
      suggestedUnits,
      events: events.map((event) => toEventView(event, unitNames)),
      allowedActions,
    };
  }

  /** The writer's phone in full, for a call back: the handling unit or the 公开办 only, and audited. */
  async contact(staff: StaffPrincipal, id: number, actor: Actor): Promise<{ contactName: string | null; phone: string | null }> {
    const message = await this.findForStaff(staff, id);
    await this.audit.record(actor, { action: 'message.read_contact', targetType: 'message', targetId: message.id, detail: '查看留言人联系电话' });
    return { contactName: message.contactName, phone: this.cipher.decryptOptional(message.phoneEnc) };
  }

  private async suggest(message: Message, unitNames: Map<number, string>) {
    const [keywords, samples] = await Promise.all([this.repository.routingKeywords(), this.repository.answeredSamples(message.agencyId, message.id, ROUTING_SAMPLES)]);
    const profiles = new Map<number, string[]>();
    for (const row of keywords) profiles.set(row.unitId, [...(profiles.get(row.unitId) ?? []), row.keyword]);
    const suggestions = suggestMessageUnit(
      `${message.title}\n${message.body}`,
      [...profiles.entries()].map(([unitId, words]) => ({ unitId, keywords: words })),
      samples.filter((sample) => sample.replyUnitId !== null).map((sample) => ({ unitId: sample.replyUnitId!, title: sample.title, body: sample.body })),
    );
    return suggestions
      .filter((suggestion) => unitNames.has(suggestion.unitId))
      .map((suggestion) => ({
        unitId: suggestion.unitId,
        unitName: unitNames.get(suggestion.unitId)!,
        reason: [
          suggestion.matchedKeywords.length ? `关键词：${suggestion.matchedKeywords.join('、')}` : null,
          suggestion.similarMessages ? `${suggestion.similarMessages} 条相似留言由该科室答复` : null,
        ]
          .filter(Boolean)
          .join('；'),
      }));
  }

  async act(staff: StaffPrincipal, id: number, body: PerformMessageActionDto, actor: Actor): Promise<StaffMessageView> {
    this.assertCaseWorker(staff);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.settingsByBoard();
    if (body.type === 'reply' && !body.replyBody?.trim()) throw AppException.invalid('replyBody', '请填写答复内容 replyBody');
    if ((body.type === 'assign' || body.type === 'transfer') && body.unitId !== undefined && !(await this.repository.findUnit(staff.agencyId, body.unitId))) {
      throw AppException.invalid('unitId', '办理科室不存在');
    }
    await this.repository.transaction(async (manager) => {
      const message = await this.repository.findForUpdate(id, manager);
      if (!message || message.agencyId !== staff.agencyId) throw AppException.notFound('留言不存在');
      const decision = handleMessage(workflowState(message, settings), body.type, { id: staff.id, unitId: staff.unitId, isDispatcher: this.isDispatcher(staff) }, this.today(), body);
      if (!decision.ok) {
        if ('refusal' in decision) throw decision.refusal;
        const refusal = REFUSALS[decision.reason];
        throw new AppException(refusal.code, refusal.message, refusal.field);
      }
      const previousUnit = message.unitId;
      const now = this.clock.now();
      message.status = decision.status;
      message.unitId = decision.unitId;
      message.handlerId = decision.handlerId;
      message.published = decision.published;
      message.updatedAt = now;
      message.version += 1;
      const reason = body.reason?.trim() || null;
      let note = reason;
      switch (body.type) {
        case 'approve_content':
          message.moderation = 'approved';
          this.accept(message, calendar, settings);
          break;
        case 'reject_content':
          message.moderation = 'rejected';
          message.invalidReason = reason;
          break;
        case 'reply':
          message.replyBody = body.replyBody!.trim();
          message.replyUnitId = message.unitId;
          message.repliedDate = this.today();
          message.repliedAt = now;
          message.sortDueDate = NO_DUE_DATE;
          note = null;
          break;
        case 'extend':
          message.extendedDays = decision.extendedWorkingDays;
          this.setDueDate(message, calendar);
          note = `延期 ${decision.extendedWorkingDays} 个工作日至 ${message.dueDate ?? '—'}：${reason}`;
          break;
        case 'urge':
          message.urgeCount += 1;
          break;
        case 'invalidate':
          message.invalidReason = reason;
          message.sortDueDate = NO_DUE_DATE;
          break;
        default:
          break;
      }
      await this.repository.save(message, manager);
      await this.event(message, body.type, actor, note, manager, previousUnit !== message.unitId ? message.unitId : previousUnit);
      await this.audit.record(actor, { action: `message.${body.type}`, targetType: 'message', targetId: message.id, detail: `${MESSAGE_ACTION_LABELS[body.type]}“${message.title}”${reason ? `：${reason}` : ''}` }, manager);
      await this.notifyAfter(message, body.type, reason, manager);
    });
    // The person who just acted sees the result, even when a transfer or return moved the message out of their unit
    // (their buttons are then empty).
    return this.staffView(staff, (await this.repository.findById(id))!);
  }

  private async notifyAfter(message: Message, type: StaffMessageActionType, reason: string | null, manager: Transaction): Promise<void> {
    const link = `/messages/${message.id}`;
    const toStaff = async (ids: number[], kind: string, title: string, body: string) => {
      for (const recipientId of ids) {
        await this.notifications.enqueue(manager, { agencyId: message.agencyId, recipientType: 'staff', recipientId, kind, title, body, link, idempotencyKey: `${kind}:${message.id}:${message.version}:${recipientId}` });
      }
    };
    if ((type === 'assign' || type === 'transfer') && message.unitId) {
      await toStaff(await this.repository.unitHandlers(message.agencyId, message.unitId, manager), 'message.assigned', '新的留言待办理', `“${message.title}”已分到本科室，请在 ${message.dueDate ?? '期限'} 前答复。`);
    } else if (type === 'urge' && message.unitId) {
      await toStaff(await this.repository.unitHandlers(message.agencyId, message.unitId, manager), 'message.urged', '留言催办', `公开办催办“${message.title}”${reason ? `：${reason}` : ''}，答复期限 ${message.dueDate ?? '—'}。`);
    } else if (type === 'return') {
      await toStaff(await this.repository.dispatchers(message.agencyId, manager), 'message.returned', '留言被退回分办', `“${message.title}”被退回：${reason ?? ''}`);
    } else if (type === 'reply') {
      await this.notifications.enqueue(manager, {
        agencyId: message.agencyId,
        recipientType: 'resident',
        recipientId: message.residentId,
        kind: 'message.replied',
        subject: message.title,
        title: '您的留言已答复',
        body: `您的留言“${message.title}”已收到答复，欢迎查看并评价。`,
        link: `/packages/message/pages/detail/index?id=${message.id}`,
        idempotencyKey: `message.replied:${message.id}`,
      });
    }
  }

  async escalationCounts(staff: StaffPrincipal): Promise<MessageEscalationCounts> {
    this.assertCaseWorker(staff);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.settingsByBoard();
    const dispatcher = this.isDispatcher(staff);
    const open = (await this.repository.openWithClock(staff.agencyId)).filter((message) => dispatcher || message.unitId === staff.unitId);
    const counts: MessageEscalationCounts = { dueSoon: 0, late: 0, twoMonths: 0, threeMonths: 0, awaitingModeration: 0, awaitingDispatch: 0 };
    for (const message of open) {
      const level = this.escalation(message, calendar, settings);
      if (level === 'due_soon') counts.dueSoon += 1;
      else if (level === 'late') counts.late += 1;
      else if (level === 'two_months') counts.twoMonths += 1;
      else if (level === 'three_months') counts.threeMonths += 1;
    }
    if (dispatcher) {
      counts.awaitingModeration = await this.repository.countByStatus(staff.agencyId, 'held');
      counts.awaitingDispatch = await this.repository.countByStatus(staff.agencyId, 'dispatching');
    }
    return counts;
  }

  async templates(staff: StaffPrincipal): Promise<TemplateView[]> {
    this.assertCaseWorker(staff);
    return (await this.repository.templates()).map(({ id, title, body }) => ({ id, title, body }));
  }

  async settings(): Promise<MessageSettings> {
    const agencyId = await this.agencyId();
    const [boards, words, units, keywords] = await Promise.all([this.boards(), this.repository.sensitiveWords(), this.repository.units(agencyId), this.repository.routingKeywords()]);
    return {
      boards,
      sensitiveWords: words.map((row) => row.word),
      units: units.map((unit) => ({ unitId: unit.id, unitName: unit.name, keywords: keywords.filter((row) => row.unitId === unit.id).map((row) => row.keyword) })),
    };
  }

  /** New limits apply to messages received from now on; a message keeps the limit it was received under. */
  async saveSettings(staff: StaffPrincipal, body: SaveMessageSettingsDto, actor: Actor): Promise<MessageSettings> {
    const units = new Set((await this.repository.units(staff.agencyId)).map((unit) => unit.id));
    const unknown = body.units.find((entry) => !units.has(entry.unitId));
    if (unknown) throw AppException.invalid('units', `科室 ${unknown.unitId} 不存在`);
    const words = [...new Set(body.sensitiveWords.map((word) => word.trim()).filter(Boolean))];
    await this.repository.transaction(async (manager) => {
      await this.repository.saveBoardSettings(
        body.boards.map((board) => Object.assign(new MessageBoardSetting(), board)),
        manager,
      );
      await this.repository.replaceSensitiveWords(words, this.clock.now(), manager);
      await this.repository.replaceRoutingKeywords(
        body.units.map((entry) => entry.unitId),
        body.units.flatMap((entry) => [...new Set(entry.keywords.map((keyword) => keyword.trim()).filter(Boolean))].map((keyword) => ({ unitId: entry.unitId, keyword }))),
        manager,
      );
      await this.audit.record(actor, { action: 'message.settings', targetType: 'message_settings', detail: `留言设置：${body.boards.map((board) => `${MESSAGE_BOARD_LABELS[board.board]} ${board.replyWorkingDays} 个工作日`).join('，')}；敏感词 ${words.length} 个` }, manager);
    });
    this.screening.invalidate();
    this.boardCache = null;
    return this.settings();
  }

  // ---- helpers ----

  private async writerView(message: Message, hasImages = true): Promise<MessageView> {
    const [unitNames, images] = await Promise.all([
      message.unitId || message.replyUnitId ? this.unitNames(message.agencyId) : new Map<number, string>(),
      hasImages ? this.images([message], true) : new Map<number, PublicMediaView[]>(),
    ]);
    return toWriterView(message, unitNames, images.get(message.id) ?? []);
  }

  private async event(message: Message, type: string, actor: Actor, note: string | null, manager: Transaction, unitId: number | null = message.unitId): Promise<void> {
    await this.repository.appendEvent(
      { messageId: message.id, type, actorType: actor.type, actorId: actor.id, actorName: actor.name ?? '系统', unitId, note, createdAt: this.clock.now() },
      manager,
    );
  }

  /** Board limits, read on every post: kept for a minute (monotonic age), dropped at once when edited here. */
  async settingsByBoard(): Promise<Map<MessageBoard, MessageBoardSetting>> {
    if (this.boardCache && performance.now() - this.boardCache.loadedAt < SETTINGS_TTL_MS) return this.boardCache.settings;
    const settings = new Map((await this.repository.boardSettings()).map((setting) => [setting.board, setting]));
    this.boardCache = { settings, loadedAt: performance.now() };
    return settings;
  }

  /** The agency this deployment serves does not change while it runs. */
  private async agencyId(manager?: Transaction): Promise<number> {
    this.servingAgency ??= await this.repository.servingAgencyId(manager);
    if (this.servingAgency === null) throw AppException.notFound('尚未配置本机关');
    return this.servingAgency;
  }

  private async unitNames(agencyId: number | undefined): Promise<Map<number, string>> {
    if (agencyId === undefined) return new Map();
    return new Map((await this.repository.units(agencyId)).map((unit) => [unit.id, unit.name]));
  }

  private async staffNames(ids: (number | null)[]): Promise<Map<number, string>> {
    const users = await this.repository.staffNames([...new Set(ids.filter((id): id is number => id !== null))]);
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  /** Images of messages: signed links for the writer and staff (the message may not be public), plain links when published. */
  private async images(messages: Message[], signed: boolean): Promise<Map<number, PublicMediaView[]>> {
    if (!messages.length) return new Map();
    const files = await this.media.filesAttachedTo(MESSAGE_ATTACHED_TYPE, messages.map((message) => message.id));
    const byMessage = new Map<number, PublicMediaView[]>();
    for (const file of files) byMessage.set(file.attachedId!, [...(byMessage.get(file.attachedId!) ?? []), this.media.publicView(file, signed)]);
    return byMessage;
  }
}

function residentActor(resident: ResidentPrincipal): Actor {
  return { type: 'resident', id: resident.id, name: '留言人', ip: null, userAgent: null };
}

function boardLimit(board: MessageBoard, settings: Map<MessageBoard, MessageBoardSetting>): number {
  return settings.get(board)?.replyWorkingDays ?? DEFAULT_REPLY_WORKING_DAYS[board];
}

function workflowState(message: Message, settings: Map<MessageBoard, MessageBoardSetting>): MessageWorkflowState {
  return {
    status: message.status,
    unitId: message.unitId,
    handlerId: message.handlerId,
    writerWantsPublic: message.writerPublic,
    published: message.published,
    extendedWorkingDays: message.extendedDays,
    // Held messages are not received yet: the board's limit of today is the one they would get.
    replyWorkingDays: message.replyWorkingDays ?? boardLimit(message.board, settings),
    dueDate: message.dueDate,
  };
}
