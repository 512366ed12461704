import { addWorkingDays } from '../calendar/add-working-days';
import { LocalDate, toEpochDay } from '../calendar/local-date';
import { WorkingCalendar } from '../calendar/working-calendar';

/** Art. 15 of 国务院令第713号: a draft is open for comment for at least 30 days unless a reason is stated. */
export const MIN_CONSULTATION_DAYS = 30;
/** The seed work plan: the 采纳情况 is published within 10 working days of the window closing. */
export const ADOPTION_REPORT_WORKING_DAYS = 10;

export type ConsultationPhase = 'upcoming' | 'open' | 'closed' | 'concluded';

/** Calendar days of the window, both ends included. */
export function consultationDays(startDate: LocalDate, endDate: LocalDate): number {
  return toEpochDay(endDate) - toEpochDay(startDate) + 1;
}

export type ConsultationWindowProblem = 'end_before_start' | 'short_without_reason';

export function checkConsultationWindow(startDate: LocalDate, endDate: LocalDate, shortWindowReason: string | null | undefined): ConsultationWindowProblem | null {
  if (endDate < startDate) return 'end_before_start';
  if (consultationDays(startDate, endDate) < MIN_CONSULTATION_DAYS && !shortWindowReason?.trim()) return 'short_without_reason';
  return null;
}

export function consultationPhase(today: LocalDate, startDate: LocalDate, endDate: LocalDate, adoptionPublished: boolean): ConsultationPhase {
  if (adoptionPublished) return 'concluded';
  if (today < startDate) return 'upcoming';
  if (today <= endDate) return 'open';
  return 'closed';
}

/** Calendar days left including today (1 on the last day); 0 once closed. */
export function consultationDaysLeft(today: LocalDate, endDate: LocalDate): number {
  return Math.max(0, toEpochDay(endDate) - toEpochDay(today) + 1);
}

export function adoptionReportDueDate(calendar: WorkingCalendar, endDate: LocalDate): LocalDate {
  return addWorkingDays(calendar, endDate, ADOPTION_REPORT_WORKING_DAYS);
}
