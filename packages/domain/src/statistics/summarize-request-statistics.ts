import { countWorkingDays } from '../calendar/count-working-days';
import { LocalDate } from '../calendar/local-date';
import { CalendarYearMissingError, WorkingCalendar } from '../calendar/working-calendar';
import { Outcome, OutcomeGroup, outcomeInfo } from '../disclosure/outcome';

/** What the statistics need of one 依申请公开 case: columns the case store keeps from its events. */
export interface RequestStatsFacts {
  unitId: number | null;
  /** Receipt date (条例 Art. 31); null while not registered, and then the case is not counted. */
  receivedDate: LocalDate | null;
  /** The working-day deadline the case runs under (Art. 33, with pauses and an extension); null while unknown. */
  dueDate: LocalDate | null;
  /** The day the case closed (reply, lapse or withdrawal); null while open. */
  closedDate: LocalDate | null;
  /** The outcome of a reply or a lapse; null while open and for a withdrawal. */
  outcome: Outcome | null;
}

export interface RequestFigures {
  /** 收到: received in the period. */
  received: number;
  /** 办结: answered (an outcome decided) in the period; withdrawals are not answers. */
  answered: number;
  /** Of those answered, on or before their due date. */
  answeredOnTime: number;
  /** Cases whose due date fell in the period, already passed, and which were not answered by it. */
  overdue: number;
  /** Mean working days from receipt to the answer, over the answers of the period, one decimal; null when none. */
  averageWorkingDays: number | null;
}

export const OUTCOME_GROUPS: readonly OutcomeGroup[] = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];

export interface RequestStatistics {
  year: number;
  total: RequestFigures;
  /** January to December; months after `today` are all zero. */
  months: RequestFigures[];
  /** The year's answers by the outcome groups of annual report table 三 (三（一）…（六）), in that order. */
  outcomes: { group: OutcomeGroup; count: number }[];
  /** The year's figures per 承办 unit (null: not yet assigned), units in order of first appearance sorted by id. */
  units: { unitId: number | null; figures: RequestFigures }[];
}

function figures(cases: RequestStatsFacts[], period: string, today: LocalDate, calendar: WorkingCalendar): RequestFigures {
  const inPeriod = (date: LocalDate | null) => date !== null && date.startsWith(period);
  const answered = cases.filter((item) => item.outcome !== null && inPeriod(item.closedDate));
  const days: number[] = [];
  for (const item of answered) {
    try {
      days.push(countWorkingDays(calendar, item.receivedDate!, item.closedDate!));
    } catch (error) {
      // A year without holidays cannot be counted in working days: leave the case out of the mean, not guess.
      if (!(error instanceof CalendarYearMissingError)) throw error;
    }
  }
  return {
    received: cases.filter((item) => inPeriod(item.receivedDate)).length,
    answered: answered.length,
    answeredOnTime: answered.filter((item) => item.dueDate !== null && item.closedDate! <= item.dueDate).length,
    overdue: cases.filter((item) => item.dueDate !== null && inPeriod(item.dueDate) && item.dueDate < today && (item.closedDate === null || item.closedDate > item.dueDate)).length,
    averageWorkingDays: days.length ? Math.round((days.reduce((sum, value) => sum + value, 0) * 10) / days.length) / 10 : null,
  };
}

/**
 * A year of 依申请公开 by month, in total, by outcome and by unit, from the case facts as of `today` (a case answered
 * late counts as overdue in the month its deadline passed and as answered in the month of the answer).
 */
export function summarizeRequestStatistics(cases: RequestStatsFacts[], year: number, today: LocalDate, calendar: WorkingCalendar): RequestStatistics {
  const counted = cases.filter((item) => item.receivedDate !== null);
  const months = Array.from({ length: 12 }, (_, index) => figures(counted, `${year}-${String(index + 1).padStart(2, '0')}`, today, calendar));
  const answeredInYear = counted.filter((item) => item.outcome !== null && item.closedDate?.startsWith(String(year)));
  const unitIds = [...new Set(counted.map((item) => item.unitId))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return {
    year,
    total: figures(counted, String(year), today, calendar),
    months,
    outcomes: OUTCOME_GROUPS.map((group) => ({ group, count: answeredInYear.filter((item) => outcomeInfo(item.outcome!).group === group).length })),
    units: unitIds
      .map((unitId) => ({ unitId, figures: figures(counted.filter((item) => item.unitId === unitId), String(year), today, calendar) }))
      .filter((row) => row.figures.received + row.figures.answered + row.figures.overdue > 0),
  };
}
