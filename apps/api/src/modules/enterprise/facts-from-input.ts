import { EnterpriseProfileInput } from '@govopen/contracts';
import { Qualification } from '@govopen/domain';
import { EnterpriseFacts } from './enterprise-facts';
import { normalizeIndustryCode } from './normalize-industry-code';
import { qualificationKindOf } from './qualification-kind-of';

/**
 * The stored form of a validated profile: text trimmed, the industry code normalised ('C39' → '39'), qualifications
 * by kind, each (kind, year) once, in a stable order. The DTO has already refused what cannot be read.
 */
export function factsFromInput(input: EnterpriseProfileInput): EnterpriseFacts {
  const qualifications = new Map<string, Required<Qualification>>();
  for (const item of input.qualifications ?? []) {
    const kind = qualificationKindOf(item.name);
    if (kind) qualifications.set(`${kind}:${item.year}`, { kind, year: item.year });
  }
  return {
    name: input.name.trim(),
    legalRepresentative: input.legalRepresentative.trim(),
    industryCode: normalizeIndustryCode(input.industryCode) ?? input.industryCode,
    employees: input.employees,
    revenueWan: input.revenueWanYuan,
    assetsWan: input.assetsWanYuan ?? null,
    district: input.district.trim(),
    foundedOn: input.foundedOn,
    registeredCapitalWan: input.registeredCapitalWanYuan ?? null,
    qualifications: [...qualifications.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.year - b.year),
  };
}
