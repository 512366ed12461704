import { addWorkingDays } from '../calendar/add-working-days';
import { LocalDate } from '../calendar/local-date';
import { CalendarYearMissingError, WorkingCalendar } from '../calendar/working-calendar';
import { DisclosureRule, refuseDisclosure } from './disclosure-rule';
import { eventPreconditionRefusal } from './event-precondition';
import { LAPSE_OUTCOMES, Outcome, outcomeInfo } from './outcome';
import { RequestEvent } from './request-event';
import {
  CONSULTATION_WORKING_DAYS,
  deadlineOf,
  FEE_WORKING_DAYS,
  initialRequestState,
  MAX_EXTENSION_WORKING_DAYS,
  RequestState,
  RequestStatus,
  SUPPLEMENT_NOTICE_WORKING_DAYS,
} from './request-state';

/** Art. 35: the applicant needs time to answer; fewer than 5 working days is not a fair chance to. */
export const MIN_REASONS_WORKING_DAYS = 5;

/**
 * How an event is applied: deciding a new one enforces every rule (and knows today); replaying stored history does
 * not, since history was checked when written and a later calendar edit must not make a past case unreadable.
 */
interface Context {
  enforcing: boolean;
  refuse: (rule: DisclosureRule, message: string) => void;
  today?: LocalDate;
}

const REPLAY: Context = { enforcing: false, refuse: () => undefined };

function requireDateOrder(ctx: Context, state: RequestState, date: string): void {
  const last = [state.closedDate, state.receivedDate, state.submittedDate].find((value): value is string => Boolean(value));
  if (last && date < last && !state.closedDate) ctx.refuse(DisclosureRule.DATE_BEFORE_HISTORY, `日期 ${date} 早于此前的办理记录`);
}

/** A fact (a receipt, an answer) cannot be dated after the day it is recorded. */
function requireNotFuture(ctx: Context, date: LocalDate, what: string): void {
  if (ctx.today !== undefined && date > ctx.today) ctx.refuse(DisclosureRule.DATE_IN_FUTURE, `${what}（${date}）不能晚于今天（${ctx.today}）`);
}

function closePause(state: RequestState, date: string): RequestState['pauses'] {
  return state.pauses.map((pause) => (pause.to === null ? { ...pause, to: pause.cap !== null && pause.cap < date ? pause.cap : date } : pause));
}

function withCap(state: RequestState, cap: LocalDate | null): RequestState['pauses'] {
  return state.pauses.map((pause) => (pause.to === null ? { ...pause, cap } : pause));
}

/** The case's running due date on `date`, or null while the clock is stopped. */
function dueDateOn(state: RequestState, calendar: WorkingCalendar, date: LocalDate): LocalDate | null {
  return deadlineOf(state, calendar, date).dueDate;
}

/**
 * Why the law does not allow closing the case with `outcome` on `date`, or null if it does: outcomes follow facts.
 * 三（六）1 and 2 are reached only by the lapse actions; 三（四）3 needs a supplement that came; 三（五）4 needs an Art. 35
 * request for reasons judged unreasonable, or left unanswered in the time given.
 */
export function outcomeRefusal(state: RequestState, outcome: Outcome, date: LocalDate): { rule: DisclosureRule; message: string } | null {
  if (LAPSE_OUTCOMES.includes(outcome)) {
    return { rule: DisclosureRule.OUTCOME_BY_LAPSE_ONLY, message: `“${outcomeInfo(outcome).label}”只能在期限届满后按逾期处理，不能作为答复结果选择` };
  }
  if (outcome === Outcome.UNAVAILABLE_STILL_UNCLEAR && !state.supplementReceived) {
    return { rule: DisclosureRule.OUTCOME_NEEDS_SUPPLEMENT, message: '“补正后申请内容仍不明确”须以申请人已经补正为前提，本申请没有收到补正' };
  }
  if (outcome === Outcome.NOT_PROCESSED_EXCESSIVE) {
    const unanswered = state.reasons === 'requested' && state.reasonsAnswerDueDate !== null && date > state.reasonsAnswerDueDate;
    if (state.reasons !== 'unreasonable' && !unanswered) {
      return {
        rule: DisclosureRule.OUTCOME_NEEDS_UNREASONABLE,
        message: '“无正当理由大量反复申请”须先要求申请人说明理由，并认定理由不合理或申请人逾期未说明',
      };
    }
  }
  return null;
}

