import { LocalDate } from '../calendar/local-date';
import { LegalRefusal } from '../law/legal-refusal';
import { messageRefusal, MessageRule } from './message-rule';

/**
 * The life of a message on a board. `held` waits for a moderator (the content check flagged it or could not run);
 * `dispatching` waits for the 公开办 to confirm the responsible unit; `assigned` sits in a unit's inbox unclaimed;
 * `in_progress` has a 承办人; `answered` and `invalid` are final.
 */
export type MessageStatus = 'held' | 'dispatching' | 'assigned' | 'in_progress' | 'answered' | 'invalid';

export type MessageAction =
  | 'approve_content'
  | 'reject_content'
  | 'assign'
  | 'claim'
  | 'reply'
  | 'transfer'
  | 'return'
  | 'extend'
  | 'urge'
  | 'invalidate'
  | 'publish'
  | 'unpublish';

/** Each status as the writer and staff read it (contracts re-exports this table). */
export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  held: '审核中',
  dispatching: '待分办',
  assigned: '已转办理单位',
  in_progress: '办理中',
  answered: '已答复',
  invalid: '不予受理',
};

/**
 * Each action as a clerk reads it: the button, the timeline and the refusal say the same words. `unpublish` takes a
 * published reply off the public board: 取消公开, not 不公开 (which is the writer's choice at writing).
 */
export const MESSAGE_ACTION_LABELS: Record<MessageAction, string> = {
  approve_content: '审核通过',
  reject_content: '审核不通过',
  assign: '分办',
  claim: '认领',
  reply: '答复',
  transfer: '转办',
  return: '退回分办',
  extend: '延期',
  urge: '催办',
  invalidate: '不予受理',
  publish: '公开',
  unpublish: '取消公开',
};

export interface MessageWorkflowState {
  status: MessageStatus;
  unitId: number | null;
  handlerId: number | null;
  /** What the writer chose: a private message is never published. */
  writerWantsPublic: boolean;
  published: boolean;
  extendedWorkingDays: number;
  /** The reply limit the message was received under (受理): later changes of the board's limit do not touch it. */
  replyWorkingDays: number;
  /** null while the calendar cannot say (next year's holidays not entered yet). */
  dueDate: LocalDate | null;
}

export interface MessageStaff {
  id: number;
  unitId: number | null;
  /** The 公开办 dispatches, moderates, urges and sees every unit (office head role). */
  isDispatcher: boolean;
}

export interface MessageActionInput {
  unitId?: number;
  reason?: string;
  days?: number;
}

/** Refusals of the workflow (state, permission, missing input); a broken rule is a LegalRefusal instead. */
export type MessageRefusal = 'wrong_status' | 'not_your_unit' | 'dispatcher_only' | 'reason_required' | 'unit_required' | 'same_unit' | 'days_required';

export type MessageDecision =
  | { ok: true; status: MessageStatus; unitId: number | null; handlerId: number | null; published: boolean; extendedWorkingDays: number }
  | { ok: false; reason: MessageRefusal }
  | { ok: false; refusal: LegalRefusal };

const OPEN: MessageStatus[] = ['assigned', 'in_progress'];

/**
 * Decides one staff action on a message on `today`; the service persists what this returns and records it as an
 * event.
 */
