import { industryOf } from './industry-of';
import { INDUSTRY_DIVISIONS } from './industry-table';
import { parseIndustryCode } from './parse-industry-code';
import { SIZE_GROUP_OF_DIVISION, SIZE_GROUPS, SizeGroupKey, SizeGroupSplit } from './size-standard';

const SIZE_STANDARD = '《统计上大中小微型企业划分办法（2017）》';

/** Which row of the size 附表 an industry code falls under, or why none can be named. */
export type SizeGroupResolution =
  | { kind: 'group'; group: SizeGroupKey }
  /** The 办法 does not cover the industry (金融业, 教育, 卫生, 公共管理, 铁路运输业, 房地产租赁经营…). */
  | { kind: 'outside'; reason: string }
  /** The code is too coarse: the industries under it are sized by different rows. */
  | { kind: 'ambiguous'; groups: SizeGroupKey[]; reason: string }
  | { kind: 'unknown'; reason: string };

function isSplit(entry: SizeGroupKey | null | SizeGroupSplit): entry is SizeGroupSplit {
  return entry !== null && typeof entry === 'object';
}

function outcomesOfDivision(code: string): (SizeGroupKey | null)[] {
  const entry = SIZE_GROUP_OF_DIVISION[code];
  return isSplit(entry) ? Object.values(entry).map((group) => group.group) : [entry];
}

function label(code: string, name: string): string {
  return `${name}（${code}）`;
}

function resolve(outcomes: (SizeGroupKey | null)[], what: string, finer: string): SizeGroupResolution {
  const distinct = [...new Set(outcomes)];
  if (distinct.length === 1 && distinct[0] === null) return { kind: 'outside', reason: `${SIZE_STANDARD}不适用于${what}` };
  if (distinct.length === 1) return { kind: 'group', group: distinct[0] as SizeGroupKey };
  const groups = distinct.filter((group): group is SizeGroupKey => group !== null);
  const names = groups.map((group) => SIZE_GROUPS[group].name).join('、');
  const split = groups.length < distinct.length ? `有的按${names}的标准划分规模，有的不适用${SIZE_STANDARD}` : `分别按${names}的标准划分规模`;
  return { kind: 'ambiguous', groups, reason: `${what}下的行业${split}，请选到${finer}` };
}

/** The size group of a 门类, 大类, 中类 or 小类 code (see parseIndustryCode), by the scope and 附注 of the 办法. */
export function sizeGroupOf(industryCode: string): SizeGroupResolution {
  const parts = parseIndustryCode(industryCode);
  if (!parts) return { kind: 'unknown', reason: `行业代码“${industryCode}”不是 GB/T 4754-2017 的行业代码` };
  if (!parts.division) {
    const section = industryOf(parts.section)!;
    const outcomes = INDUSTRY_DIVISIONS.filter((division) => division.section === parts.section).flatMap((division) => outcomesOfDivision(division.code));
    return resolve(outcomes, label(section.code, section.name), '行业大类');
  }
  const division = industryOf(parts.division)!;
  const entry = SIZE_GROUP_OF_DIVISION[division.code];
  if (!isSplit(entry)) return resolve([entry], label(division.code, division.name), '');
  if (!parts.group) return resolve(outcomesOfDivision(division.code), label(division.code, division.name), '行业中类');
  const group = entry[parts.group];
  if (!group) return { kind: 'unknown', reason: `行业代码“${industryCode}”不是 GB/T 4754-2017 中${label(division.code, division.name)}下的中类或小类` };
  return resolve([group.group], label(parts.group, group.name), '');
}
