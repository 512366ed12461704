import { LocalDate, yearOf } from './local-date';

/**
 * The years whose holiday schedule must be in the calendar on `today`, less those entered: this year always, and from
 * 1 November next year too (the State Council publishes it in November; December cases' deadlines run into it).
 * What staff need to read is the gap, not the range entered: a test save of 2100 makes "2004–2100" look complete.
 */
export function missingCalendarYears(entered: Iterable<number>, today: LocalDate): number[] {
  const have = new Set(entered);
  const year = yearOf(today);
  const needed = Number(today.slice(5, 7)) >= 11 ? [year, year + 1] : [year];
  return needed.filter((candidate) => !have.has(candidate));
}