export function handleMessage(state: MessageWorkflowState, action: MessageAction, staff: MessageStaff, today: LocalDate, input: MessageActionInput = {}): MessageDecision {
  const next = { status: state.status, unitId: state.unitId, handlerId: state.handlerId, published: state.published, extendedWorkingDays: state.extendedWorkingDays };
  const refuse = (reason: MessageRefusal): MessageDecision => ({ ok: false, reason });
  const breaks = (rule: MessageRule, detail?: string): MessageDecision => ({ ok: false, refusal: messageRefusal(rule, detail) });
  const reason = input.reason?.trim() ?? '';
  const ownUnit = staff.unitId !== null && staff.unitId === state.unitId;
  const unitOrDispatcher = ownUnit || staff.isDispatcher;

  switch (action) {
    case 'approve_content':
    case 'reject_content':
      if (!staff.isDispatcher) return refuse('dispatcher_only');
      if (state.status !== 'held') return refuse('wrong_status');
      if (action === 'reject_content' && !reason) return refuse('reason_required');
      return { ok: true, ...next, status: action === 'approve_content' ? 'dispatching' : 'invalid' };
    case 'assign':
      if (!staff.isDispatcher) return refuse('dispatcher_only');
      if (state.status !== 'dispatching') return refuse('wrong_status');
      if (!input.unitId) return refuse('unit_required');
      return { ok: true, ...next, status: 'assigned', unitId: input.unitId, handlerId: null };
    case 'claim':
      if (state.status !== 'assigned') return refuse('wrong_status');
      if (!ownUnit) return refuse('not_your_unit');
      return { ok: true, ...next, status: 'in_progress', handlerId: staff.id };
    case 'reply':
      if (!OPEN.includes(state.status)) return refuse('wrong_status');
      if (!ownUnit) return refuse('not_your_unit');
      return { ok: true, ...next, status: 'answered', handlerId: state.handlerId ?? staff.id, published: state.writerWantsPublic };
    case 'transfer':
      if (!OPEN.includes(state.status)) return refuse('wrong_status');
      if (!unitOrDispatcher) return refuse('not_your_unit');
      if (!input.unitId) return refuse('unit_required');
      if (input.unitId === state.unitId) return refuse('same_unit');
      if (!reason) return refuse('reason_required');
      return { ok: true, ...next, status: 'assigned', unitId: input.unitId, handlerId: null };
    case 'return':
      if (!OPEN.includes(state.status)) return refuse('wrong_status');
      if (!ownUnit) return refuse('not_your_unit');
      if (!reason) return refuse('reason_required');
      return { ok: true, ...next, status: 'dispatching', unitId: null, handlerId: null };
    case 'extend': {
      if (!OPEN.includes(state.status)) return refuse('wrong_status');
      if (!ownUnit) return refuse('not_your_unit');
      // The board's rule, as 条例 Art. 33 ¶2 for requests: an extension is decided before the limit runs out (the due
      // date itself still counts), once, and for at most the limit the message was received under.
      if (state.dueDate !== null && today > state.dueDate) return breaks(MessageRule.MESSAGE_EXTENSION_WHEN_LATE, `答复期限为 ${state.dueDate}`);
      if (state.extendedWorkingDays > 0) return breaks(MessageRule.MESSAGE_ALREADY_EXTENDED, `已延期 ${state.extendedWorkingDays} 个工作日`);
      if (!reason) return refuse('reason_required');
      const days = input.days ?? 0;
      if (!Number.isInteger(days) || days < 1) return refuse('days_required');
      if (days > state.replyWorkingDays) return breaks(MessageRule.MESSAGE_EXTENSION_TOO_LONG, `这条留言的答复时限为 ${state.replyWorkingDays} 个工作日`);
      return { ok: true, ...next, extendedWorkingDays: days };
    }
    case 'urge':
      if (!staff.isDispatcher) return refuse('dispatcher_only');
      if (!OPEN.includes(state.status)) return refuse('wrong_status');
      return { ok: true, ...next };
    case 'invalidate':
      if (state.status === 'answered' || state.status === 'invalid') return refuse('wrong_status');
      if (!staff.isDispatcher && !(ownUnit && OPEN.includes(state.status))) return refuse('not_your_unit');
      if (!reason) return refuse('reason_required');
      return { ok: true, ...next, status: 'invalid', published: false };
    case 'publish':
    case 'unpublish':
      if (state.status !== 'answered') return refuse('wrong_status');
      if (!unitOrDispatcher) return refuse('not_your_unit');
      // 个人信息保护法 Art. 25: the writer's choice of private is their refusal to have it made public.
      if (action === 'publish' && !state.writerWantsPublic) return breaks(MessageRule.MESSAGE_PRIVATE_NOT_PUBLISHABLE);
      return { ok: true, ...next, published: action === 'publish' };
  }
}
