import { LocalDate, toEpochDay } from './local-date';
import { isWorkingEpochDay, WorkingCalendar } from './working-calendar';

/** Monday–Friday, minus the State Council's holidays, plus its make-up working days (DOMAIN §1). */
export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate): boolean {
  return isWorkingEpochDay(calendar, toEpochDay(date));
}
