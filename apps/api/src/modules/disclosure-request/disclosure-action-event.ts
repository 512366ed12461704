import { DisclosureAction } from '@govopen/contracts';
import {
  CONSULTATION_WORKING_DAYS,
  DisclosureRule,
  feeForPages,
  MIN_REASONS_WORKING_DAYS,
  Outcome,
  outcomeInfo,
  refuseDisclosure,
  RequestEvent,
  RequestState,
  WorkingCalendar,
} from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { calendarMissing, safeAddWorkingDays } from './case-calendar';

/** What the mapping needs to look up beyond the case itself. */
export interface ActionLookups {
  /** Refuses (4xx naming `field`) a unit that is not an active unit of the staff member's agency. */
  assertActiveUnit(unitId: number, field: string): Promise<void>;
  /** 109号 by count: the fee for this application's place in its month (0 within the first 10). */
  feeByCount(): Promise<number>;
}

export interface ActionContext {
  state: RequestState;
  /** The reason given with the pending extension request, for the letter that approves it. */
  pendingExtensionReason: string | null;
  staff: StaffPrincipal;
  calendar: WorkingCalendar;
  today: string;
  lookups: ActionLookups;
}

export interface MappedEvent {
  event: RequestEvent;
  /** What the clerk wrote with the event: names, notes and reasons the letters and the timeline quote. */
  details: Record<string, unknown>;
}

const REFERRAL_PROMPTS = {
  channel: '请写明可以提出信访、投诉、举报的渠道（第三十九条第一款）',
  source: '请写明获取该公开出版物的途径（第三十九条第二款）',
  competent_agency: '请写明负责公开该信息的机关（第三十六条第（五）项）',
} as const;

/**
 * The event a staff action records, dated today. Input the law constrains is checked here with the field named; whether
 * the event may happen now is the domain's (applyRequestEvent), checked after.
 */
export async function eventForAction(action: DisclosureAction, context: ActionContext): Promise<MappedEvent> {
  const { state, staff, calendar, today, lookups } = context;
  const date = today;
  switch (action.type) {
    case 'register':
      if (action.receivedDate && action.receivedDate > today) throw AppException.invalid('receivedDate', '收到申请的日期不能晚于今天');
      return { event: { type: 'registered', date, receivedDate: action.receivedDate ?? today }, details: {} };
    case 'assign':
      await lookups.assertActiveUnit(action.unitId, 'unitId');
      for (const unitId of action.assistUnitIds ?? []) await lookups.assertActiveUnit(unitId, 'assistUnitIds');
      return { event: { type: 'assigned', date, unitId: action.unitId, assistUnitIds: action.assistUnitIds ?? [] }, details: {} };
    case 'claim':
      return { event: { type: 'claimed', date, staffId: staff.id }, details: { staffName: staff.displayName } };
    case 'transfer':
      await lookups.assertActiveUnit(action.unitId, 'unitId');
      return { event: { type: 'transferred', date, unitId: action.unitId, reason: action.reason }, details: { reason: action.reason } };
    case 'request-supplement':
      if (action.dueDate <= today) throw AppException.invalid('dueDate', '补正期限应晚于今天');
      return { event: { type: 'supplement_requested', date, dueDate: action.dueDate, items: action.items }, details: { items: action.items } };
    case 'receive-supplement':
      return { event: { type: 'supplement_received', date: action.date ?? date }, details: { recordedBy: staff.displayName } };
    case 'expire-supplement':
      return { event: { type: 'supplement_expired', date }, details: {} };
    case 'consult':
      if (!safeAddWorkingDays(calendar, today, CONSULTATION_WORKING_DAYS)) throw calendarMissing(today);
      return { event: { type: 'consultation_sent', date, party: action.party }, details: { partyName: action.partyName, question: action.question } };
    case 'record-consultation-receipt':
      return { event: { type: 'consultation_letter_received', date, receivedDate: action.date }, details: {} };
    case 'record-consultation':
      return { event: { type: 'consultation_answered', date: action.date ?? date, consent: action.consent }, details: { opinion: action.opinion } };
    case 'expire-consultation':
      return { event: { type: 'consultation_expired', date }, details: {} };
    case 'request-reasons': {
      // The period is stored with the event, so the notice and the letter state the same day the domain checks.
      const answerDueDate = action.dueDate ?? safeAddWorkingDays(calendar, today, MIN_REASONS_WORKING_DAYS);
      if (!answerDueDate) throw calendarMissing(today);
      return { event: { type: 'reasons_requested', date, answerDueDate }, details: { note: action.note } };
    }
    case 'judge-reasons':
      return { event: { type: 'reasons_judged', date, reasonable: action.reasonable }, details: { note: action.note } };
    case 'set-deadline':
      return { event: { type: 'deadline_set', date, dueDate: action.dueDate, reason: action.reason }, details: { reason: action.reason } };
    case 'notify-fee': {
      if (state.feeNotified) refuseDisclosure(DisclosureRule.FEE_ONCE, '每件申请只能发出一次收费通知，本申请已经发出过');
      const amount = action.basis === 'pages' ? feeForPages(action.pages ?? 0) : await lookups.feeByCount();
      // 109号: free by default; a notice for nothing is refused rather than sent.
      if (amount <= 0) refuseDisclosure(DisclosureRule.FEE_NOT_POSITIVE, action.basis === 'pages' ? '30 页以下（含）不收费' : '本月收到的第 10 件以内的申请不收费');
      return { event: { type: 'fee_notified', date, amountYuan: amount }, details: { basis: action.basis, pages: action.pages ?? null } };
    }
    case 'record-fee-receipt':
      return { event: { type: 'fee_notice_received', date, receivedDate: action.date, channel: 'post' }, details: { recordedBy: staff.displayName } };
    case 'record-payment':
      return { event: { type: 'fee_paid', date }, details: {} };
    case 'expire-fee':
      return { event: { type: 'fee_expired', date }, details: {} };
    case 'extend':
      return { event: { type: 'extension_requested', date, days: action.days, reason: action.reason, requestedBy: staff.id }, details: { reason: action.reason } };
    case 'approve-extension': {
      const pending = state.pendingExtension;
      return { event: { type: 'extension_approved', date, approvedBy: staff.id }, details: { days: pending?.days ?? null, reason: pending ? context.pendingExtensionReason : null } };
    }
    case 'reject-extension':
      return { event: { type: 'extension_rejected', date, rejectedBy: staff.id, reason: action.reason }, details: { reason: action.reason } };
    case 'reply': {
      // Art. 36(5), 39: the letter must name the competent agency, the channel or the source.
      const referral = outcomeInfo(action.outcome as Outcome).referral;
      const given = action.referral?.trim();
      const contact = action.referralContact?.trim();
      if (referral && !given) throw AppException.invalid('referral', REFERRAL_PROMPTS[referral]);
      if (referral === 'competent_agency' && !contact) throw AppException.invalid('referralContact', '请填写负责公开的机关的联系方式（第三十六条第（五）项）');
      return {
        event: { type: 'replied', date, outcome: action.outcome as Outcome },
        details: { note: action.note ?? null, referral: referral ? given : null, referralContact: referral === 'competent_agency' ? contact : null },
      };
    }
    case 'supplementary-reply':
      return { event: { type: 'supplementary_reply', date }, details: { note: action.note } };
    case 'withdraw':
      return { event: { type: 'withdrawn', date }, details: { note: action.note ?? null, recordedBy: staff.displayName } };
    case 'record-review':
      return { event: { type: 'review_recorded', date, kind: action.kind, result: action.result } , details: {} };
  }
}