/** The outcomes the reply form may offer on `date`: every leaf whose facts the case has. */
export function allowedOutcomes(state: RequestState, date: LocalDate, all: readonly Outcome[] = Object.values(Outcome)): Outcome[] {
  return all.filter((outcome) => outcomeRefusal(state, outcome, date) === null);
}

/**
 * Applies one new event to the state if the law allows it, else throws a LegalRefusal naming the rule and article.
 * `today` is the day the event is recorded: the facts it reports (a receipt, an answer) cannot be dated after it.
 */
export function applyRequestEvent(state: RequestState, event: RequestEvent, calendar: WorkingCalendar, today?: LocalDate): RequestState {
  return evolve(state, event, calendar, { enforcing: true, refuse: refuseDisclosure, today });
}

function evolve(state: RequestState, event: RequestEvent, calendar: WorkingCalendar, ctx: Context): RequestState {
  if (event.type !== 'submitted' && event.type !== 'review_recorded' && event.type !== 'supplementary_reply') {
    requireDateOrder(ctx, state, event.date);
  }
  const precondition = eventPreconditionRefusal(state, event.type, event.date, recordedBy(event));
  if (precondition) ctx.refuse(precondition.rule, precondition.message);
  switch (event.type) {
    case 'submitted':
      // Art. 31: in person the receipt date is the day submitted; online and fax need staff confirmation.
      return event.channel === 'in_person'
        ? { ...state, submittedDate: event.date, receivedDate: event.date, clockStart: event.date, status: RequestStatus.RECEIVED }
        : { ...state, submittedDate: event.date };
    case 'registered':
      if (state.submittedDate && event.receivedDate < state.submittedDate) {
        ctx.refuse(DisclosureRule.RECEIPT_BEFORE_SUBMISSION, '收到申请的日期不能早于提交日期');
      }
      requireNotFuture(ctx, event.receivedDate, '收到申请的日期');
      return { ...state, status: RequestStatus.RECEIVED, receivedDate: event.receivedDate, clockStart: event.receivedDate };
    case 'assigned':
      return { ...state, status: RequestStatus.IN_PROGRESS, unitId: event.unitId, assistUnitIds: event.assistUnitIds, handlerId: null };
    case 'transferred':
      if (event.unitId === state.unitId) ctx.refuse(DisclosureRule.SAME_UNIT, '转办的科室与当前承办科室相同');
      return { ...state, unitId: event.unitId, handlerId: null };
    case 'claimed':
      return { ...state, handlerId: event.staffId };
    case 'supplement_requested': {
      // Art. 30: within 7 working days of receipt.
      const limit = ctx.enforcing ? addWorkingDays(calendar, state.receivedDate!, SUPPLEMENT_NOTICE_WORKING_DAYS) : event.date;
      if (event.date > limit) {
        ctx.refuse(DisclosureRule.SUPPLEMENT_NOTICE_LATE, `补正告知应在收到申请之日起 7 个工作日内（${limit} 前）提出，已超过`);
      }
      if (event.dueDate <= event.date) ctx.refuse(DisclosureRule.SUPPLEMENT_DUE_NOT_AFTER_NOTICE, '补正期限应晚于告知日期');
      return {
        ...state,
        status: RequestStatus.AWAITING_SUPPLEMENT,
        supplementRequested: true,
        supplementRequestedDate: event.date,
        supplementDueDate: event.dueDate,
      };
    }
    case 'supplement_received':
      // Art. 30: the supplement answers the notice, so it arrives on or after the notice's day, and not after today.
      if (event.date < state.supplementRequestedDate!) {
        ctx.refuse(DisclosureRule.SUPPLEMENT_RECEIVED_BEFORE_NOTICE, `收到补正的日期（${event.date}）不能早于补正告知的日期（${state.supplementRequestedDate}）`);
      }
      requireNotFuture(ctx, event.date, '收到补正的日期');
      // Art. 30: the reply period runs again from the day the supplement is received.
      return {
        ...state,
        status: state.unitId ? RequestStatus.IN_PROGRESS : RequestStatus.RECEIVED,
        clockStart: event.date,
        supplementDueDate: null,
        supplementReceived: true,
        pauses: [],
      };
    case 'supplement_expired':
      // Art. 30: no supplement in time → deemed abandoned (row 三（六）1).
      return close(state, event.date, Outcome.OTHER_SUPPLEMENT_OVERDUE);
    case 'consultation_sent': {
      // Art. 32, 34: 15 working days from the party's receipt of the letter; until it is known, from the sending day.
      const dueDate = workingDaysAfter(calendar, event.date, CONSULTATION_WORKING_DAYS);
      return {
        ...state,
        status: RequestStatus.CONSULTING,
        consultationSentDate: event.date,
        consultationDueDate: dueDate,
        // Art. 33 ¶3: the time spent consulting is not counted, from sending to the answer or the 15th working day.
        pauses: [...state.pauses, { from: event.date, to: null, cap: dueDate }],
      };
    }
    case 'consultation_letter_received': {
      if (event.receivedDate < state.consultationSentDate!) {
        ctx.refuse(DisclosureRule.CONSULTATION_RECEIPT_OUT_OF_RANGE, `对方收到征求意见函的日期（${event.receivedDate}）不能早于发函日期（${state.consultationSentDate}）`);
      }
      if (event.receivedDate > event.date) {
        ctx.refuse(DisclosureRule.CONSULTATION_RECEIPT_OUT_OF_RANGE, `对方收到征求意见函的日期（${event.receivedDate}）不能晚于登记日期（${event.date}）`);
      }
      const dueDate = workingDaysAfter(calendar, event.receivedDate, CONSULTATION_WORKING_DAYS);
      return { ...state, consultationDueDate: dueDate, pauses: withCap(state, dueDate) };
    }
    case 'consultation_answered':
      if (event.date < state.consultationSentDate!) {
        ctx.refuse(DisclosureRule.CONSULTATION_ANSWER_BEFORE_SENDING, `收到意见的日期（${event.date}）不能早于发函日期（${state.consultationSentDate}）`);
      }
      requireNotFuture(ctx, event.date, '收到意见的日期');
      // The pause ends the day the answer came, at the latest on the 15th working day (closePause caps it).
      return { ...state, status: RequestStatus.IN_PROGRESS, consultationDueDate: null, pauses: closePause(state, event.date) };
    case 'consultation_expired':
      // Art. 32/34: an agency's silence is consent, a third party's lets the agency decide.
      return { ...state, status: RequestStatus.IN_PROGRESS, consultationDueDate: null, pauses: closePause(state, event.date) };
    case 'reasons_requested': {
      const earliest = ctx.enforcing || !event.answerDueDate ? addWorkingDays(calendar, event.date, MIN_REASONS_WORKING_DAYS) : event.answerDueDate;
      const answerDueDate = event.answerDueDate ?? earliest;
      if (answerDueDate < earliest) {
        ctx.refuse(DisclosureRule.REASONS_PERIOD_TOO_SHORT, `应给申请人至少 ${MIN_REASONS_WORKING_DAYS} 个工作日说明理由（不早于 ${earliest}）`);
      }
      // The 条例 does not stop the reply clock while reasons are awaited: a later deadline needs a decision.
      return { ...state, reasons: 'requested', reasonsRequestedDate: event.date, reasonsAnswerDueDate: answerDueDate };
    }
    case 'reasons_given':
      return { ...state, reasons: 'given' };
    case 'reasons_judged':
      return { ...state, reasons: event.reasonable ? 'reasonable' : 'unreasonable' };
    case 'deadline_set': {
      const current = ctx.enforcing ? dueDateOn(state, calendar, event.date) : null;
      if (event.dueDate <= event.date || (current !== null && event.dueDate <= current)) {
        ctx.refuse(DisclosureRule.LATER_DEADLINE_NOT_LATER, `延迟答复的期限应晚于现在的答复期限${current ? `（${current}）` : ''}`);
      }
      return { ...state, deadlineOverride: event.dueDate };
    }
    case 'fee_notified':
      if (event.amountYuan <= 0) ctx.refuse(DisclosureRule.FEE_NOT_POSITIVE, '收费金额应大于零');
      return {
        ...state,
        status: RequestStatus.AWAITING_FEE,
        feeNotified: true,
        feeNotifiedDate: event.date,
        feeAmountYuan: event.amountYuan,
        // A notice recorded before receipts were tracked carried its own due date.
        feeDueDate: event.dueDate ?? null,
        pauses: [...state.pauses, { from: event.date, to: null, cap: null }],
      };
    case 'fee_notice_received':
      if (event.receivedDate < state.feeNotifiedDate! || event.receivedDate > event.date) {
        ctx.refuse(
          DisclosureRule.FEE_NOTICE_RECEIPT_OUT_OF_RANGE,
          `收到收费通知的日期（${event.receivedDate}）应在发出通知（${state.feeNotifiedDate}）与今天（${event.date}）之间`,
        );
      }
      // 109号 Art. 7: 20 working days from the applicant's receipt of the notice.
      return { ...state, feeDueDate: workingDaysAfter(calendar, event.receivedDate, FEE_WORKING_DAYS) };
    case 'fee_paid':
      return { ...state, status: RequestStatus.IN_PROGRESS, feeDueDate: null, pauses: closePause(state, event.date) };
    case 'fee_expired':
      return close({ ...state, pauses: closePause(state, event.date) }, event.date, Outcome.OTHER_FEE_UNPAID);
    case 'extension_requested': {
      // Art. 33 ¶2: one extension, at most 20 working days, asked for and approved before the due date.
      if (!Number.isInteger(event.days) || event.days < 1 || event.days > MAX_EXTENSION_WORKING_DAYS) {
        ctx.refuse(DisclosureRule.EXTENSION_DAYS, '延长期限应为 1 至 20 个工作日');
      }
      requireNotOverdue(ctx, state, calendar, event.date, '申请延期');
      return { ...state, pendingExtension: { days: event.days, requestedBy: event.requestedBy } };
    }
    case 'extension_approved':
      requireNotOverdue(ctx, state, calendar, event.date, '批准延期');
      return { ...state, extensionDays: state.pendingExtension!.days, pendingExtension: null };
    case 'extension_rejected':
      return { ...state, pendingExtension: null };
    case 'replied': {
      const refusal = outcomeRefusal(state, event.outcome, event.date);
      if (refusal) ctx.refuse(refusal.rule, refusal.message);
      return close({ ...state, pendingExtension: null }, event.date, event.outcome);
    }
    case 'supplementary_reply':
      return { ...state, replyCount: state.replyCount + 1 };
    case 'withdrawn':
      return { ...state, status: RequestStatus.WITHDRAWN, closedDate: event.date, pendingExtension: null, pauses: closePause(state, event.date) };
    case 'review_recorded':
      return state;
  }
}

