import { chinaDateOf, chinaTimeOf, dayOfWeek, LocalDate } from './local-date';

/**
 * How every date and time is shown to people, in the H5/weapp app and the admin console alike: China time (UTC+8,
 * no DST), whatever the zone of the browser, the phone or the server. The API sends instants as ISO strings (UTC) and
 * calendar days as LocalDate; these are the only formatters the front ends use.
 */

/** 2024-10-30 → 2024年10月30日 星期三. */
export function formatChinaDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日 星期${'日一二三四五六'[dayOfWeek(date)]}`;
}

/** 2024-10-30 → 2024年10月30日 (where a weekday does not fit, e.g. a WeChat template field). */
export function formatChinaDay(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The China date of an instant the API sends (ISO, UTC): 2024-10-29T16:30:00Z → 2024-10-30. */
export function chinaDateOfInstant(iso: string): LocalDate {
  return chinaDateOf(new Date(iso));
}

/** An instant as a clerk reads it in a table: 2024-10-29T16:30:05Z → 2024-10-30 00:30. */
export function formatChinaDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${chinaDateOf(instant)} ${chinaTimeOf(instant)}`;
}

/**
 * The instant (ISO, UTC) of a wall-clock time in China, as a clerk picks it: 2026-11-24 09:30 → 2026-11-24T01:30:00.000Z,
 * whatever the browser's zone (a picker's own Date would read the digits in the browser's zone instead).
 */
export function chinaInstantOf(date: LocalDate, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new RangeError(`not a China date and time: ${date} ${time}`);
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

/** Today in China for the device's clock (the front ends only; the API takes "now" from its Clock). */
export function chinaToday(now: Date = new Date()): LocalDate {
  return chinaDateOf(now);
}
