import { fromEpochDay, LocalDate, toEpochDay } from './local-date';
import { isWorkingEpochDay, WorkingCalendar } from './working-calendar';

/** A working-day period longer than any the law sets, by far; guards against runaway loops. */
export const MAX_WORKING_DAYS = 1000;

/**
 * The N-th working day after `from`. The anchor day itself is not counted
 * (条例 Art. 33 counts "自收到申请之日起": the period runs from the next day), so a request received on a holiday
 * and one received on the working day before it both start counting on the next working day.
 * N = 0 answers `from` itself.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new RangeError(`working days must be an integer from 0 to ${MAX_WORKING_DAYS}: ${days}`);
  }
  let epochDay = toEpochDay(from);
  let remaining = days;
  while (remaining > 0) {
    epochDay += 1;
    if (isWorkingEpochDay(calendar, epochDay)) remaining -= 1;
  }
  return fromEpochDay(epochDay);
}
