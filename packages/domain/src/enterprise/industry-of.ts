import { INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, IndustrySectionCode } from './industry-table';

/** A 门类 or 大类 of GB/T 4754-2017; a 门类 is its own section. */
export interface Industry {
  code: string;
  name: string;
  section: IndustrySectionCode;
}

const BY_CODE = new Map<string, Industry>([
  ...INDUSTRY_SECTIONS.map((section): [string, Industry] => [section.code, { code: section.code, name: section.name, section: section.code }]),
  ...INDUSTRY_DIVISIONS.map((division): [string, Industry] => [division.code, { ...division }]),
]);

/** The 门类 (a letter A–T) or 大类 (two digits 01–97) a code names, or null. Codes are taken as written: 'C', '36'. */
export function industryOf(code: string): Industry | null {
  const industry = BY_CODE.get(code);
  return industry ? { ...industry } : null;
}
