import { addWorkingDays } from '../calendar/add-working-days';
import { countWorkingDays } from '../calendar/count-working-days';
import { LocalDate } from '../calendar/local-date';
import { WorkingCalendar } from '../calendar/working-calendar';

/**
 * Escalation of an unanswered message: a reminder before the limit, an alarm once late, a hard alarm at two months
 * (inspections fail a site with a valid message unanswered for three months, DOMAIN §5).
 */
export type MessageEscalation = 'on_track' | 'due_soon' | 'late' | 'two_months' | 'three_months';

export const MESSAGE_ESCALATION_LABELS: Record<MessageEscalation, string> = {
  on_track: '正常',
  due_soon: '即将到期',
  late: '已超期',
  two_months: '超两个月未答复',
  three_months: '超三个月未答复',
};

/**
 * The reply limit counts working days from the day after 受理 (the day the message passed the check), with the limit
 * the message was received under plus any extension (DOMAIN §1, §5).
 */
export function messageDueDate(calendar: WorkingCalendar, receivedDate: LocalDate, replyWorkingDays: number, extendedWorkingDays: number): LocalDate {
  return addWorkingDays(calendar, receivedDate, replyWorkingDays + extendedWorkingDays);
}

/**
 * The last day of a period of `months` calendar months from `date`: the corresponding day of the last month, or that
 * month's last day when it has no such day (民法典 Art. 202; the period itself starts the next day, Art. 201).
 * 31 Dec + 2 months → 28/29 Feb.
 */
export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

export interface MessageClock {
  receivedDate: LocalDate;
  /** null when the calendar cannot give one (the year it falls in has no holiday data yet). */
  dueDate: LocalDate | null;
}

/**
 * Where an open message stands today; `remindWorkingDays` before the due date the unit is reminded.
 * The two- and three-month alarms count calendar months from 受理 and need neither the calendar nor a due date, so a
 * message received while next year's holidays are missing still escalates (inspections count months, 国办秘函〔2019〕19号).
 * They are raised on the last day of the period, while it can still be met. Without a due date and before two
 * months, nothing can be said: null.
 */
export function escalationOf(calendar: WorkingCalendar, clock: MessageClock, today: LocalDate, remindWorkingDays: number): MessageEscalation | null {
  if (today >= addCalendarMonths(clock.receivedDate, 3)) return 'three_months';
  if (today >= addCalendarMonths(clock.receivedDate, 2)) return 'two_months';
  if (clock.dueDate === null) return null;
  if (today > clock.dueDate) return 'late';
  if (countWorkingDays(calendar, today, clock.dueDate) <= remindWorkingDays) return 'due_soon';
  return 'on_track';
}

/** Working days left to the due date (0 on the due date itself, negative once late). */
export function workingDaysLeft(calendar: WorkingCalendar, today: LocalDate, dueDate: LocalDate): number {
  if (today <= dueDate) return countWorkingDays(calendar, today, dueDate);
  return -countWorkingDays(calendar, dueDate, today);
}
