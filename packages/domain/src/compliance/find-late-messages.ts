import { LocalDate } from '../calendar/local-date';
import { WorkingCalendar } from '../calendar/working-calendar';
import { addCalendarMonths, escalationOf } from '../message/message-deadline';

/** An open message (受理 and not yet answered) as the compliance board reads it. */
export interface OpenMessageFacts {
  id: number;
  title: string;
  unitId: number | null;
  receivedDate: LocalDate;
  /** null while the calendar cannot give one (that year's holidays not entered). */
  dueDate: LocalDate | null;
}

export interface LateMessage extends OpenMessageFacts {
  level: 'late' | 'two_months' | 'three_months';
  /** The day an inspection fails the site if the message is still unanswered (three calendar months from 受理). */
  vetoDate: LocalDate;
}

/**
 * Open messages past their reply limit, with how far: the limit itself, two months (the hard alarm) or three months,
 * the inspections' single veto (国办秘函〔2019〕19号: 政务咨询类留言超过 3 个月未回复, DOMAIN §6b). The months count
 * without the calendar, so a message received while next year's holidays are missing still shows.
 */
export function findLateMessages(messages: OpenMessageFacts[], today: LocalDate, calendar: WorkingCalendar): LateMessage[] {
  const late: LateMessage[] = [];
  for (const message of messages) {
    // No reminder window here: the board asks only whether the limit has passed.
    const level = escalationOf(calendar, message, today, 0);
    if (level === 'late' || level === 'two_months' || level === 'three_months') late.push({ ...message, level, vetoDate: addCalendarMonths(message.receivedDate, 3) });
  }
  return late.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.id - b.id);
}
