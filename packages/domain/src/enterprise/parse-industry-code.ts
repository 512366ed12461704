import { industryOf } from './industry-of';
import { IndustrySectionCode } from './industry-table';

/** An enterprise's industry code read down to the levels it gives. */
export interface IndustryCodeParts {
  section: IndustrySectionCode;
  /** The 大类, when the code gives one. */
  division: string | null;
  /** The 中类 (three digits), when the code gives one; checked only through its 大类. */
  group: string | null;
}

/**
 * Reads an enterprise's industry as registered: a 门类 letter ('C'), a 大类 ('36'), or the digits of a 中类 ('367') or
 * 小类 ('3670'). Finer codes are accepted when their 大类 exists, since only 门类 and 大类 are shipped. Null otherwise.
 */
export function parseIndustryCode(code: string): IndustryCodeParts | null {
  if (/^[A-Z]$/.test(code)) {
    const section = industryOf(code);
    return section ? { section: section.section, division: null, group: null } : null;
  }
  if (!/^\d{2}(\d{1,2})?$/.test(code)) return null;
  const division = industryOf(code.slice(0, 2));
  if (!division) return null;
  return { section: division.section, division: division.code, group: code.length >= 3 ? code.slice(0, 3) : null };
}
