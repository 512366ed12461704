import { addWorkingDays, CalendarYearMissingError, countWorkingDays, Deadline, deadlineOf, RequestState, RequestStatus, WorkingCalendar } from '@govopen/domain';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';

/** States in which the reply clock runs: the ones that can be due soon or overdue. */
export const RUNNING_STATUSES: string[] = [RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS];

/**
 * A calendar without next year's holidays cannot date a deadline that falls in it. Reads show the case without the
 * date (and say why); writes that need the date are refused with CALENDAR_YEAR_MISSING.
 */
export function calendarMissing(date: string): AppException {
  return new AppException(ErrorCode.CALENDAR_YEAR_MISSING, `工作日历缺少 ${date.slice(0, 4)} 年或次年的节假日安排，无法计算期限`);
}

export function safeAddWorkingDays(calendar: WorkingCalendar, from: string, days: number): string | null {
  return orNull(() => addWorkingDays(calendar, from, days));
}

export function safeDeadline(state: RequestState, calendar: WorkingCalendar, today: string): Deadline | null {
  return orNull(() => deadlineOf(state, calendar, today));
}

/** Working days left until the projected due date (negative once overdue), for a case whose clock runs. */
export function workingDaysRemaining(calendar: WorkingCalendar, request: { dueDate: string | null; status: string }, today: string): number | null {
  const dueDate = request.dueDate;
  if (!dueDate || !RUNNING_STATUSES.includes(request.status)) return null;
  return orNull(() => (dueDate >= today ? countWorkingDays(calendar, today, dueDate) : -countWorkingDays(calendar, dueDate, today)));
}

function orNull<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}
