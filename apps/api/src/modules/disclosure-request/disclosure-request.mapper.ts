import {
  DisclosureDeadline,
  DisclosureEvent,
  DisclosureRequestSummary,
  DisclosureRequestView,
  DISCLOSURE_STATUS_LABELS,
  MediaFileView,
  REQUEST_CHANNEL_LABELS,
  REVIEW_KIND_LABELS,
} from '@govopen/contracts';
import { Deadline, dayOfWeek, OPEN_STATUSES, Outcome, outcomeInfo, RequestEvent, RequestState, RequestStatus } from '@govopen/domain';
import { DisclosureRequestEvent } from './disclosure-request-event.entity';
import { DisclosureRequest } from './disclosure-request.entity';

export interface StoredPayload {
  event: RequestEvent;
  details: Record<string, unknown>;
}

export function parsePayload(row: DisclosureRequestEvent): StoredPayload {
  return JSON.parse(row.payload) as StoredPayload;
}

/** 2024-10-30 → 2024年10月30日（星期三） */
export function formatChinaDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（星期${'日一二三四五六'[dayOfWeek(date)]}）`;
}

/** Events the applicant is not shown: internal approvals and records of later proceedings. */
const STAFF_ONLY = new Set(['extension_requested', 'extension_rejected', 'review_recorded']);

function summaryOf(payload: StoredPayload, unitNames: Map<number, string>, forStaff: boolean): string {
  const { event, details } = payload;
  const unit = (id: number) => unitNames.get(id) ?? `科室 #${id}`;
  switch (event.type) {
    case 'submitted':
      return `${REQUEST_CHANNEL_LABELS[event.channel]}提交申请`;
    case 'registered':
      return `登记受理，收到申请日期为 ${formatChinaDate(event.receivedDate)}`;
    case 'assigned':
      return `分办至${unit(event.unitId)}承办${event.assistUnitIds.length ? `，${event.assistUnitIds.map(unit).join('、')}协办` : ''}`;
    case 'claimed':
      return `${String(details.staffName ?? '工作人员')}认领本件，担任承办人`;
    case 'transferred':
      return `转至${unit(event.unitId)}办理${forStaff ? `：${String(details.reason ?? '')}` : ''}`;
    case 'supplement_requested':
      return `告知补正：${String(details.items ?? '')}。请于 ${formatChinaDate(event.dueDate)} 前补正`;
    case 'supplement_received':
      return '收到补正材料，答复期限自收到之日起重新计算';
    case 'supplement_expired':
      return '逾期未补正，视为放弃申请（第三十条）';
    case 'consultation_sent':
      return `${event.party === 'agency' ? '征求有关机关意见' : '征求第三方意见'}${forStaff ? `（${String(details.partyName ?? '')}）` : ''}，征求意见期间不计入答复期限`;
    case 'consultation_letter_received':
      return `被征求意见方于 ${formatChinaDate(event.receivedDate)} 收到征求意见函，15 个工作日自次日起算`;
    case 'consultation_answered':
      return forStaff ? `${formatChinaDate(event.date)}收到意见：${event.consent ? '同意公开' : '不同意公开'}。${String(details.opinion ?? '')}` : '收到征求意见的答复';
    case 'consultation_expired':
      return '征求意见期满未答复';
    case 'reasons_requested':
      return `要求说明申请理由（第三十五条）${event.answerDueDate ? `，请于 ${formatChinaDate(event.answerDueDate)} 前说明` : ''}${details.note ? `：${String(details.note)}` : ''}`;
    case 'reasons_given':
      return `申请人说明了理由${forStaff ? `：${String(details.content ?? '')}` : ''}`;
    case 'reasons_judged':
      return `认定申请理由${event.reasonable ? '合理' : '不合理'}（第三十五条）${forStaff && details.note ? `：${String(details.note)}` : ''}`;
    case 'deadline_set':
      return `确定答复期限为 ${formatChinaDate(event.dueDate)}：${String(details.reason ?? '')}`;
    case 'fee_notified':
      return `发出收费通知：信息处理费 ${event.amountYuan} 元，自收到通知之日起 20 个工作日内缴纳`;
    case 'fee_notice_received':
      return `${event.channel === 'online' ? '申请人在线查看了收费通知' : '申请人收到收费通知'}（${formatChinaDate(event.receivedDate)}），缴费期限自次日起算`;
    case 'fee_paid':
      return '已缴纳信息处理费';
    case 'fee_expired':
      return '逾期未缴纳费用，视为放弃申请';
    case 'extension_requested':
      return `申请延长答复期限 ${event.days} 个工作日：${String(details.reason ?? '')}`;
    case 'extension_approved':
      return `延长答复期限 ${String(details.days ?? '')} 个工作日：${String(details.reason ?? '')}`;
    case 'extension_rejected':
      return `延期申请未获批准：${String(details.reason ?? '')}`;
    case 'replied':
      return `作出答复：${outcomeInfo(event.outcome).group}${event.outcome === Outcome.DISCLOSED || event.outcome === Outcome.PARTIALLY_DISCLOSED ? '' : `（${outcomeInfo(event.outcome).label}）`}`;
    case 'supplementary_reply':
      return `补充答复：${String(details.note ?? '')}`;
    case 'withdrawn':
      return '申请已撤回';
    case 'review_recorded':
      return `登记${REVIEW_KIND_LABELS[event.kind]}`;
  }
}

