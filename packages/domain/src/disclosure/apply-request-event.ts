import { addWorkingDays } from '../calendar/add-working-days';
import { WorkingCalendar } from '../calendar/working-calendar';
import { Outcome } from './outcome';
import { RequestEvent } from './request-event';
import {
  FEE_WORKING_DAYS,
  initialRequestState,
  isOpen,
  MAX_EXTENSION_WORKING_DAYS,
  RequestState,
  RequestStatus,
  SUPPLEMENT_NOTICE_WORKING_DAYS,
} from './request-state';

/** An action the law does not allow in the request's current state; the reason is for the person (HTTP 409). */
export class RequestEventRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RequestEventRefused';
  }
}

const STATUS_LABELS: Record<RequestStatus, string> = {
  [RequestStatus.SUBMITTED]: '待登记',
  [RequestStatus.RECEIVED]: '待分办',
  [RequestStatus.IN_PROGRESS]: '办理中',
  [RequestStatus.AWAITING_SUPPLEMENT]: '待补正',
  [RequestStatus.CONSULTING]: '征求意见中',
  [RequestStatus.AWAITING_FEE]: '待缴费',
  [RequestStatus.CLOSED]: '已办结',
  [RequestStatus.WITHDRAWN]: '已撤回',
};

export function statusLabel(status: RequestStatus): string {
  return STATUS_LABELS[status];
}

function requireStatus(state: RequestState, allowed: RequestStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new RequestEventRefused(`申请当前为“${STATUS_LABELS[state.status]}”，不能${action}`);
  }
}

function requireDateOrder(state: RequestState, date: string): void {
  const last = [state.closedDate, state.receivedDate, state.submittedDate].find((value): value is string => Boolean(value));
  if (last && date < last && !state.closedDate) throw new RequestEventRefused(`日期 ${date} 早于此前的办理记录`);
}

function closePause(state: RequestState, date: string): RequestState['pauses'] {
  return state.pauses.map((pause) => (pause.to === null ? { ...pause, to: date } : pause));
}

/**
 * Applies one event to the state if the law allows it now, else throws RequestEventRefused saying why.
 * Each rule cites the article of the 条例 it implements.
 */
