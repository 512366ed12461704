import { LocalDate } from '../calendar/local-date';
import { AnnualReportRule, refuseAnnualReport } from './annual-report-rule';
import { ReportCheck } from './report-check';

/** 草稿 → 审核中 (figures frozen, a second person approves) → 已公开 (frozen for good). */
export type AnnualReportStatus = 'draft' | 'in_review' | 'published';

export const ANNUAL_REPORT_STATUS_LABELS: Record<AnnualReportStatus, string> = { draft: '草稿', in_review: '审核中', published: '已公开' };

/** What staff do to a report: edit it (text, table 二, overrides), submit, approve, return, publish. */
export type AnnualReportStep = 'edit' | 'submit' | 'approve' | 'return' | 'publish';

export const ANNUAL_REPORT_STEP_LABELS: Record<AnnualReportStep, string> = { edit: '修改', submit: '提交审核', approve: '审核通过', return: '退回修改', publish: '公开' };

export interface AnnualReportWorkflow {
  status: AnnualReportStatus;
  /** Who submitted it for review: the person answerable for the draft, who may not approve it. */
  submittedBy: number | null;
  approvedBy: number | null;
}

export interface AnnualReportStepContext {
  staffId: number;
  year: number;
  today: LocalDate;
  /** The checks of the report as it would be submitted or published. */
  checks: readonly ReportCheck[];
}

export const NEW_ANNUAL_REPORT: AnnualReportWorkflow = { status: 'draft', submittedBy: null, approvedBy: null };

function requireYearOver(context: AnnualReportStepContext, step: string): void {
  if (context.today <= `${context.year}-12-31`) {
    refuseAnnualReport(AnnualReportRule.YEAR_NOT_OVER, `${context.year}年尚未结束，不能${step}该年度的报告；年度报告于次年公布`);
  }
}

function requireChecksPass(context: AnnualReportStepContext, step: string): void {
  const failing = context.checks.filter((check) => !check.ok);
  if (failing.length) {
    refuseAnnualReport(AnnualReportRule.CHECKS_FAILING, `有 ${failing.length} 项检查未通过，不能${step}：${failing.map((check) => check.detail).join('；')}`);
  }
}

/**
 * The report after `step`, or a refusal naming the rule. Art. 17 asks for a review before information is made public
 * with "审查的程序和责任": the person who submits the draft answers for it, a second person approves it, and what is
 * approved is published unchanged (editing returns it to draft first). Art. 49: a year's report is made once the
 * year is over, and once published it stays as published. Roles (who may draft, approve, publish) are the caller's.
 */
export function takeAnnualReportStep(workflow: AnnualReportWorkflow, step: AnnualReportStep, context: AnnualReportStepContext): AnnualReportWorkflow {
  const label = ANNUAL_REPORT_STEP_LABELS[step];
  if (workflow.status === 'published') refuseAnnualReport(AnnualReportRule.PUBLISHED_FROZEN, `${context.year}年度报告已公开，不能再${label}；此后的变化在下一年度报告中说明`);
  switch (step) {
    case 'edit':
      if (workflow.status === 'in_review') refuseAnnualReport(AnnualReportRule.IN_REVIEW, '报告正在审核，不能修改；如需修改，请先退回');
      return workflow;
    case 'submit':
      if (workflow.status !== 'draft') refuseAnnualReport(AnnualReportRule.WRONG_STATUS, '报告已提交审核');
      requireYearOver(context, label);
      requireChecksPass(context, label);
      return { status: 'in_review', submittedBy: context.staffId, approvedBy: null };
    case 'approve':
      if (workflow.status !== 'in_review') refuseAnnualReport(AnnualReportRule.WRONG_STATUS, '报告尚未提交审核');
      if (workflow.approvedBy !== null) refuseAnnualReport(AnnualReportRule.WRONG_STATUS, '报告已审核通过');
      if (workflow.submittedBy === context.staffId) refuseAnnualReport(AnnualReportRule.SELF_APPROVAL, '报告须由起草人以外的人员审核，不能审核自己提交的报告');
      return { ...workflow, approvedBy: context.staffId };
    case 'return':
      if (workflow.status !== 'in_review') refuseAnnualReport(AnnualReportRule.WRONG_STATUS, '报告尚未提交审核');
      return { status: 'draft', submittedBy: null, approvedBy: null };
    case 'publish':
      if (workflow.status !== 'in_review' || workflow.approvedBy === null) refuseAnnualReport(AnnualReportRule.NOT_APPROVED, '报告须经起草人以外的人员审核通过后才能公开');
      requireYearOver(context, label);
      requireChecksPass(context, label);
      return { ...workflow, status: 'published' };
  }
}
