import { isLocalDate } from '../calendar/local-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CODES = '10X98765432';

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character (ISO 7064 MOD 11-2), with a real birth date at
 * positions 7–14. `today` bounds the birth date; answers the Chinese reason it fails, or null when it passes.
 */
export function checkResidentId(value: string, today: string): string | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号码应为 18 位，最后一位可以是数字或 X';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isLocalDate(birth) || birth > today || birth < '1900-01-01') return '身份证号码中的出生日期不正确';
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  if (CHECK_CODES[sum % 11] !== id[17]) return '身份证号码校验位不正确，请核对';
  return null;
}
