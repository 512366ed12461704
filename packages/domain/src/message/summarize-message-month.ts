import { LocalDate } from '../calendar/local-date';
import { MESSAGE_BOARDS, MessageBoard } from './message-board';

export type MessageRating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

export const MESSAGE_RATING_LABELS: Record<MessageRating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

export interface MessageStatsRow {
  board: MessageBoard;
  /** 受理日期; messages still held or refused by moderation have none and are not counted. */
  receivedDate: LocalDate | null;
  repliedDate: LocalDate | null;
  dueDate: LocalDate | null;
  invalid: boolean;
  rating: MessageRating | null;
}

export interface MessageMonthFigures {
  received: number;
  answered: number;
  answeredOnTime: number;
  /** Answered on time / answered, in per cent with one decimal; null when nothing was answered. */
  onTimeRate: number | null;
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** (满意 + 基本满意) / rated, in per cent with one decimal; null when no one rated. */
  satisfactionRate: number | null;
}

export interface MessageMonthStats extends MessageMonthFigures {
  month: string;
  byBoard: Record<MessageBoard, MessageMonthFigures>;
}

const percent = (part: number, whole: number): number | null => (whole ? Math.round((part * 1000) / whole) / 10 : null);

function figures(rows: MessageStatsRow[], month: string): MessageMonthFigures {
  // A prefix: a month (2024-09) or a whole year (2024).
  const inMonth = (date: LocalDate | null) => date !== null && date.startsWith(month);
  const received = rows.filter((row) => !row.invalid && inMonth(row.receivedDate)).length;
  const answeredRows = rows.filter((row) => inMonth(row.repliedDate));
  const answeredOnTime = answeredRows.filter((row) => row.dueDate !== null && row.repliedDate! <= row.dueDate).length;
  const ratedRows = answeredRows.filter((row) => row.rating !== null);
  const count = (rating: MessageRating) => ratedRows.filter((row) => row.rating === rating).length;
  const satisfied = count('satisfied');
  const basicallySatisfied = count('basically_satisfied');
  return {
    received,
    answered: answeredRows.length,
    answeredOnTime,
    onTimeRate: percent(answeredOnTime, answeredRows.length),
    rated: ratedRows.length,
    satisfied,
    basicallySatisfied,
    dissatisfied: count('dissatisfied'),
    satisfactionRate: percent(satisfied + basicallySatisfied, ratedRows.length),
  };
}

/**
 * The published monthly statistics (or a year's, given "2024" as the month): messages received (受理) in the month, and of the replies given in the month how
 * many were on time and how their writers rated them.
 */
export function summarizeMessageMonth(rows: MessageStatsRow[], month: string): MessageMonthStats {
  const byBoard = Object.fromEntries(MESSAGE_BOARDS.map((board) => [board, figures(rows.filter((row) => row.board === board), month)])) as Record<MessageBoard, MessageMonthFigures>;
  return { month, ...figures(rows, month), byBoard };
}
