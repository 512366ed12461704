/**
 * 110105********002X: enough for the applicant to recognise, nothing more (masked in every list). Passports and
 * permits are 8–10 characters, too short to keep ten of them: those keep two at each end (E1*****78).
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  if (value.length <= 10) return `${value.slice(0, 2)}${'*'.repeat(value.length - 4)}${value.slice(-2)}`;
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** 138****5678 */
export function maskPhone(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
