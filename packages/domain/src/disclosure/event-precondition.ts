import { LocalDate } from '../calendar/local-date';
import { DisclosureRule } from './disclosure-rule';
import { LAPSE_OUTCOMES } from './outcome';
import { RequestEventType } from './request-event';
import { isOpen, REQUEST_STATUS_LABELS, RequestState, RequestStatus } from './request-state';

export interface EventRefusal {
  rule: DisclosureRule;
  message: string;
}

function needsStatus(state: RequestState, allowed: readonly RequestStatus[], action: string): EventRefusal | null {
  if (allowed.includes(state.status)) return null;
  return { rule: DisclosureRule.WRONG_STATUS, message: `申请当前为“${REQUEST_STATUS_LABELS[state.status]}”，不能${action}` };
}

function refusedIf(condition: boolean, rule: DisclosureRule, message: string): EventRefusal | null {
  return condition ? { rule, message } : null;
}

const { SUBMITTED, RECEIVED, IN_PROGRESS, AWAITING_SUPPLEMENT, CONSULTING, AWAITING_FEE, CLOSED } = RequestStatus;

/**
 * Why an event of `type` cannot happen on `date` to a case in `state`, whatever the event's own figures; `by` is the
 * staff member recording it (claim, approve or reject an extension). Both applyRequestEvent and the staff view's
 * allowed actions ask this, so the buttons offered and the rules enforced cannot drift apart. Rules that depend on
 * what the clerk types (dates, days, units) or on the calendar stay in applyRequestEvent.
 */
