import { LegalRefusal } from '../law/legal-refusal';

/** submitted → approved (by a second person) | returned → (edited) submitted …; approved → sending → sent; cancelled before sending. */
export type PolicyPushStatus = 'submitted' | 'returned' | 'approved' | 'sending' | 'sent' | 'cancelled';

export const POLICY_PUSH_STATUS_LABELS: Record<PolicyPushStatus, string> = {
  submitted: '待审核',
  returned: '已退回',
  approved: '已审核待发送',
  sending: '发送中',
  sent: '已发送',
  cancelled: '已取消',
};

/** What staff do to a push before it goes out; sending is the sender's (it needs `approved`). */
export type PolicyPushStep = 'edit' | 'approve' | 'return' | 'cancel';

export const POLICY_PUSH_STEP_LABELS: Record<PolicyPushStep, string> = { edit: '修改', approve: '审核通过', return: '退回', cancel: '取消' };

export interface PolicyPushWorkflow {
  status: PolicyPushStatus;
  /** The staff member who wrote it and answers for its wording. */
  composedBy: number;
}

/** The rules a step of a push can break, each refused as a LegalRefusal (HTTP 409) naming its basis. */
export enum PolicyPushRule {
  /** The composer approving their own push. */
  SELF_APPROVAL = 'FOUR_EYES_REQUIRED',
  /** Someone other than the composer rewriting it: the approver approves what the composer answers for. */
  NOT_COMPOSER = 'POLICY_PUSH_NOT_COMPOSER',
  /** A step its status does not allow (editing an approved push, approving a returned one). */
  WRONG_STATUS = 'POLICY_PUSH_WRONG_STATUS',
}

export function policyPushRuleArticle(rule: PolicyPushRule): string | null {
  switch (rule) {
    case PolicyPushRule.SELF_APPROVAL:
      // Art. 17: information goes out after a review with "审查的程序和责任", as 保密审查 is done for publishing.
      return '《政府信息公开条例》第十七条';
    case PolicyPushRule.NOT_COMPOSER:
    case PolicyPushRule.WRONG_STATUS:
      return null;
  }
}

function refuse(rule: PolicyPushRule, message: string): never {
  throw new LegalRefusal(rule, policyPushRuleArticle(rule), message);
}

const UNSENT: readonly PolicyPushStatus[] = ['submitted', 'returned', 'approved'];

/**
 * The status after `staffId` takes `step`, or a refusal naming the rule. A returned push is edited by its composer and
 * goes back for approval (so does one edited while waiting); a second person approves it; anything not yet sending can
 * be cancelled. Roles (who may approve or cancel at all) are the caller's.
 */
export function takePolicyPushStep(workflow: PolicyPushWorkflow, step: PolicyPushStep, staffId: number): PolicyPushStatus {
  const current = POLICY_PUSH_STATUS_LABELS[workflow.status];
  switch (step) {
    case 'edit':
      if (workflow.status !== 'submitted' && workflow.status !== 'returned') refuse(PolicyPushRule.WRONG_STATUS, `只有待审核或已退回的推送可以修改（当前：${current}）`);
      if (workflow.composedBy !== staffId) refuse(PolicyPushRule.NOT_COMPOSER, '只有撰写人可以修改推送；如需改动，请退回给撰写人');
      return 'submitted';
    case 'approve':
      if (workflow.status !== 'submitted') refuse(PolicyPushRule.WRONG_STATUS, `只有待审核的推送可以审核（当前：${current}）`);
      if (workflow.composedBy === staffId) refuse(PolicyPushRule.SELF_APPROVAL, '推送须由撰写人以外的另一位工作人员审核，不能审核自己撰写的推送');
      return 'approved';
    case 'return':
      if (workflow.status !== 'submitted') refuse(PolicyPushRule.WRONG_STATUS, `只有待审核的推送可以退回（当前：${current}）`);
      return 'returned';
    case 'cancel':
      if (!UNSENT.includes(workflow.status)) refuse(PolicyPushRule.WRONG_STATUS, `推送已开始发送或已结束，不能取消（当前：${current}）`);
      return 'cancelled';
  }
}
