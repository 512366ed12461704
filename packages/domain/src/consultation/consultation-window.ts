import { addWorkingDays } from '../calendar/add-working-days';
import { fromEpochDay, LocalDate, toEpochDay } from '../calendar/local-date';
import { CalendarYearMissingError, isWorkingEpochDay, WorkingCalendar } from '../calendar/working-calendar';
import { ConsultationRule, refuseConsultation } from './consultation-rule';

/** 713号 Art. 15: a draft is open for comment for at least 30 days unless a reason is stated. */
export const MIN_CONSULTATION_DAYS = 30;
/**
 * Seed 002 (威政办字〔2024〕27号, 决策公开 · 结果反馈): the 采纳情况 is published within 10 working days after the decision
 * document is issued (决策文件出台), so it runs from the decision date, not from the window's end.
 */
export const ADOPTION_REPORT_WORKING_DAYS = 10;

export type ConsultationPhase = 'upcoming' | 'open' | 'closed' | 'concluded';

export interface ConsultationWindow {
  /** The planned start: the day the draft is to be published. */
  startDate: LocalDate;
  endDate: LocalDate;
  shortWindowReason?: string | null;
}

export interface ConsultationWindowAssessment {
  /** The day the public sees the draft, from which the period is counted. */
  publishedOn: LocalDate;
  /** Days of the window, counted from the day after publication to the last day (民法典 Art. 201). */
  days: number;
  /** Shorter than the minimum: it needs a stated reason. */
  short: boolean;
}

/** Days of a window published on `publishedOn`: a period in days starts the next day (民法典 Art. 201). */
export function consultationDays(publishedOn: LocalDate, endDate: LocalDate): number {
  return toEpochDay(endDate) - toEpochDay(publishedOn);
}

/**
 * The earliest last day of a window of at least 30 days for a draft published on `publishedOn`: counted from the next
 * day (民法典 Art. 201) the 30th day is publishedOn + 30; if that is not a working day the period ends on the next
 * working day (Art. 203: a last day on a legal holiday moves to the day after the holiday). Throws
 * CalendarYearMissingError when that year's holidays are not entered: a guessed date would be a wrong one.
 */
export function earliestConsultationEndDate(calendar: WorkingCalendar, publishedOn: LocalDate): LocalDate {
  let epochDay = toEpochDay(publishedOn) + MIN_CONSULTATION_DAYS;
  while (!isWorkingEpochDay(calendar, epochDay)) epochDay += 1;
  return fromEpochDay(epochDay);
}

/** The draft is public from its planned start, or from the day it is actually published when that is later. */
export function publicationDateOf(startDate: LocalDate, publishedOn: LocalDate): LocalDate {
  return publishedOn > startDate ? publishedOn : startDate;
}

export type ConsultationWindowProblem = 'end_before_start';

/** A window's own shape, before any rule: the end not before the start. */
export function checkConsultationWindow(startDate: LocalDate, endDate: LocalDate): ConsultationWindowProblem | null {
  return endDate < startDate ? 'end_before_start' : null;
}

/**
 * Whether a window ends before the earliest allowed last day, i.e. no working day from the 30th day after publication
 * to its end. Asks the calendar only about those days: a window ending before the 30th day is short whatever the
 * holidays, so a short window with its reason can be saved while next year's calendar is still missing.
 */
export function assessConsultationWindow(calendar: WorkingCalendar, publishedOn: LocalDate, endDate: LocalDate): ConsultationWindowAssessment {
  let short = true;
  for (let epochDay = toEpochDay(publishedOn) + MIN_CONSULTATION_DAYS; epochDay <= toEpochDay(endDate); epochDay += 1) {
    if (isWorkingEpochDay(calendar, epochDay)) {
      short = false;
      break;
    }
  }
  return { publishedOn, days: consultationDays(publishedOn, endDate), short };
}

const stated = (reason: string | null | undefined) => Boolean(reason?.trim());

/** "最早于 … 截止", or what can be said while the calendar lacks that year. */
function earliestEndText(calendar: WorkingCalendar, publishedOn: LocalDate): string {
  try {
    return `最早于 ${earliestConsultationEndDate(calendar, publishedOn)} 截止`;
  } catch (error) {
    if (!(error instanceof CalendarYearMissingError)) throw error;
    return `最早于 ${fromEpochDay(toEpochDay(publishedOn) + MIN_CONSULTATION_DAYS)} 或其后第一个工作日截止（工作日历尚未录入 ${error.year} 年）`;
  }
}

/**
 * A window being saved on `today`: counted from its planned start, or from today when the start has passed (it cannot
 * be published earlier). Shorter than the minimum without a reason → CONSULTATION_WINDOW_TOO_SHORT (713号 Art. 15).
 */
export function requireConsultationWindow(calendar: WorkingCalendar, window: ConsultationWindow, today: LocalDate): ConsultationWindowAssessment {
  const assessment = assessConsultationWindow(calendar, publicationDateOf(window.startDate, today), window.endDate);
  if (assessment.short && !stated(window.shortWindowReason)) {
    refuseConsultation(ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT, `发布于 ${assessment.publishedOn} 的草案，${earliestEndText(calendar, assessment.publishedOn)}`);
  }
  return assessment;
}

/**
 * Publishing on `today` answers the start date the public sees. A draft published after its planned start opens
 * today, and its window is counted again from today: if that leaves less than the minimum and no reason was stated,
 * publishing is refused rather than silently shortening the window (713号 Art. 15).
 */
export function publishedStartDate(calendar: WorkingCalendar, window: ConsultationWindow, today: LocalDate): LocalDate {
  if (today <= window.startDate) return window.startDate;
  const assessment = assessConsultationWindow(calendar, today, window.endDate);
  if (assessment.short && !stated(window.shortWindowReason)) {
    refuseConsultation(
      ConsultationRule.CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW,
      `计划 ${window.startDate} 开始、${today} 发布，截止日期为 ${window.endDate}，${earliestEndText(calendar, today)}`,
    );
  }
  return today;
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

/** The 采纳情况 is due on the 10th working day after the decision date (seed 002; see ADOPTION_REPORT_WORKING_DAYS). */
export function adoptionReportDueDate(calendar: WorkingCalendar, decisionDate: LocalDate): LocalDate {
  return addWorkingDays(calendar, decisionDate, ADOPTION_REPORT_WORKING_DAYS);
}

export type DecisionDateProblem = 'before_window_closed' | 'in_future';

/** The decision is made on the comments, so after the window has closed; and it is recorded once made. */
export function checkDecisionDate(decisionDate: LocalDate, endDate: LocalDate, today: LocalDate): DecisionDateProblem | null {
  if (decisionDate <= endDate) return 'before_window_closed';
  if (decisionDate > today) return 'in_future';
  return null;
}
