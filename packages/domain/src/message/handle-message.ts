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

export interface MessageWorkflowState {
  status: MessageStatus;
  unitId: number | null;
  handlerId: number | null;
  /** What the writer chose: a private message is never published. */
  writerWantsPublic: boolean;
  published: boolean;
  extendedWorkingDays: number;
  replyWorkingDays: number;
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

export type MessageRefusal =
  | 'wrong_status'
  | 'not_your_unit'
  | 'dispatcher_only'
  | 'reason_required'
  | 'unit_required'
  | 'same_unit'
  | 'private_message'
  | 'already_extended'
  | 'too_many_days';

export type MessageDecision =
  | { ok: true; status: MessageStatus; unitId: number | null; handlerId: number | null; published: boolean; extendedWorkingDays: number }
  | { ok: false; reason: MessageRefusal };

const OPEN: MessageStatus[] = ['assigned', 'in_progress'];

/** Decides one staff action on a message; the service persists what this returns and records it as an event. */
export function handleMessage(state: MessageWorkflowState, action: MessageAction, staff: MessageStaff, input: MessageActionInput = {}): MessageDecision {
  const next = { status: state.status, unitId: state.unitId, handlerId: state.handlerId, published: state.published, extendedWorkingDays: state.extendedWorkingDays };
  const refuse = (reason: MessageRefusal): MessageDecision => ({ ok: false, reason });
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
      if (!reason) return refuse('reason_required');
      if (state.extendedWorkingDays > 0) return refuse('already_extended');
      // One extension, at most as long again as the board's limit.
      const days = input.days ?? 0;
      if (!Number.isInteger(days) || days < 1 || days > state.replyWorkingDays) return refuse('too_many_days');
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
      if (action === 'publish' && !state.writerWantsPublic) return refuse('private_message');
      return { ok: true, ...next, published: action === 'publish' };
  }
}
