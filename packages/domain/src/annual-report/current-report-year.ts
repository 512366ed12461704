import { LocalDate } from '../calendar/local-date';
import { COUNTDOWN_FROM_MONTH_DAY } from './show-annual-report-countdown';

/**
 * The year whose report staff are working on today: from 1 December the year itself (its countdown has started),
 * before then the year just ended (published by 31 January or 31 March, 条例 Art. 49).
 */
export function currentReportYear(today: LocalDate): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= COUNTDOWN_FROM_MONTH_DAY ? year : year - 1;
}
