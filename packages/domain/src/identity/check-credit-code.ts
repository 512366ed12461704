// GB 32100-2015 统一社会信用代码: 18 characters from 31 (no I, O, Z, S, V); the last is a MOD 31 check character.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Answers the Chinese reason a 统一社会信用代码 fails, or null when it passes. */
export function checkCreditCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return '统一社会信用代码应为 18 位';
  if ([...code].some((char) => !CHARSET.includes(char))) return '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）';
  if (!/^[0-9A-HJ-NP-RTUWXY]{2}\d{6}/.test(code)) return '统一社会信用代码第 3–8 位应为行政区划码';
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * CHARSET.indexOf(code[index]), 0);
  const check = (31 - (sum % 31)) % 31;
  if (CHARSET[check] !== code[17]) return '统一社会信用代码校验位不正确，请核对';
  return null;
}