/**
 * The history as people read it. Staff see who acted by their name (`staffNames`, by staff id; the stored actor name
 * is the login, kept for the audit log); the applicant sees 工作人员.
 */
export function toEventViews(rows: DisclosureRequestEvent[], unitNames: Map<number, string>, forStaff: boolean, staffNames: Map<number, string> = new Map()): DisclosureEvent[] {
  return rows
    .map((row) => ({ row, payload: parsePayload(row) }))
    .filter(({ payload }) => forStaff || !STAFF_ONLY.has(payload.event.type))
    .map(({ row, payload }) => ({
      id: row.id,
      type: payload.event.type,
      date: row.eventDate,
      at: row.at.toISOString(),
      actor: row.actorType === 'resident' ? '申请人' : !forStaff ? '工作人员' : row.actorType === 'staff' ? (staffNames.get(row.actorId ?? -1) ?? row.actorName ?? '工作人员') : '系统',
      summary: summaryOf(payload, unitNames, forStaff),
      detail: forStaff ? { ...payload.details } : {},
    }));
}

/** Shows the arithmetic to people (DOMAIN §1): "第 12 个工作日，剩余 8 个工作日，最迟 2024年10月30日前答复". */
export function explainDeadline(state: RequestState, deadline: Deadline | null, calendarProblem: string | null): string | null {
  if (state.status === RequestStatus.WITHDRAWN) return '申请已撤回';
  if (state.status === RequestStatus.CLOSED) {
    return `已于 ${formatChinaDate(state.closedDate!)} 办结${deadline?.overdue ? '（超过答复期限）' : ''}`;
  }
  if (!state.receivedDate) return '等待工作人员登记受理；自收到申请之日起 20 个工作日内答复';
  if (calendarProblem) return calendarProblem;
  if (!deadline) return null;
  if (state.status === RequestStatus.AWAITING_SUPPLEMENT) {
    return `待补正：请于 ${formatChinaDate(state.supplementDueDate!)} 前补正；收到补正材料之日起重新计算 20 个工作日`;
  }
  if (state.status === RequestStatus.CONSULTING) {
    return `正在征求意见，期间不计入答复期限；已用 ${deadline.elapsedWorkingDays} 个工作日`;
  }
  if (state.status === RequestStatus.AWAITING_FEE) {
    const payBy = state.feeDueDate ? `请于 ${formatChinaDate(state.feeDueDate)} 前缴纳，` : '';
    return `待缴费，${payBy}缴费期间不计入答复期限；已用 ${deadline.elapsedWorkingDays} 个工作日`;
  }
  if (deadline.overdue) return `已超过答复期限 ${-deadline.remainingWorkingDays!} 个工作日（最迟应于 ${formatChinaDate(deadline.dueDate!)} 答复）`;
  const extension = state.extensionDays ? `（含延长 ${state.extensionDays} 个工作日）` : '';
  return `第 ${deadline.elapsedWorkingDays} 个工作日，剩余 ${deadline.remainingWorkingDays} 个工作日${extension}，最迟 ${formatChinaDate(deadline.dueDate!)} 前答复`;
}

