import { CalculatorProfile } from '@govopen/contracts';
import { EnterpriseProfile, Qualification } from '@govopen/domain';
import { AppException } from '../../common/app-exception';
import { normalizeIndustryCode } from './normalize-industry-code';
import { qualificationKindOf } from './qualification-kind-of';

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1980 && value <= 2100;
}

/**
 * What a visitor of the 政策计算器 said, as the matcher reads it: a field left out stays unknown (its conditions
 * become "check"), qualifications named alone have no year. A qualification that names nothing known is refused,
 * naming its place in the list.
 */
export function calculatorProfileOf(input: CalculatorProfile): EnterpriseProfile {
  const has = (value: number | null | undefined): value is number => typeof value === 'number';
  const figures = has(input.employees) || has(input.revenueWanYuan) || has(input.assetsWanYuan)
    ? { employees: input.employees ?? undefined, revenueWan: input.revenueWanYuan ?? undefined, assetsWan: input.assetsWanYuan ?? undefined }
    : undefined;
  return {
    industryCode: input.industryCode ? (normalizeIndustryCode(input.industryCode) ?? undefined) : undefined,
    size: input.size ?? undefined,
    figures,
    district: input.district?.trim() || undefined,
    foundedDate: input.foundedOn ?? undefined,
    registeredCapitalWan: input.registeredCapitalWanYuan ?? undefined,
    qualifications: input.qualifications === null || input.qualifications === undefined ? undefined : input.qualifications.map(qualificationOf),
  };
}

function qualificationOf(item: unknown, index: number): Qualification {
  const field = `profile.qualifications[${index}]`;
  const name = typeof item === 'string' ? item : item && typeof item === 'object' && !Array.isArray(item) ? (item as { name?: unknown }).name : undefined;
  if (typeof name !== 'string') throw AppException.invalid(field, `企业资质 ${field} 应为资质名称，或 { "name": 资质名称, "year": 认定年份 }`);
  const kind = qualificationKindOf(name.slice(0, 30));
  if (!kind) throw AppException.invalid(field, `未知的企业资质“${name.slice(0, 30)}”，应为 高新技术企业、科技型中小企业、创新型中小企业、专精特新中小企业、专精特新“小巨人”企业、制造业单项冠军企业 之一`);
  const year = typeof item === 'object' ? (item as { year?: unknown }).year : undefined;
  if (year === undefined || year === null) return { kind };
  if (!isYear(year)) throw AppException.invalid(`${field}.year`, `资质认定年份 ${field}.year 应为 1980–2100 之间的整数年份`);
  return { kind, year };
}
