import { LocalDate, toEpochDay } from './local-date';
import { isWorkingEpochDay, WorkingCalendar } from './working-calendar';

/**
 * Working days in (from, to]: the anchor is not counted, the end day is. This is the inverse of addWorkingDays
 * when `to` is a working day, and what "第 12 个工作日" shows a person. Zero when `to` is not after `from`.
 */
export function countWorkingDays(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0;
  const end = toEpochDay(to);
  for (let epochDay = toEpochDay(from) + 1; epochDay <= end; epochDay += 1) {
    if (isWorkingEpochDay(calendar, epochDay)) count += 1;
  }
  return count;
}
