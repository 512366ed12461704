import {
  ENTERPRISE_MEMBER_ROLE_LABELS,
  ENTERPRISE_MEMBER_STATUS_LABELS,
  EnterpriseBindingView,
  EnterpriseColleagueView,
  EnterpriseIndustryView,
  EnterpriseMemberView,
  EnterpriseRevisionView,
  EnterpriseSizeView,
  EnterpriseView,
  MediaFileView,
  MyEnterpriseView,
  StaffEnterpriseSummary,
} from '@govopen/contracts';
import { classifyEnterpriseSize, industryOf, parseIndustryCode, QUALIFICATION_LABELS, SIZE_LABELS, SizeFigures } from '@govopen/domain';
import { ENTERPRISE_FIELD_LABELS, EnterpriseFacts } from './enterprise-facts';
import { Enterprise, EnterpriseMember, EnterpriseRevision } from './enterprise.entity';

export function industryView(code: string): EnterpriseIndustryView | null {
  const parts = parseIndustryCode(code);
  if (!parts) return null;
  const section = industryOf(parts.section)!;
  const industry = industryOf(parts.division ?? parts.section)!;
  return { code, name: industry.name, sectionCode: section.code, sectionName: section.name };
}

/** The size the figures give for the industry, with the reason in words (or why it cannot be told). */
export function sizeView(industryCode: string, figures: SizeFigures): EnterpriseSizeView {
  const result = classifyEnterpriseSize(industryCode, figures);
  return { size: result.size, label: result.size ? SIZE_LABELS[result.size] : null, reason: result.reason };
}

export function factsOf(enterprise: Enterprise): EnterpriseFacts {
  return {
    name: enterprise.name,
    legalRepresentative: enterprise.legalRepresentative,
    industryCode: enterprise.industryCode,
    employees: enterprise.employees,
    revenueWan: enterprise.revenueWan,
    assetsWan: enterprise.assetsWan,
    district: enterprise.district,
    foundedOn: enterprise.foundedOn,
    registeredCapitalWan: enterprise.registeredCapitalWan,
    qualifications: enterprise.qualifications,
  };
}

export function toEnterpriseView(enterprise: Enterprise): EnterpriseView {
  return {
    id: enterprise.id,
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    legalRepresentative: enterprise.legalRepresentative,
    industryCode: enterprise.industryCode,
    industry: industryView(enterprise.industryCode),
    employees: enterprise.employees,
    revenueWanYuan: enterprise.revenueWan,
    assetsWanYuan: enterprise.assetsWan,
    district: enterprise.district,
    foundedOn: enterprise.foundedOn,
    registeredCapitalWanYuan: enterprise.registeredCapitalWan,
    qualifications: enterprise.qualifications.map((item) => ({ kind: item.kind, name: QUALIFICATION_LABELS[item.kind], year: item.year })),
    size: sizeView(enterprise.industryCode, { employees: enterprise.employees, revenueWan: enterprise.revenueWan, assetsWan: enterprise.assetsWan }),
    version: enterprise.version,
    updatedAt: enterprise.updatedAt.toISOString(),
  };
}

export function toMyEnterpriseView(enterprise: Enterprise, member: EnterpriseMember): MyEnterpriseView {
  return {
    ...toEnterpriseView(enterprise),
    membership: { id: member.id, role: member.role, roleLabel: ENTERPRISE_MEMBER_ROLE_LABELS[member.role], joinedVia: member.joinedVia, createdAt: member.createdAt.toISOString() },
    verification: {
      status: member.status,
      statusLabel: ENTERPRISE_MEMBER_STATUS_LABELS[member.status],
      reason: member.reason,
      decidedAt: member.decidedAt?.toISOString() ?? null,
    },
    subscription: { topics: enterprise.topics, muted: enterprise.muted },
  };
}

/** A colleague as a verified member sees them: no phone, no resident number. */
export function toColleagueView(member: EnterpriseMember, viewerResidentId: number): EnterpriseColleagueView {
  return {
    id: member.id,
    role: member.role,
    roleLabel: ENTERPRISE_MEMBER_ROLE_LABELS[member.role],
    joinedVia: member.joinedVia,
    contactName: member.contactName,
    isMe: member.residentId === viewerResidentId,
    createdAt: member.createdAt.toISOString(),
  };
}

export function toMemberView(member: EnterpriseMember): EnterpriseMemberView {
  return {
    id: member.id,
    residentId: member.residentId,
    contactName: member.contactName,
    phoneMasked: member.phoneMasked,
    role: member.role,
    roleLabel: ENTERPRISE_MEMBER_ROLE_LABELS[member.role],
    status: member.status,
    statusLabel: ENTERPRISE_MEMBER_STATUS_LABELS[member.status],
    joinedVia: member.joinedVia,
    reason: member.reason,
    decidedAt: member.decidedAt?.toISOString() ?? null,
    createdAt: member.createdAt.toISOString(),
  };
}

export function toBindingView(member: EnterpriseMember, enterprise: Enterprise, evidence: MediaFileView | null, verifiedMembers: number): EnterpriseBindingView {
  const { id, residentId, contactName, phoneMasked, role, roleLabel, status, statusLabel, joinedVia, reason, decidedAt, createdAt } = toMemberView(member);
  return {
    id,
    enterpriseId: enterprise.id,
    enterpriseName: enterprise.name,
    creditCode: enterprise.creditCode,
    legalRepresentative: enterprise.legalRepresentative,
    residentId,
    contactName,
    phoneMasked,
    role,
    roleLabel,
    status,
    statusLabel,
    joinedVia,
    evidence,
    reason,
    decidedBy: member.decidedByName,
    decidedAt,
    createdAt,
    verifiedMembers,
  };
}

export function toRevisionView(revision: EnterpriseRevision): EnterpriseRevisionView {
  return {
    id: revision.id,
    version: revision.version,
    actorType: revision.actorType,
    actorName: revision.actorName,
    at: revision.createdAt.toISOString(),
    changes: revision.changes.map((change) => ({ ...change, label: ENTERPRISE_FIELD_LABELS[change.field as keyof typeof ENTERPRISE_FIELD_LABELS] ?? change.field })),
  };
}

export function toStaffEnterpriseSummary(enterprise: Enterprise, counts: { verified: number; pending: number }): StaffEnterpriseSummary {
  const view = toEnterpriseView(enterprise);
  return {
    id: enterprise.id,
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    industryName: view.industry?.name ?? null,
    district: enterprise.district,
    sizeLabel: view.size.label,
    verifiedMembers: counts.verified,
    pendingMembers: counts.pending,
    muted: enterprise.muted,
    updatedAt: enterprise.updatedAt.toISOString(),
  };
}
