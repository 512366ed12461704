import { addDays, LocalDate, toEpochDay } from './local-date';
import { isWorkingDay } from './is-working-day';
import { WorkingCalendar } from './working-calendar';

/**
 * Working days in (from, to]: the anchor is not counted, the end day is. This is the inverse of addWorkingDays
 * when `to` is a working day, and what "第 12 个工作日" shows a person. Zero when `to` is not after `from`.
 */
export function countWorkingDays(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0;
  const end = toEpochDay(to);
  for (let date = addDays(from, 1); toEpochDay(date) <= end; date = addDays(date, 1)) {
    if (isWorkingDay(calendar, date)) count += 1;
  }
  return count;
}
