import { AnnualReportCountdown } from '../annual-report/show-annual-report-countdown';
import { ComplianceSeverity } from './compliance-severity';

/** From this many days before the due date an unpublished report is flagged as owed. */
export const ANNUAL_REPORT_WARN_DAYS = 30;

/**
 * The annual report on the compliance board: late once its due date (条例 Art. 49: 31 January for a department,
 * 31 March for a government) has passed unpublished; owed in the last month before it; otherwise only counted down.
 */
export function annualReportDeadlineSeverity(countdown: AnnualReportCountdown | null): ComplianceSeverity {
  if (!countdown) return 'ok';
  if (countdown.overdue) return 'violation';
  return countdown.daysLeft <= ANNUAL_REPORT_WARN_DAYS ? 'warning' : 'ok';
}