/** The staff member an event records as acting, where the rules look at who acts. */
function recordedBy(event: RequestEvent): number | undefined {
  switch (event.type) {
    case 'claimed':
      return event.staffId;
    case 'extension_approved':
      return event.approvedBy;
    case 'extension_rejected':
      return event.rejectedBy;
    default:
      return undefined;
  }
}

/** Art. 33 ¶2: past the due date the case is overdue, and an extension cannot undo that. */
function requireNotOverdue(ctx: Context, state: RequestState, calendar: WorkingCalendar, date: LocalDate, action: string): void {
  if (!ctx.enforcing) return;
  const dueDate = dueDateOn(state, calendar, date);
  if (dueDate !== null && date > dueDate) {
    ctx.refuse(DisclosureRule.EXTENSION_WHEN_OVERDUE, `答复期限 ${dueDate} 已过，本申请已逾期，不能${action}；延期应在答复期限届满前经批准`);
  }
}

/**
 * A waiting period's last day; null when it runs into a year the calendar does not know yet (the wait then lasts
 * until recorded, and the dashboard already warns that the year is missing).
 */
function workingDaysAfter(calendar: WorkingCalendar, from: LocalDate, days: number): LocalDate | null {
  try {
    return addWorkingDays(calendar, from, days);
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

function close(state: RequestState, date: string, outcome: Outcome): RequestState {
  return { ...state, status: RequestStatus.CLOSED, outcome, closedDate: date, replyCount: state.replyCount + 1 };
}

/** Folds the stored event list into the state. */
export function deriveRequestState(events: readonly RequestEvent[], calendar: WorkingCalendar): RequestState {
  return events.reduce((state, event) => evolve(state, event, calendar, REPLAY), initialRequestState());
}