export function toDeadlineView(deadline: Deadline | null, explanation: string | null): DisclosureDeadline | null {
  if (!deadline) return explanation ? { dueDate: null, paused: false, allowedWorkingDays: 20, pausedWorkingDays: 0, elapsedWorkingDays: null, remainingWorkingDays: null, overdue: false, explanation } : null;
  return { ...deadline, explanation };
}

export function toRequestView(
  request: DisclosureRequest,
  state: RequestState,
  deadline: Deadline | null,
  explanation: string | null,
  events: DisclosureEvent[],
  unitNames: Map<number, string>,
  attachments: MediaFileView[],
  today: string,
): DisclosureRequestView {
  const supplement = [...events].reverse().find((event) => event.type === 'supplement_requested');
  return {
    id: request.id,
    trackingNumber: request.trackingNumber ?? '',
    status: request.status,
    statusLabel: DISCLOSURE_STATUS_LABELS[request.status],
    submittedAt: request.submittedAt.toISOString(),
    receivedAt: state.receivedDate,
    dueDate: deadline?.dueDate ?? null,
    deadline: toDeadlineView(deadline, explanation),
    applicantType: request.applicantType,
    applicantName: request.applicantName,
    idNumberMasked: request.idNumberMasked,
    phoneMasked: request.phoneMasked,
    title: request.title,
    documentNumber: request.documentNumber,
    description: request.description,
    purpose: request.purpose,
    provisionMethod: request.provisionMethod,
    deliveryMethod: request.deliveryMethod,
    channel: request.channel,
    unitName: request.unitId ? unitNames.get(request.unitId) ?? null : null,
    outcome: state.outcome,
    outcomeLabel: state.outcome ? outcomeInfo(state.outcome).label : null,
    supplementDueDate: state.supplementDueDate,
    supplementItems: state.status === RequestStatus.AWAITING_SUPPLEMENT && supplement ? String(supplement.summary) : null,
    reasonsRequest:
      state.reasons === 'none' || !state.reasonsAnswerDueDate
        ? null
        : {
            answerDueDate: state.reasonsAnswerDueDate,
            canAnswer: state.reasons === 'requested' && state.status === RequestStatus.IN_PROGRESS && today <= state.reasonsAnswerDueDate,
            note: reasonsNote(events),
          },
    feeNotice: state.status === RequestStatus.AWAITING_FEE ? { amountYuan: state.feeAmountYuan ?? 0, dueDate: state.feeDueDate } : null,
    attachments,
    events,
  };
}

function reasonsNote(events: DisclosureEvent[]): string | null {
  const asked = [...events].reverse().find((event) => event.type === 'reasons_requested');
  return asked ? asked.summary : null;
}

export function toSummary(request: DisclosureRequest, today: string, remaining: number | null, unitNames: Map<number, string>): DisclosureRequestSummary {
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  return {
    id: request.id,
    trackingNumber: request.trackingNumber ?? '',
    status: request.status,
    statusLabel: DISCLOSURE_STATUS_LABELS[request.status],
    title: request.title,
    applicantName: request.applicantName,
    applicantType: request.applicantType,
    submittedAt: request.submittedAt.toISOString(),
    receivedAt: request.receivedDate,
    dueDate: request.dueDate,
    remainingWorkingDays: remaining,
    // Derived from the stored due date and today: overdue is never stored (DOMAIN §2).
    overdue: open && request.dueDate !== null && request.dueDate < today,
    unitId: request.unitId,
    unitName: request.unitId ? unitNames.get(request.unitId) ?? null : null,
  };
}
