import { POLICY_BENEFIT_STATUS_LABELS, POLICY_VERDICT_LABELS, PolicyBenefitSummary, PolicyBenefitView, PolicyMatchItem, StaffPolicyBenefitView } from '@govopen/contracts';
import { PolicyMatch } from '@govopen/domain';
import { PolicyBenefit } from './policy-benefit.entity';

export function toBenefitSummary(benefit: PolicyBenefit, documentTitle: string | null): PolicyBenefitSummary {
  return {
    id: benefit.id,
    title: benefit.title,
    documentId: documentTitle === null ? null : benefit.documentId,
    documentTitle,
    topics: benefit.topics,
    applicationPeriod: benefit.applicationPeriod,
    acceptingUnit: benefit.acceptingUnit,
    publishedAt: benefit.publishedAt?.toISOString() ?? null,
  };
}

export function toBenefitView(benefit: PolicyBenefit, documentTitle: string | null): PolicyBenefitView {
  return {
    ...toBenefitSummary(benefit, documentTitle),
    applicationConditions: benefit.applicationConditions,
    supportStandard: benefit.supportStandard,
    consultPhone: benefit.consultPhone,
    conditions: benefit.conditions,
  };
}

export function toStaffBenefitView(benefit: PolicyBenefit, documentTitle: string | null): StaffPolicyBenefitView {
  return {
    ...toBenefitView(benefit, documentTitle),
    // Staff see the link even to a document not (yet) published.
    documentId: benefit.documentId,
    status: benefit.status,
    statusLabel: POLICY_BENEFIT_STATUS_LABELS[benefit.status],
    createdBy: benefit.createdByName,
    createdAt: benefit.createdAt.toISOString(),
    updatedAt: benefit.updatedAt.toISOString(),
  };
}

export function toMatchItem(benefit: PolicyBenefit, match: PolicyMatch): PolicyMatchItem {
  return {
    policyId: benefit.id,
    title: benefit.title,
    verdict: match.verdict,
    verdictLabel: POLICY_VERDICT_LABELS[match.verdict],
    reasons: match.reasons,
    topics: benefit.topics,
    supportStandard: benefit.supportStandard,
    applicationPeriod: benefit.applicationPeriod,
  };
}

const VERDICT_ORDER = { yes: 0, check: 1, no: 2 } as const;

/** Yes first, then check, then no; the newest item first within each. */
export function byVerdict(a: PolicyMatchItem, b: PolicyMatchItem): number {
  return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.policyId - a.policyId;
}
