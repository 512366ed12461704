import { addWorkingDays } from '../calendar/add-working-days';
import { countWorkingDays } from '../calendar/count-working-days';
import { LocalDate } from '../calendar/local-date';
import { WorkingCalendar } from '../calendar/working-calendar';
import { Outcome } from './outcome';

/** Art. 33: reply within 20 working days of receipt. */
export const REPLY_WORKING_DAYS = 20;
/** Art. 30: tell the applicant what to supplement within 7 working days of receipt. */
export const SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
/** Art. 32, 34: a consulted third party or agency has 15 working days to answer. */
export const CONSULTATION_WORKING_DAYS = 15;
/** Art. 33: one extension of at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** A case is 即将到期 when its reply is due within this many working days: the queue tab and the dashboard figure. */
export const DUE_SOON_WORKING_DAYS = 5;
/** 109号 Art. 7: a fee unpaid 20 working days after the applicant received the notice means the request is abandoned. */
export const FEE_WORKING_DAYS = 20;

export enum RequestStatus {
  /** 待登记: submitted online, receipt not yet confirmed (Art. 31). */
  SUBMITTED = 'submitted',
  /** 待分办: received, no 承办 unit yet. */
  RECEIVED = 'received',
  /** 办理中 */
  IN_PROGRESS = 'in_progress',
  /** 待补正: the clock stops and restarts on the supplement (Art. 30). */
  AWAITING_SUPPLEMENT = 'awaiting_supplement',
  /** 征求意见中: consultation time is not counted (Art. 33 ¶3). */
  CONSULTING = 'consulting',
  /** 待缴费 */
  AWAITING_FEE = 'awaiting_fee',
  /** 已办结 */
  CLOSED = 'closed',
  /** 已撤回 */
  WITHDRAWN = 'withdrawn',
}

/** What staff and applicants read for each status: the one table (contracts re-exports it). */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  [RequestStatus.SUBMITTED]: '待登记',
  [RequestStatus.RECEIVED]: '待分办',
  [RequestStatus.IN_PROGRESS]: '办理中',
  [RequestStatus.AWAITING_SUPPLEMENT]: '待补正',
  [RequestStatus.CONSULTING]: '征求意见中',
  [RequestStatus.AWAITING_FEE]: '待缴费',
  [RequestStatus.CLOSED]: '已办结',
  [RequestStatus.WITHDRAWN]: '已撤回',
};

interface Pause {
  from: LocalDate;
  to: LocalDate | null;
  /**
   * The latest day the pause can last, whatever day its end is recorded: a consultation pauses the clock at most
   * to the consulted party's 15th working day (Art. 32, 34), never longer because the lapse was recorded late.
   */
  cap: LocalDate | null;
}

/** Art. 35: where the request for reasons stands. */
export type ReasonsStage = 'none' | 'requested' | 'given' | 'reasonable' | 'unreasonable';

/** The facts folded from the events; figures that depend on "today" come from deadlineOf. */
export interface RequestState {
  status: RequestStatus;
  submittedDate: LocalDate | null;
  receivedDate: LocalDate | null;
  /** The day the 20-day clock runs from: the receipt date, or the day the supplement arrived (Art. 30). */
  clockStart: LocalDate | null;
  unitId: number | null;
  assistUnitIds: number[];
  /** 承办人: the staff member of the unit who claimed the case. */
  handlerId: number | null;
  supplementRequested: boolean;
  /** The day the 补正 notice was given: a supplement cannot arrive before it (Art. 30). */
  supplementRequestedDate: LocalDate | null;
  supplementDueDate: LocalDate | null;
  supplementReceived: boolean;
  consultationSentDate: LocalDate | null;
  consultationDueDate: LocalDate | null;
  /** One fee notice per application (109号 Art. 3: one standard, never charged twice). */
  feeNotified: boolean;
  feeNotifiedDate: LocalDate | null;
  feeAmountYuan: number | null;
  /** Null until the applicant's receipt of the notice is known: only then does the 20-day payment period run. */
  feeDueDate: LocalDate | null;
  /** Working days added by an approved extension. */
  extensionDays: number;
  pendingExtension: { days: number; requestedBy: number } | null;
  reasons: ReasonsStage;
  reasonsRequestedDate: LocalDate | null;
  reasonsAnswerDueDate: LocalDate | null;
  /** Art. 35: a later reasonable deadline set by the agency, replacing the computed one. */
  deadlineOverride: LocalDate | null;
  /** Consultation and fee periods since the clock started: not counted. */
  pauses: Pause[];
  outcome: Outcome | null;
  closedDate: LocalDate | null;
  replyCount: number;
}

