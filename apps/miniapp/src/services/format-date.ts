import { dayOfWeek } from '@govopen/domain';

/** 2024-10-30 → 2024年10月30日 星期三: how a resident reads a date. */
export function formatChinaDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日 星期${'日一二三四五六'[dayOfWeek(date)]}`;
}

/** Today in China (UTC+8), whatever the phone's time zone. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The China date of an instant the API sends (ISO, UTC). */
export function chinaDateOfInstant(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
}
