/**
 * A calendar date with no time zone, as the law counts days: 'YYYY-MM-DD'.
 * Arithmetic runs on epoch days (days since 1970-01-01) with integer civil-calendar formulas: no Date objects,
 * no time zone, no DST, and cheap enough for the deadline hot path.
 */
export type LocalDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function digit(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** [year, month, day] of a well-formed 'YYYY-MM-DD' naming a real date, else null. */
function parse(value: string): [number, number, number] | null {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return null;
  const d = [0, 1, 2, 3, 5, 6, 8, 9].map((index) => digit(value, index));
  if (d.includes(-1)) return null;
  const year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
  const month = d[4] * 10 + d[5];
  const day = d[6] * 10 + d[7];
  if (month < 1 || month > 12 || day < 1) return null;
  const limit = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= limit ? [year, month, day] : null;
}

export function isLocalDate(value: string): boolean {
  return parse(value) !== null;
}

/** Days from civil (H. Hinnant's algorithm): proleptic Gregorian, exact for every year. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(epochDay: number): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function toEpochDay(date: LocalDate): number {
  const parts = parse(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return daysFromCivil(parts[0], parts[1], parts[2]);
}

export function fromEpochDay(epochDay: number): LocalDate {
  const [year, month, day] = civilFromDays(epochDay);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function yearOfEpochDay(epochDay: number): number {
  return civilFromDays(epochDay)[0];
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return weekdayOfEpochDay(toEpochDay(date));
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** The local date in China (UTC+8, no DST) of an instant; `now` is always passed in. */
export function chinaDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** "HH:mm" of an instant in China (UTC+8), whatever the server's zone. */
export function chinaTimeOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);
}
