import { LocalDate } from './local-date';
import { describeDay, WorkingCalendar } from './working-calendar';

/** Monday–Friday, minus the State Council's holidays, plus its make-up working days (DOMAIN §1). */
export function isWorkingDay(calendar: WorkingCalendar, date: LocalDate): boolean {
  return describeDay(calendar, date).working;
}