export function initialRequestState(): RequestState {
  return {
    status: RequestStatus.SUBMITTED,
    submittedDate: null,
    receivedDate: null,
    clockStart: null,
    unitId: null,
    assistUnitIds: [],
    handlerId: null,
    supplementRequested: false,
    supplementRequestedDate: null,
    supplementDueDate: null,
    supplementReceived: false,
    consultationSentDate: null,
    consultationDueDate: null,
    feeNotified: false,
    feeNotifiedDate: null,
    feeAmountYuan: null,
    feeDueDate: null,
    extensionDays: 0,
    pendingExtension: null,
    reasons: 'none',
    reasonsRequestedDate: null,
    reasonsAnswerDueDate: null,
    deadlineOverride: null,
    pauses: [],
    outcome: null,
    closedDate: null,
    replyCount: 0,
  };
}

export const OPEN_STATUSES: readonly RequestStatus[] = [
  RequestStatus.SUBMITTED,
  RequestStatus.RECEIVED,
  RequestStatus.IN_PROGRESS,
  RequestStatus.AWAITING_SUPPLEMENT,
  RequestStatus.CONSULTING,
  RequestStatus.AWAITING_FEE,
];

export interface Deadline {
  /** Null before receipt, while the clock is stopped (补正, consultation, fee) and after withdrawal. */
  dueDate: LocalDate | null;
  paused: boolean;
  /** Working days the law allows from the clock start: 20 plus any extension. */
  allowedWorkingDays: number;
  pausedWorkingDays: number;
  /** "第 N 个工作日": working days counted so far, pauses excluded. */
  elapsedWorkingDays: number | null;
  /** Working days left until the due date; negative when overdue; null when there is no running clock. */
  remainingWorkingDays: number | null;
  overdue: boolean;
}

function pauseEnd(pause: Pause, today: LocalDate): LocalDate {
  const end = pause.to ?? today;
  return pause.cap !== null && pause.cap < end ? pause.cap : end;
}

function pausedWorkingDays(calendar: WorkingCalendar, pauses: Pause[], today: LocalDate): number {
  return pauses.reduce((total, pause) => total + countWorkingDays(calendar, pause.from, pauseEnd(pause, today)), 0);
}

/** A pause still open on `today`: one past its cap has ended in law even if nobody has recorded it yet. */
function openPause(pauses: Pause[], today: LocalDate): boolean {
  return pauses.some((pause) => pause.to === null && (pause.cap === null || today <= pause.cap));
}

/**
 * The clock of a request on `today`. Overdue is derived here from dates, never stored (DOMAIN §2).
 * Due date = clock start + 20 working days (+ extension) + the working days spent consulting or awaiting a fee
 * (Art. 33 ¶3), unless the agency set a later reasonable deadline under Art. 35.
 */
export function deadlineOf(state: RequestState, calendar: WorkingCalendar, today: LocalDate): Deadline {
  const allowed = REPLY_WORKING_DAYS + state.extensionDays;
  const open = OPEN_STATUSES.includes(state.status);
  const end = state.closedDate ?? today;
  const clockStopped =
    state.status === RequestStatus.AWAITING_SUPPLEMENT ||
    ([RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE].includes(state.status) && openPause(state.pauses, end));
  const paused = pausedWorkingDays(calendar, state.pauses, end);
  if (!state.clockStart || state.status === RequestStatus.WITHDRAWN) {
    return { dueDate: null, paused: false, allowedWorkingDays: allowed, pausedWorkingDays: paused, elapsedWorkingDays: null, remainingWorkingDays: null, overdue: false };
  }
  const elapsed = Math.max(0, countWorkingDays(calendar, state.clockStart, end) - paused);
  if (clockStopped) {
    return { dueDate: null, paused: true, allowedWorkingDays: allowed, pausedWorkingDays: paused, elapsedWorkingDays: elapsed, remainingWorkingDays: null, overdue: false };
  }
  const dueDate = state.deadlineOverride ?? addWorkingDays(calendar, state.clockStart, allowed + paused);
  let remaining: number | null = null;
  let overdue = false;
  if (open) {
    remaining = end <= dueDate ? countWorkingDays(calendar, end, dueDate) : -countWorkingDays(calendar, dueDate, end);
    overdue = end > dueDate;
  } else if (state.closedDate) {
    overdue = state.closedDate > dueDate;
  }
  return { dueDate, paused: false, allowedWorkingDays: allowed, pausedWorkingDays: paused, elapsedWorkingDays: elapsed, remainingWorkingDays: remaining, overdue };
}

export function isOpen(state: RequestState): boolean {
  return OPEN_STATUSES.includes(state.status);
}

