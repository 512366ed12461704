// The same string values as the contracts' ContentStatus / ReviewAction / StaffRole; the domain stays free of them.
export type ContentStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'scheduled' | 'published' | 'withdrawn';
export type ReviewAction = 'submit' | 'approve' | 'return' | 'publish' | 'withdraw';
type Role = 'system_admin' | 'office_head' | 'handler' | 'reviewer' | 'publisher';

/** Who did what so far on one document; the workflow needs to know so one person cannot take two steps. */
export interface ContentWorkflowState {
  status: ContentStatus;
  authorId: number;
  reviewerId: number | null;
}

export interface ReviewActor {
  id: number;
  roles: readonly string[];
}

export type ReviewRefusal =
  | { reason: 'wrong_status'; message: string }
  | { reason: 'role_required'; message: string }
  | { reason: 'same_person'; message: string }
  | { reason: 'comment_required'; message: string };

export type ReviewOutcome = { ok: true; status: ContentStatus } | ({ ok: false } & ReviewRefusal);

const FROM: Record<ReviewAction, readonly ContentStatus[]> = {
  submit: ['draft', 'returned', 'withdrawn'],
  approve: ['submitted'],
  return: ['submitted', 'approved', 'scheduled'],
  publish: ['approved'],
  withdraw: ['published', 'scheduled'],
};

const ROLE: Record<ReviewAction, Role | null> = {
  submit: null,
  approve: 'reviewer',
  return: 'reviewer',
  publish: 'publisher',
  withdraw: 'publisher',
};

/**
 * 保密审查 before publishing ("先审查、后公开", "一事一审"): the author submits, a reviewer who is not the author
 * approves or returns it with comments, a publisher who took neither earlier step publishes it, now or at a set
 * time. A system administrator holds no review powers by that title alone: review is a named responsibility.
 */
export function reviewContent(state: ContentWorkflowState, action: ReviewAction, actor: ReviewActor, options: { comment?: string; scheduled?: boolean } = {}): ReviewOutcome {
  if (!FROM[action].includes(state.status)) {
    return { ok: false, reason: 'wrong_status', message: `当前状态不能执行“${ACTION_NAMES[action]}”` };
  }
  const role = ROLE[action];
  if (role && !actor.roles.includes(role)) {
    return { ok: false, reason: 'role_required', message: `“${ACTION_NAMES[action]}”需要${role === 'reviewer' ? '审核人' : '发布员'}角色` };
  }
  if (action === 'submit' && actor.id !== state.authorId && !actor.roles.includes('office_head')) {
    return { ok: false, reason: 'role_required', message: '只有起草人可以提交审查' };
  }
  if ((action === 'approve' || action === 'return') && actor.id === state.authorId) {
    return { ok: false, reason: 'same_person', message: '审查人不能审查自己起草的内容' };
  }
  if (action === 'publish' && (actor.id === state.authorId || actor.id === state.reviewerId)) {
    return { ok: false, reason: 'same_person', message: '发布人不能是该内容的起草人或审查人' };
  }
  if ((action === 'return' || action === 'withdraw') && !options.comment?.trim()) {
    return { ok: false, reason: 'comment_required', message: action === 'return' ? '退回修改须写明意见' : '撤回须写明原因' };
  }
  const next: Record<ReviewAction, ContentStatus> = {
    submit: 'submitted',
    approve: 'approved',
    return: 'returned',
    publish: options.scheduled ? 'scheduled' : 'published',
    withdraw: 'withdrawn',
  };
  return { ok: true, status: next[action] };
}

/** Editing is for drafts; editing approved or published text would bypass review, so it is refused there. */
export function canEditContent(status: ContentStatus): boolean {
  return status === 'draft' || status === 'returned' || status === 'withdrawn';
}

const ACTION_NAMES: Record<ReviewAction, string> = { submit: '提交审查', approve: '审查通过', return: '退回修改', publish: '发布', withdraw: '撤回' };
