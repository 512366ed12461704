import { MessageBoard, MessageEscalation } from '@govopen/contracts';
import { CalendarYearMissingError, chinaDateOf, DEFAULT_REPLY_WORKING_DAYS, escalationOf, messageDueDate, MessageWorkflowState, WorkingCalendar } from '@govopen/domain';
import { Message, MessageBoardSetting } from './message.entity';

/** The boards' current settings, keyed by board. */
export type BoardSettings = Map<MessageBoard, MessageBoardSetting>;

/** The inbox sorts by due date: a message without a running clock goes last. */
export const NO_DUE_DATE = '9999-12-31';

export function boardLimit(board: MessageBoard, settings: BoardSettings): number {
  return settings.get(board)?.replyWorkingDays ?? DEFAULT_REPLY_WORKING_DAYS[board];
}

/**
 * 受理: the message passed its checks; the reply clock starts today under the board's limit of today, which the
 * message keeps whatever the board's setting becomes later (DOMAIN §5).
 */
export function acceptMessage(message: Message, calendar: WorkingCalendar, settings: BoardSettings, now: Date): void {
  message.status = 'dispatching';
  message.receivedDate = chinaDateOf(now);
  message.replyWorkingDays = boardLimit(message.board, settings);
  setDueDate(message, calendar);
  message.updatedAt = now;
}

export function setDueDate(message: Message, calendar: WorkingCalendar): void {
  if (!message.receivedDate || message.replyWorkingDays === null) return;
  try {
    message.dueDate = messageDueDate(calendar, message.receivedDate, message.replyWorkingDays, message.extendedDays);
  } catch (error) {
    // Next year's calendar not entered yet: no date rather than a wrong one (the dashboard warns about the year).
    if (!(error instanceof CalendarYearMissingError)) throw error;
    message.dueDate = null;
  }
  message.sortDueDate = message.dueDate ?? NO_DUE_DATE;
}

/** Null before 受理, and while neither a due date nor the month alarms can say anything. */
export function escalationLevel(message: Message, calendar: WorkingCalendar, settings: BoardSettings, today: string): MessageEscalation | null {
  if (!message.receivedDate) return null;
  try {
    return escalationOf(calendar, { receivedDate: message.receivedDate, dueDate: message.dueDate }, today, settings.get(message.board)?.remindWorkingDays ?? 1);
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null;
    throw error;
  }
}

export function workflowState(message: Message, settings: BoardSettings): MessageWorkflowState {
  return {
    status: message.status,
    unitId: message.unitId,
    handlerId: message.handlerId,
    writerWantsPublic: message.writerPublic,
    published: message.published,
    extendedWorkingDays: message.extendedDays,
    // Held messages are not received yet: the board's limit of today is the one they would get.
    replyWorkingDays: message.replyWorkingDays ?? boardLimit(message.board, settings),
    dueDate: message.dueDate,
  };
}
