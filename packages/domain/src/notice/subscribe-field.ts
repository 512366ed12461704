/**
 * WeChat subscribe-message field types and their limits (../shared/DOMAIN.md §6a; 微信开放文档 "订阅消息 · 参数值内容限制").
 * A value over the limit makes WeChat refuse the whole send with 47003, so values are fitted when the notice is
 * written, by rule, and a send never fails on length.
 */
export type SubscribeFieldType = 'thing' | 'phrase' | 'character_string' | 'number' | 'name' | 'phone_number' | 'amount' | 'time' | 'date';

const THING_MAX = 20;
const PHRASE_MAX = 5;
const CHARACTER_STRING_MAX = 32;
const NUMBER_MAX = 32;
const NAME_MAX = 10;
const PHONE_MAX = 17;
const AMOUNT_DIGITS_MAX = 10;

/** The most characters (code points) WeChat takes in a field of each free-text type; forms count against these as typed. */
export const SUBSCRIBE_FIELD_MAX_LENGTH = { thing: THING_MAX, phrase: PHRASE_MAX, character_string: CHARACTER_STRING_MAX, number: NUMBER_MAX, name: NAME_MAX, phone_number: PHONE_MAX } as const;

const HAN = /\p{Script=Han}/u;

/** Cuts to `max` characters (code points, as WeChat counts), marking the cut with an ellipsis inside the limit. */
function cut(value: string, max: number, ellipsis = '…'): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return chars.slice(0, max - ellipsis.length).join('') + ellipsis;
}

/** One line, no control characters, trimmed: WeChat shows each field on a single line. */
function oneLine(value: string): string {
  return value.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/** A China date-time "2024年10月30日 14:05" of an instant (UTC+8, whatever the server's zone). */
function chinaDateTime(instant: Date): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  const [year, month, day] = [shifted.slice(0, 4), shifted.slice(5, 7), shifted.slice(8, 10)];
  return { date: `${year}年${month}月${day}日`, time: shifted.slice(11, 16) };
}

/**
 * The value WeChat accepts for a field of this type: thing ≤ 20 characters (cut with "…"), phrase ≤ 5 汉字 (Han
 * characters only), character_string ≤ 32 printable ASCII, number ≤ 32 digits, name ≤ 10 characters, phone_number ≤
 * 17 of digits, "+", "-" and spaces, amount a currency sign and ≤ 10 digits; time and date take an ISO instant. An
 * empty result becomes a placeholder, since WeChat refuses an empty value too.
 */
export function fitSubscribeValue(type: SubscribeFieldType, raw: string): string {
  const value = oneLine(raw);
  switch (type) {
    case 'thing':
      return cut(value, THING_MAX) || '—';
    case 'phrase':
      return Array.from(value).filter((char) => HAN.test(char)).slice(0, PHRASE_MAX).join('') || '通知';
    case 'character_string':
      return value.replace(/[^\x21-\x7e]/g, '').slice(0, CHARACTER_STRING_MAX) || '-';
    case 'number':
      return value.replace(/[^\d.]/g, '').slice(0, NUMBER_MAX) || '0';
    case 'name':
      return cut(value, NAME_MAX, '') || '—';
    case 'phone_number':
      return value.replace(/[^\d+\- ]/g, '').trim().slice(0, PHONE_MAX) || '-';
    case 'amount': {
      const [integer, fraction] = value.replace(/[^\d.]/g, '').split('.');
      const digits = (integer || '0').slice(-AMOUNT_DIGITS_MAX);
      return `¥${digits}${fraction ? `.${fraction.slice(0, 2)}` : ''}`;
    }
    case 'time': {
      const { date, time } = chinaDateTime(new Date(value));
      return `${date} ${time}`;
    }
    case 'date':
      return chinaDateTime(new Date(value)).date;
  }
}
