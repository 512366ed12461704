import { fromEpochDay, LocalDate, toEpochDay, weekdayOfEpochDay, yearOf, yearOfEpochDay } from './local-date';

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
  /** The same exceptions keyed by epoch day, for the arithmetic. */
  readonly byEpochDay: ReadonlyMap<number, CalendarException>;
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
  const byEpochDay = new Map<number, CalendarException>();
  for (const exception of exceptions) {
    if (!yearSet.has(yearOf(exception.date))) throw new CalendarYearMissingError(yearOf(exception.date));
    map.set(exception.date, exception);
    byEpochDay.set(toEpochDay(exception.date), exception);
  }
  return { years: yearSet, exceptions: map, byEpochDay };
}

export interface CalendarDay {
  date: LocalDate;
  working: boolean;
  /** The holiday's or make-up day's name, e.g. 国庆节; null for an ordinary day. */
  name: string | null;
}

/** Whether an epoch day is a working day; throws for a year the calendar does not know. */
export function isWorkingEpochDay(calendar: WorkingCalendar, epochDay: number): boolean {
  const exception = calendar.byEpochDay.get(epochDay);
  if (exception) return exception.working;
  const year = yearOfEpochDay(epochDay);
  if (!calendar.years.has(year)) throw new CalendarYearMissingError(year);
  const weekday = weekdayOfEpochDay(epochDay);
  return weekday !== 0 && weekday !== 6;
}

export function describeDay(calendar: WorkingCalendar, date: LocalDate): CalendarDay {
  const epochDay = toEpochDay(date);
  const working = isWorkingEpochDay(calendar, epochDay);
  return { date: fromEpochDay(epochDay), working, name: calendar.byEpochDay.get(epochDay)?.name ?? null };
}
