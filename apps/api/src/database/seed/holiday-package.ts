import { CalendarException } from '@govopen/domain';

// chinese-days ships the State Council schedules offline and is updated when a new one is published.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const data = require('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** The package stores "English name,中文名,days"; keep the Chinese name as the law's notices write it. */
function chineseName(value: string): string {
  const name = value.split(',')[1] ?? value;
  return FULL_NAMES[name] ?? name;
}

/** Every year the package covers, each with its holidays and make-up working days. */
export function packageCalendarYears(): Map<number, CalendarException[]> {
  const years = new Map<number, CalendarException[]>();
  const add = (date: string, day: CalendarException) => {
    const year = Number(date.slice(0, 4));
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(day);
  };
  for (const [date, value] of Object.entries(data.holidays)) add(date, { date, working: false, name: chineseName(value) });
  for (const [date, value] of Object.entries(data.workdays)) {
    add(date, { date, working: true, name: `${chineseName(value)}调休上班` });
  }
  return years;
}
