import { AnnualReportStep, StaffRole } from '@govopen/contracts';
import { LegalRefusal, takeAnnualReportStep } from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { ComposedAnnualReport } from './compose-annual-report';

/**
 * Who may take each step. The 公开办负责人 drafts, submits and publishes the agency's report (条例 Art. 49 makes the
 * 政府信息公开工作机构 answerable for it); a 审核人, or another office head, approves or returns it. That the approver is
 * not the one who submitted is the domain's rule (takeAnnualReportStep), not a role.
 */
export const ANNUAL_REPORT_STEP_ROLES: Record<AnnualReportStep, readonly StaffRole[]> = {
  edit: [StaffRole.OFFICE_HEAD],
  submit: [StaffRole.OFFICE_HEAD],
  approve: [StaffRole.REVIEWER, StaffRole.OFFICE_HEAD],
  return: [StaffRole.REVIEWER, StaffRole.OFFICE_HEAD],
  publish: [StaffRole.OFFICE_HEAD],
};

/** Importing a past report publishes it at once, so only who publishes reports, or the system administrator loading the agency's history, may. */
export const ANNUAL_REPORT_IMPORT_ROLES: readonly StaffRole[] = [StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN];

const STEPS: readonly AnnualReportStep[] = ['edit', 'submit', 'approve', 'return', 'publish'];

/** The steps `staff` may take on the report today: their role allows it and the domain would not refuse it. */
export function allowedAnnualReportSteps(staff: StaffPrincipal, composed: ComposedAnnualReport, today: string): AnnualReportStep[] {
  return STEPS.filter((step) => {
    if (!ANNUAL_REPORT_STEP_ROLES[step].some((role) => staff.roles.includes(role))) return false;
    try {
      takeAnnualReportStep(composed.workflow, step, { staffId: staff.id, year: composed.year, today, checks: composed.checks });
      return true;
    } catch (error) {
      if (error instanceof LegalRefusal) return false;
      throw error;
    }
  });
}
