import { LocalDate, toEpochDay } from '../calendar/local-date';
import { annualReportDueDate, ReportingBodyKind } from './annual-report-due-date';

export interface AnnualReportCountdown {
  year: number;
  dueDate: LocalDate;
  /** Calendar days from today to the due date (Art. 49 names a date, not working days); negative once late. */
  daysLeft: number;
  overdue: boolean;
}

/** The countdown starts on 1 December of the report's year, a month before the year's figures close. */
export const COUNTDOWN_FROM_MONTH_DAY = '12-01';

/**
 * The dashboard's countdown to publishing the report for `year` on `today`, or null before 1 December of that year.
 * It keeps showing, as overdue, after the due date: only the publication (which the caller knows) ends it.
 */
export function showAnnualReportCountdown(today: LocalDate, year: number, kind: ReportingBodyKind): AnnualReportCountdown | null {
  const dueDate = annualReportDueDate(year, kind);
  if (today < `${year}-${COUNTDOWN_FROM_MONTH_DAY}`) return null;
  const daysLeft = toEpochDay(dueDate) - toEpochDay(today);
  return { year, dueDate, daysLeft, overdue: daysLeft < 0 };
}