export function applyRequestEvent(state: RequestState, event: RequestEvent, calendar: WorkingCalendar): RequestState {
  if (event.type !== 'submitted' && event.type !== 'review_recorded' && event.type !== 'supplementary_reply') {
    requireDateOrder(state, event.date);
  }
  switch (event.type) {
    case 'submitted':
      if (state.submittedDate) throw new RequestEventRefused('申请已提交');
      // Art. 31: in person the receipt date is the day submitted; online and fax need staff confirmation.
      return event.channel === 'in_person'
        ? { ...state, submittedDate: event.date, receivedDate: event.date, clockStart: event.date, status: RequestStatus.RECEIVED }
        : { ...state, submittedDate: event.date };
    case 'registered':
      requireStatus(state, [RequestStatus.SUBMITTED], '登记');
      if (state.submittedDate && event.receivedDate < state.submittedDate) {
        throw new RequestEventRefused('收到申请的日期不能早于提交日期');
      }
      return { ...state, status: RequestStatus.RECEIVED, receivedDate: event.receivedDate, clockStart: event.receivedDate };
    case 'assigned':
      requireStatus(state, [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS], '分办');
      return { ...state, status: RequestStatus.IN_PROGRESS, unitId: event.unitId, assistUnitIds: event.assistUnitIds, handlerId: null };
    case 'transferred':
      requireStatus(state, [RequestStatus.IN_PROGRESS], '转办');
      if (event.unitId === state.unitId) throw new RequestEventRefused('转办的科室与当前承办科室相同');
      return { ...state, unitId: event.unitId, handlerId: null };
    case 'claimed':
      requireStatus(state, [RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_SUPPLEMENT, RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE], '认领');
      if (state.handlerId === event.staffId) throw new RequestEventRefused('您已是本件的承办人');
      return { ...state, handlerId: event.staffId };
    case 'supplement_requested': {
      requireStatus(state, [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS], '要求补正');
      // Art. 30: once, completely, within 7 working days of receipt.
      if (state.supplementRequested) throw new RequestEventRefused('补正只能一次性告知，本申请已要求过补正（第三十条）');
      const limit = addWorkingDays(calendar, state.receivedDate!, SUPPLEMENT_NOTICE_WORKING_DAYS);
      if (event.date > limit) {
        throw new RequestEventRefused(`补正告知应在收到申请之日起 7 个工作日内（${limit} 前）提出（第三十条），已超过`);
      }
      if (event.dueDate <= event.date) throw new RequestEventRefused('补正期限应晚于告知日期');
      return { ...state, status: RequestStatus.AWAITING_SUPPLEMENT, supplementRequested: true, supplementDueDate: event.dueDate };
    }
    case 'supplement_received':
      requireStatus(state, [RequestStatus.AWAITING_SUPPLEMENT], '登记补正材料');
      // Art. 30: the reply period runs again from the day the supplement is received.
      return {
        ...state,
        status: state.unitId ? RequestStatus.IN_PROGRESS : RequestStatus.RECEIVED,
        clockStart: event.date,
        supplementDueDate: null,
        pauses: [],
      };
    case 'supplement_expired':
      requireStatus(state, [RequestStatus.AWAITING_SUPPLEMENT], '按逾期未补正处理');
      if (event.date <= state.supplementDueDate!) throw new RequestEventRefused(`补正期限 ${state.supplementDueDate} 尚未届满`);
      // Art. 30: no supplement in time → deemed abandoned (row 三（六）1).
      return close(state, event.date, Outcome.OTHER_SUPPLEMENT_OVERDUE);
    case 'consultation_sent':
      requireStatus(state, [RequestStatus.IN_PROGRESS], '征求意见');
      return {
        ...state,
        status: RequestStatus.CONSULTING,
        consultationDueDate: event.dueDate,
        pauses: [...state.pauses, { from: event.date, to: null }],
      };
    case 'consultation_answered':
      requireStatus(state, [RequestStatus.CONSULTING], '登记意见');
      return { ...state, status: RequestStatus.IN_PROGRESS, consultationDueDate: null, pauses: closePause(state, event.date) };
    case 'consultation_expired':
      requireStatus(state, [RequestStatus.CONSULTING], '按逾期未答复处理');
      // Art. 32/34: 15 working days; an agency's silence is consent, a third party's lets the agency decide.
      if (event.date <= state.consultationDueDate!) {
        throw new RequestEventRefused(`征求意见期限 ${state.consultationDueDate} 尚未届满`);
      }
      return { ...state, status: RequestStatus.IN_PROGRESS, consultationDueDate: null, pauses: closePause(state, event.date) };
    case 'reasons_requested':
      requireStatus(state, [RequestStatus.IN_PROGRESS], '要求说明理由');
      return { ...state, reasonsRequested: true };
    case 'deadline_set':
      requireStatus(state, [RequestStatus.IN_PROGRESS], '确定答复期限');
      // Art. 35: only after asking the applicant for reasons may the agency set a later reasonable deadline.
      if (!state.reasonsRequested) throw new RequestEventRefused('应先要求申请人说明理由，才能另行确定答复期限（第三十五条）');
      if (event.dueDate <= event.date) throw new RequestEventRefused('答复期限应晚于今天');
      return { ...state, deadlineOverride: event.dueDate };
    case 'fee_notified':
      requireStatus(state, [RequestStatus.IN_PROGRESS], '发出收费通知');
      if (event.amountYuan <= 0) throw new RequestEventRefused('收费金额应大于零');
      return {
        ...state,
        status: RequestStatus.AWAITING_FEE,
        feeDueDate: event.dueDate ?? addWorkingDays(calendar, event.date, FEE_WORKING_DAYS),
        pauses: [...state.pauses, { from: event.date, to: null }],
      };
    case 'fee_paid':
      requireStatus(state, [RequestStatus.AWAITING_FEE], '登记缴费');
      return { ...state, status: RequestStatus.IN_PROGRESS, feeDueDate: null, pauses: closePause(state, event.date) };
    case 'fee_expired':
      requireStatus(state, [RequestStatus.AWAITING_FEE], '按逾期未缴费处理');
      if (event.date <= state.feeDueDate!) throw new RequestEventRefused(`缴费期限 ${state.feeDueDate} 尚未届满`);
      return close({ ...state, pauses: closePause(state, event.date) }, event.date, Outcome.OTHER_FEE_UNPAID);
    case 'extension_requested':
      requireStatus(state, [RequestStatus.IN_PROGRESS], '申请延期');
      // Art. 33: one extension, at most 20 working days.
      if (state.extensionDays > 0) throw new RequestEventRefused('每件申请只能延期一次，本申请已延期（第三十三条）');
      if (state.pendingExtension) throw new RequestEventRefused('已有待审批的延期申请');
      if (!Number.isInteger(event.days) || event.days < 1 || event.days > MAX_EXTENSION_WORKING_DAYS) {
        throw new RequestEventRefused('延长期限应为 1 至 20 个工作日（第三十三条）');
      }
      return { ...state, pendingExtension: { days: event.days, requestedBy: event.requestedBy } };
    case 'extension_approved':
      if (!state.pendingExtension) throw new RequestEventRefused('没有待审批的延期申请');
      requireStatus(state, [RequestStatus.IN_PROGRESS, RequestStatus.CONSULTING, RequestStatus.AWAITING_FEE], '批准延期');
      if (event.approvedBy === state.pendingExtension.requestedBy) {
        throw new RequestEventRefused('延期须由公开办负责人审批，申请人本人不能审批自己的延期申请');
      }
      return { ...state, extensionDays: state.pendingExtension.days, pendingExtension: null };
    case 'extension_rejected':
      if (!state.pendingExtension) throw new RequestEventRefused('没有待审批的延期申请');
      if (event.rejectedBy === state.pendingExtension.requestedBy) throw new RequestEventRefused('不能审批自己的延期申请');
      return { ...state, pendingExtension: null };
    case 'replied':
      requireStatus(state, [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS], '答复');
      return close({ ...state, pendingExtension: null }, event.date, event.outcome);
    case 'supplementary_reply':
      requireStatus(state, [RequestStatus.CLOSED], '补充答复');
      if (state.outcome === Outcome.OTHER_SUPPLEMENT_OVERDUE || state.outcome === Outcome.OTHER_FEE_UNPAID) {
        throw new RequestEventRefused('已按放弃申请处理的，不能补充答复');
      }
      return { ...state, replyCount: state.replyCount + 1 };
    case 'withdrawn':
      if (!isOpen(state)) throw new RequestEventRefused(`申请已${STATUS_LABELS[state.status]}，不能撤回`);
      return { ...state, status: RequestStatus.WITHDRAWN, closedDate: event.date, pendingExtension: null, pauses: closePause(state, event.date) };
    case 'review_recorded':
      requireStatus(state, [RequestStatus.CLOSED], '登记行政复议或诉讼');
      return state;
  }
}

function close(state: RequestState, date: string, outcome: Outcome): RequestState {
  return { ...state, status: RequestStatus.CLOSED, outcome, closedDate: date, replyCount: state.replyCount + 1 };
}

/** Folds the event list into the state; throws if the list contains an event the law would not have allowed. */
export function deriveRequestState(events: readonly RequestEvent[], calendar: WorkingCalendar): RequestState {
  return events.reduce((state, event) => applyRequestEvent(state, event, calendar), initialRequestState());
}

