import { Injectable } from '@nestjs/common';
import {
  MESSAGE_ACTION_LABELS,
  MessageContact,
  MessageEscalationCounts,
  MessageInboxQuery,
  MessageInboxQueue,
  MessageStatus,
  Page,
  StaffMessageActionType,
  StaffMessageSummary,
  StaffMessageView,
} from '@govopen/contracts';
import { CalendarYearMissingError, chinaDateOf, handleMessage, suggestMessageUnit, WorkingCalendar, workingDaysLeft } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { AuditService } from '../audit/audit.service';
import { CalendarService } from '../calendar/calendar.service';
import { assertCaseWorker, assertMaySee, inboxScope, isDispatcher, maySee } from './message-access';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { MessageViewsService } from './message-views.service';
import { BoardSettings, escalationLevel, workflowState } from './message-workflow';
import { Message } from './message.entity';
import { toEventView } from './message.mapper';
import { MessageRepository } from './message.repository';

const ROUTING_SAMPLES = 500;

const QUEUE_STATUSES: Record<MessageInboxQueue, MessageStatus[] | undefined> = {
  moderation: ['held'],
  dispatching: ['dispatching'],
  open: ['assigned', 'in_progress'],
  answered: ['answered'],
  invalid: ['invalid'],
  all: undefined,
};

/** What staff read: the inbox, one message with the actions open to them, the writer's contact, the escalation counts. */
@Injectable()
export class MessageWorkbenchService {
  constructor(
    private readonly clock: Clock,
    private readonly cipher: PersonalDataCipher,
    private readonly repository: MessageRepository,
    private readonly calendarService: CalendarService,
    private readonly audit: AuditService,
    private readonly boardSettings: MessageBoardSettingsService,
    private readonly views: MessageViewsService,
  ) {}

  private today(): string {
    return chinaDateOf(this.clock.now());
  }

  async inbox(staff: StaffPrincipal, query: MessageInboxQuery): Promise<Page<StaffMessageSummary>> {
    assertCaseWorker(staff);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { queue, unitId } = inboxScope(staff, query);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    let messages: Message[];
    let total: number;
    if (query.escalation) {
      const open = (await this.repository.openWithClock(staff.agencyId)).filter(
        (message) => (unitId === undefined || message.unitId === unitId) && (!query.board || message.board === query.board),
      );
      const today = this.today();
      const matching = open.filter((message) => escalationLevel(message, calendar, settings, today) === query.escalation);
      total = matching.length;
      messages = matching.slice((page - 1) * pageSize, page * pageSize);
    } else {
      const statuses = QUEUE_STATUSES[queue];
      [messages, total] = await this.repository.inbox({ agencyId: staff.agencyId, statuses, board: query.board, unitId, q: query.q?.trim() || undefined, skip: (page - 1) * pageSize, take: pageSize });
    }
    const unitNames = await this.views.unitNames(staff.agencyId);
    const handlerNames = await this.staffNames(messages.map((message) => message.handlerId));
    return { items: messages.map((message) => this.summary(message, unitNames, handlerNames, calendar, settings)), total, page, pageSize };
  }

  async escalationCounts(staff: StaffPrincipal): Promise<MessageEscalationCounts> {
    assertCaseWorker(staff);
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    const open = (await this.repository.openWithClock(staff.agencyId)).filter((message) => maySee(staff, message));
    const counts: MessageEscalationCounts = { dueSoon: 0, late: 0, twoMonths: 0, threeMonths: 0, awaitingModeration: 0, awaitingDispatch: 0 };
    const today = this.today();
    for (const message of open) {
      const level = escalationLevel(message, calendar, settings, today);
      if (level === 'due_soon') counts.dueSoon += 1;
      else if (level === 'late') counts.late += 1;
      else if (level === 'two_months') counts.twoMonths += 1;
      else if (level === 'three_months') counts.threeMonths += 1;
    }
    if (isDispatcher(staff)) {
      counts.awaitingModeration = await this.repository.countByStatus(staff.agencyId, 'held');
      counts.awaitingDispatch = await this.repository.countByStatus(staff.agencyId, 'dispatching');
    }
    return counts;
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffMessageView> {
    return this.staffView(staff, await this.findForStaff(staff, id));
  }

  /** The writer's phone in full, for a call back: the handling unit or the 公开办 only, and audited. */
  async contact(staff: StaffPrincipal, id: number, actor: Actor): Promise<MessageContact> {
    const message = await this.findForStaff(staff, id);
    await this.audit.record(actor, { action: 'message.read_contact', targetType: 'message', targetId: message.id, detail: '查看留言人联系电话' });
    return { contactName: message.contactName, phone: this.cipher.decryptOptional(message.phoneEnc) };
  }

  /** The staff view of a message; the buttons are the actions the domain would accept from this person now. */
  async staffView(staff: StaffPrincipal, message: Message): Promise<StaffMessageView> {
    const calendar = await this.calendarService.getCalendar();
    const settings = await this.boardSettings.settingsByBoard();
    const unitNames = await this.views.unitNames(staff.agencyId);
    const [events, images] = await Promise.all([this.repository.events(message.id), this.views.images([message], true)]);
    // One look-up names the handler and every staff member in the timeline (stored as their login, for the audit).
    const handlerNames = await this.staffNames([message.handlerId, ...events.filter((event) => event.actorType === 'staff').map((event) => event.actorId)]);
    const dispatcher = isDispatcher(staff);
    const suggestedUnits = message.status === 'dispatching' && dispatcher ? await this.suggest(message, unitNames) : [];
    const state = workflowState(message, settings);
    const actor = { id: staff.id, unitId: staff.unitId, isDispatcher: dispatcher };
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
      events: events.map((event) => toEventView(event, unitNames, handlerNames)),
      allowedActions,
    };
  }

  private async findForStaff(staff: StaffPrincipal, id: number): Promise<Message> {
    assertCaseWorker(staff);
    const message = await this.repository.findById(id);
    assertMaySee(staff, message);
    return message;
  }

  private summary(message: Message, unitNames: Map<number, string>, handlerNames: Map<number, string>, calendar: WorkingCalendar, settings: BoardSettings): StaffMessageSummary {
    const running = message.status === 'assigned' || message.status === 'in_progress' || message.status === 'dispatching';
    const today = this.today();
    let left: number | null = null;
    if (running && message.dueDate) {
      try {
        left = workingDaysLeft(calendar, today, message.dueDate);
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
      escalation: running ? escalationLevel(message, calendar, settings, today) : null,
      urgeCount: message.urgeCount,
      public: message.writerPublic,
      published: message.published,
    };
  }

  private async staffNames(ids: (number | null)[]): Promise<Map<number, string>> {
    const users = await this.repository.staffNames([...new Set(ids.filter((id): id is number => id !== null))]);
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  /** Units the 公开办 might dispatch to: their routing keywords and who answered similar messages. */
  private async suggest(message: Message, unitNames: Map<number, string>): Promise<StaffMessageView['suggestedUnits']> {
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
}