export function eventPreconditionRefusal(state: RequestState, type: RequestEventType, date: LocalDate, by?: number): EventRefusal | null {
  switch (type) {
    case 'submitted':
      return refusedIf(state.submittedDate !== null, DisclosureRule.ALREADY_SUBMITTED, '申请已提交');
    case 'registered':
      return needsStatus(state, [SUBMITTED], '登记');
    case 'assigned':
      return needsStatus(state, [RECEIVED, IN_PROGRESS], '分办');
    case 'transferred':
      return needsStatus(state, [IN_PROGRESS], '转办');
    case 'claimed':
      return (
        needsStatus(state, [IN_PROGRESS, AWAITING_SUPPLEMENT, CONSULTING, AWAITING_FEE], '认领') ??
        refusedIf(by !== undefined && state.handlerId === by, DisclosureRule.ALREADY_HANDLER, '您已是本件的承办人')
      );
    case 'supplement_requested':
      // Art. 30: once, completely.
      return needsStatus(state, [RECEIVED, IN_PROGRESS], '要求补正') ?? refusedIf(state.supplementRequested, DisclosureRule.SUPPLEMENT_ONCE, '补正只能一次性告知，本申请已要求过补正');
    case 'supplement_received':
      return needsStatus(state, [AWAITING_SUPPLEMENT], '登记补正材料');
    case 'supplement_expired':
      return (
        needsStatus(state, [AWAITING_SUPPLEMENT], '按逾期未补正处理') ??
        refusedIf(date <= state.supplementDueDate!, DisclosureRule.SUPPLEMENT_NOT_LAPSED, `补正期限 ${state.supplementDueDate} 尚未届满`)
      );
    case 'consultation_sent':
      return needsStatus(state, [IN_PROGRESS], '征求意见');
    case 'consultation_letter_received':
      return needsStatus(state, [CONSULTING], '登记对方收到征求意见函的日期');
    case 'consultation_answered':
      return needsStatus(state, [CONSULTING], '登记意见');
    case 'consultation_expired':
      // Art. 32/34: 15 working days.
      return (
        needsStatus(state, [CONSULTING], '按逾期未答复处理') ??
        refusedIf(
          state.consultationDueDate === null || date <= state.consultationDueDate,
          DisclosureRule.CONSULTATION_NOT_LAPSED,
          `征求意见期限 ${state.consultationDueDate} 尚未届满`,
        )
      );
    case 'reasons_requested':
      return needsStatus(state, [IN_PROGRESS], '要求说明理由') ?? refusedIf(state.reasons !== 'none', DisclosureRule.REASONS_ONCE, '本申请已要求申请人说明理由');
    case 'reasons_given':
      return (
        refusedIf(state.reasons === 'none', DisclosureRule.REASONS_NOT_REQUESTED, '本申请未被要求说明理由') ??
        refusedIf(state.reasons !== 'requested', DisclosureRule.REASONS_ALREADY_JUDGED, '理由已经说明或已有认定') ??
        needsStatus(state, [IN_PROGRESS], '说明理由') ??
        refusedIf(date > state.reasonsAnswerDueDate!, DisclosureRule.REASONS_ANSWER_LATE, `说明理由的期限 ${state.reasonsAnswerDueDate} 已过`)
      );
    case 'reasons_judged':
      return (
        needsStatus(state, [IN_PROGRESS], '认定申请理由') ??
        refusedIf(state.reasons === 'none', DisclosureRule.REASONS_NOT_REQUESTED, '应先要求申请人说明理由，才能认定理由是否合理') ??
        refusedIf(state.reasons === 'reasonable' || state.reasons === 'unreasonable', DisclosureRule.REASONS_ALREADY_JUDGED, '已认定过申请理由') ??
        refusedIf(
          state.reasons === 'requested' && date <= state.reasonsAnswerDueDate!,
          DisclosureRule.REASONS_AWAITED,
          `申请人可在 ${state.reasonsAnswerDueDate} 前说明理由，期满前不能认定`,
        )
      );
    case 'deadline_set':
      // Art. 35: a later reasonable deadline only where the reasons were found reasonable but 20 days are not enough.
      return (
        needsStatus(state, [IN_PROGRESS], '确定答复期限') ??
        refusedIf(state.reasons !== 'reasonable', DisclosureRule.LATER_DEADLINE_NEEDS_REASONABLE, '应先要求申请人说明理由并认定理由合理，才能确定延迟答复的期限')
      );
    case 'fee_notified':
      // 109号 Art. 3: one standard, never charged twice.
      return needsStatus(state, [IN_PROGRESS], '发出收费通知') ?? refusedIf(state.feeNotified, DisclosureRule.FEE_ONCE, '每件申请只能发出一次收费通知，本申请已经发出过');
    case 'fee_notice_received':
      return needsStatus(state, [AWAITING_FEE], '登记收到收费通知');
    case 'fee_paid':
      return needsStatus(state, [AWAITING_FEE], '登记缴费');
    case 'fee_expired':
      return (
        needsStatus(state, [AWAITING_FEE], '按逾期未缴费处理') ??
        refusedIf(
          state.feeDueDate === null || date <= state.feeDueDate,
          DisclosureRule.FEE_NOT_LAPSED,
          state.feeDueDate ? `缴费期限 ${state.feeDueDate} 尚未届满` : '申请人收到收费通知的日期尚未登记，缴费期限尚未开始计算',
        )
      );
    case 'extension_requested':
      // Art. 33 ¶2: one extension, asked for before the due date.
      return (
        needsStatus(state, [IN_PROGRESS], '申请延期') ??
        refusedIf(state.extensionDays > 0, DisclosureRule.EXTENSION_ONCE, '每件申请只能延期一次，本申请已延期') ??
        refusedIf(state.pendingExtension !== null, DisclosureRule.EXTENSION_PENDING, '已有待审批的延期申请')
      );
    case 'extension_approved':
      if (!state.pendingExtension) return { rule: DisclosureRule.NO_PENDING_EXTENSION, message: '没有待审批的延期申请' };
      return (
        needsStatus(state, [IN_PROGRESS, CONSULTING, AWAITING_FEE], '批准延期') ??
        refusedIf(by === state.pendingExtension.requestedBy, DisclosureRule.EXTENSION_SELF_APPROVAL, '延期须经政府信息公开工作机构负责人同意，不能审批自己的延期申请')
      );
    case 'extension_rejected':
      if (!state.pendingExtension) return { rule: DisclosureRule.NO_PENDING_EXTENSION, message: '没有待审批的延期申请' };
      return refusedIf(by === state.pendingExtension.requestedBy, DisclosureRule.EXTENSION_SELF_APPROVAL, '不能审批自己的延期申请');
    case 'replied':
      return needsStatus(state, [RECEIVED, IN_PROGRESS], '答复');
    case 'supplementary_reply':
      return (
        needsStatus(state, [CLOSED], '补充答复') ??
        refusedIf(state.outcome !== null && LAPSE_OUTCOMES.includes(state.outcome), DisclosureRule.SUPPLEMENTARY_REPLY_AFTER_ABANDONMENT, '已按放弃申请处理的，不能补充答复')
      );
    case 'withdrawn':
      return refusedIf(!isOpen(state), DisclosureRule.WRONG_STATUS, `申请已${REQUEST_STATUS_LABELS[state.status]}，不能撤回`);
    case 'review_recorded':
      return needsStatus(state, [CLOSED], '登记行政复议或诉讼');
  }
}
