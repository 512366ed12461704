import { LocalDate } from '../calendar/local-date';
import { eventPreconditionRefusal } from './event-precondition';
import { RequestEventType } from './request-event';
import { RequestState } from './request-state';

/**
 * What staff do to a case, in the order of the work; each records one event. The names are the wire's
 * (`POST …/actions { type }`); contracts re-exports this union.
 */
export const REQUEST_ACTIONS = [
  'register',
  'assign',
  'request-supplement',
  'receive-supplement',
  'expire-supplement',
  'consult',
  'record-consultation-receipt',
  'record-consultation',
  'expire-consultation',
  'extend',
  'approve-extension',
  'reject-extension',
  'claim',
  'transfer',
  'request-reasons',
  'judge-reasons',
  'set-deadline',
  'notify-fee',
  'record-fee-receipt',
  'record-payment',
  'expire-fee',
  'reply',
  'supplementary-reply',
  'record-review',
  'withdraw',
] as const;

export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** The event each action records. */
export const REQUEST_ACTION_EVENTS: Record<RequestAction, RequestEventType> = {
  register: 'registered',
  assign: 'assigned',
  'request-supplement': 'supplement_requested',
  'receive-supplement': 'supplement_received',
  'expire-supplement': 'supplement_expired',
  consult: 'consultation_sent',
  'record-consultation-receipt': 'consultation_letter_received',
  'record-consultation': 'consultation_answered',
  'expire-consultation': 'consultation_expired',
  extend: 'extension_requested',
  'approve-extension': 'extension_approved',
  'reject-extension': 'extension_rejected',
  claim: 'claimed',
  transfer: 'transferred',
  'request-reasons': 'reasons_requested',
  'judge-reasons': 'reasons_judged',
  'set-deadline': 'deadline_set',
  'notify-fee': 'fee_notified',
  'record-fee-receipt': 'fee_notice_received',
  'record-payment': 'fee_paid',
  'expire-fee': 'fee_expired',
  reply: 'replied',
  'supplementary-reply': 'supplementary_reply',
  'record-review': 'review_recorded',
  withdraw: 'withdrawn',
};

/**
 * Registering, dispatching and deciding on extensions belong to the 政府信息公开工作机构 (公开办, Art. 4); an extension
 * needs its head's consent (Art. 33 ¶2).
 */
export const OFFICE_ONLY_REQUEST_ACTIONS: readonly RequestAction[] = ['register', 'assign', 'approve-extension', 'reject-extension'];

/** The staff member looking at a case. */
export interface RequestActor {
  staffId: number;
  /** 公开办负责人 */
  office: boolean;
  unitId: number | null;
}

/** Why this person may never take the action, whatever the case: the office's acts (Art. 4, 33 ¶2), or null. */
export function requestActionRoleRefusal(action: RequestAction, actor: RequestActor): 'office_only' | null {
  return OFFICE_ONLY_REQUEST_ACTIONS.includes(action) && !actor.office ? 'office_only' : null;
}

/** Why this person may not take the action on this case whoever's turn it is, or null: the office's acts, one's own unit's case. */
export function requestActionAccessRefusal(action: RequestAction, state: RequestState, actor: RequestActor): 'office_only' | 'own_unit_only' | null {
  const byRole = requestActionRoleRefusal(action, actor);
  if (byRole) return byRole;
  // A 承办人 claims a case of their own unit, the office head included.
  if (action === 'claim' && (state.unitId === null || state.unitId !== actor.unitId)) return 'own_unit_only';
  return null;
}

/**
 * The actions this person may take on `today`: the buttons of the staff view. The same preconditions applyRequestEvent
 * enforces; what depends on the clerk's input or on the calendar (a 补正 notice after 7 working days, an extension once
 * overdue) is still refused when submitted, with the law's reason.
 */
export function allowedRequestActions(state: RequestState, actor: RequestActor, today: LocalDate): RequestAction[] {
  return REQUEST_ACTIONS.filter(
    (action) => requestActionAccessRefusal(action, state, actor) === null && eventPreconditionRefusal(state, REQUEST_ACTION_EVENTS[action], today, actor.staffId) === null,
  );
}
