import { parseIndustryCode } from '@govopen/domain';

/**
 * An industry code as people write it, in the form the domain reads: 'c' → 'C', '3911' stays, and the letter written
 * before the digits ('C39', 'C 3911') is dropped once it agrees with the digits' 门类. Null when it is no code of
 * GB/T 4754-2017 (or the letter contradicts the digits: 'A39').
 */
export function normalizeIndustryCode(raw: string): string | null {
  const code = raw.replace(/\s+/g, '').toUpperCase();
  const lettered = /^([A-T])(\d{2,4})$/.exec(code);
  if (lettered) {
    const parts = parseIndustryCode(lettered[2]);
    return parts && parts.section === lettered[1] ? lettered[2] : null;
  }
  return parseIndustryCode(code) ? code : null;
}
