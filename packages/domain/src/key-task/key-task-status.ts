import { LocalDate, toEpochDay } from '../calendar/local-date';
import { KeyTaskDeadline } from './key-task-deadline';

export type KeyTaskStatus = 'completed' | 'continuous' | 'overdue' | 'due_soon' | 'on_track';

/**
 * How near "soon" is: the notices give month-end deadlines ("6月底前"), so half a month's warning leaves a unit one
 * reporting round to finish. Calendar days, not working days: these deadlines are the notice's dates, not a
 * statutory period counted in working days (条例 Art. 33 periods live in the calendar module).
 */
export const KEY_TASK_DUE_SOON_DAYS = 15;

export const KEY_TASK_STATUS_LABELS: Record<KeyTaskStatus, string> = {
  completed: '已完成',
  continuous: '持续推进',
  overdue: '已逾期',
  due_soon: '即将到期',
  on_track: '按期推进',
};

/**
 * A task's status on `today` (China date), derived and never stored. A unit's report that the task is finished ends
 * the clock (completed, even if reported late: the ledger shows the completion date beside the deadline). Otherwise a
 * continuous task has no day to miss; a dated one is overdue from the day after its due date (the due date itself is
 * still in time: "6月底前" includes 30 June), due soon while at most `dueSoonDays` days remain, else on track.
 */
export function keyTaskStatus(deadline: KeyTaskDeadline, completedOn: LocalDate | null, today: LocalDate, dueSoonDays = KEY_TASK_DUE_SOON_DAYS): KeyTaskStatus {
  if (completedOn !== null) return 'completed';
  if (deadline.kind === 'continuous') return 'continuous';
  const left = toEpochDay(deadline.dueDate) - toEpochDay(today);
  if (left < 0) return 'overdue';
  return left <= dueSoonDays ? 'due_soon' : 'on_track';
}
