import { dayOfWeek, LocalDate, yearOf } from './local-date';

/**
 * A day the State Council's schedule treats differently from the Monday–Friday rule:
 * a holiday on a weekday (放假) or a make-up working day on a weekend (调休上班).
 */
export interface CalendarException {
  date: LocalDate;
  working: boolean;
  name: string | null;
}

/**
 * The calendar as data. `years` are the years whose schedule is known; a date outside them is
 * an error, never a guess (an unknown year silently counted as weekends-only would move legal deadlines).
 */
export interface WorkingCalendar {
  readonly years: ReadonlySet<number>;
  readonly exceptions: ReadonlyMap<LocalDate, CalendarException>;
}

export class CalendarYearMissingError extends Error {
  constructor(readonly year: number) {
    super(`calendar has no data for ${year}`);
    this.name = 'CalendarYearMissingError';
  }
}

export function createWorkingCalendar(years: Iterable<number>, exceptions: Iterable<CalendarException>): WorkingCalendar {
  const yearSet = new Set(years);
  const map = new Map<LocalDate, CalendarException>();
  for (const exception of exceptions) {
    if (!yearSet.has(yearOf(exception.date))) throw new CalendarYearMissingError(yearOf(exception.date));
    map.set(exception.date, exception);
  }
  return { years: yearSet, exceptions: map };
}

export interface CalendarDay {
  date: LocalDate;
  working: boolean;
  /** The holiday's or make-up day's name, e.g. 国庆节; null for an ordinary day. */
  name: string | null;
}

export function describeDay(calendar: WorkingCalendar, date: LocalDate): CalendarDay {
  const year = yearOf(date);
  if (!calendar.years.has(year)) throw new CalendarYearMissingError(year);
  const exception = calendar.exceptions.get(date);
  if (exception) return { date, working: exception.working, name: exception.name };
  const weekday = dayOfWeek(date);
  return { date, working: weekday !== 0 && weekday !== 6, name: null };
}
