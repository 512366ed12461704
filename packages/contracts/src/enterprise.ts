import type { EnterpriseMemberRole, EnterpriseMemberStatus, EnterpriseSize, PolicyConditions, PolicyPushStatus, PolicyTopic, PolicyVerdict, QualificationKind } from '@govopen/domain';
import { SUBSCRIBE_FIELD_MAX_LENGTH } from '@govopen/domain';
import { MediaFileView } from './media';

// Sizes, qualifications, topics, conditions and verdicts are the domain's; the wire uses them as they are.
export type { EnterpriseMemberRole, EnterpriseMemberStatus, EnterpriseSize, PolicyConditionKind, PolicyConditions, PolicyPushStatus, PolicyTopic, PolicyVerdict, QualificationKind } from '@govopen/domain';
export { ENTERPRISE_SIZES, SIZE_LABELS as ENTERPRISE_SIZE_LABELS, QUALIFICATION_KINDS, QUALIFICATION_LABELS, POLICY_TOPICS, POLICY_VERDICT_LABELS, POLICY_PUSH_STATUS_LABELS } from '@govopen/domain';

/* ------------------------------------------------------------------ options */

export interface IndustryOption {
  /** A 门类 letter ('C') or a 大类 code ('39') of GB/T 4754-2017. */
  code: string;
  name: string;
}

export interface IndustrySectionOption extends IndustryOption {
  divisions: IndustryOption[];
}

/** GET /api/enterprise-options: what the forms offer (public, no sign-in). */
export interface EnterpriseOptions {
  /** 20 门类, each with its 大类. */
  industries: IndustrySectionOption[];
  sizes: { value: EnterpriseSize; label: string }[];
  qualifications: { kind: QualificationKind; label: string }[];
  /** 所在区（市）/功能区 of the serving agency, in its order (a per-agency setting). */
  districts: string[];
  topics: PolicyTopic[];
}

/* ------------------------------------------------------------------ profile */

/**
 * A qualification as sent: `name` is the kind (`highTech`) or its Chinese name (`高新技术企业`, `专精特新"小巨人"`).
 * The year obtained is required on a profile; the 政策计算器 also takes a name alone.
 */
export interface EnterpriseQualificationInput {
  name: string;
  year: number;
}

/** The 画像 fields an enterprise keeps up to date (all but the credit code, which is its identity). */
export interface EnterpriseProfileInput {
  name: string;
  /** 法定代表人 */
  legalRepresentative: string;
  /** GB/T 4754-2017: a 门类 letter, a 大类 ('39'), finer digits ('3911'), or the letter and digits together ('C39'). */
  industryCode: string;
  /** 从业人员 (persons). */
  employees: number;
  /** 营业收入 (万元, last year). */
  revenueWanYuan: number;
  /** 资产总额 (万元); some industries need it to tell the size. */
  assetsWanYuan?: number | null;
  /** One of EnterpriseOptions.districts. */
  district: string;
  /** 成立日期 YYYY-MM-DD. */
  foundedOn: string;
  /** 注册资本 (万元). */
  registeredCapitalWanYuan?: number | null;
  qualifications?: EnterpriseQualificationInput[];
}

/** POST /api/enterprises: claim an enterprise; the membership is pending until staff approve it. */
export interface BindEnterprise extends EnterpriseProfileInput {
  /** 统一社会信用代码 (GB 32100, check character verified). */
  creditCode: string;
  /** 授权书 or 营业执照, uploaded first to POST /api/media with purpose `enterprise_evidence`. */
  evidenceFileId?: number | null;
  /** The member's own name and phone, for staff to call back; the phone is encrypted at rest. */
  contactName?: string | null;
  contactPhone?: string | null;
}

/** PUT /api/enterprises/{id}: a verified member edits the 画像; each change is a revision. */
export interface UpdateEnterprise extends EnterpriseProfileInput {
  /** The version the member edited; a different current version answers 409 (someone else saved meanwhile). */
  version?: number;
}

export interface EnterpriseQualificationView {
  kind: QualificationKind;
  /** 高新技术企业… */
  name: string;
  year: number;
}

export interface EnterpriseIndustryView {
  /** As stored: what the enterprise entered, normalised ('C39' → '39'). */
  code: string;
  name: string;
  sectionCode: string;
  sectionName: string;
}

/** 企业规模 by 《统计上大中小微型企业划分办法（2017）》, computed from the figures and the industry, with the reason. */
export interface EnterpriseSizeView {
  size: EnterpriseSize | null;
  label: string | null;
  /** "按“工业”标准：从业人员 1,500 人，达到大型下限 1,000 人；营业收入 500 万元，达到小型下限 300 万元。…定为小型企业。" */
  reason: string;
}

export interface EnterpriseView {
  id: number;
  creditCode: string;
  name: string;
  legalRepresentative: string;
  industryCode: string;
  industry: EnterpriseIndustryView | null;
  employees: number;
  revenueWanYuan: number;
  assetsWanYuan: number | null;
  district: string;
  foundedOn: string;
  registeredCapitalWanYuan: number | null;
  qualifications: EnterpriseQualificationView[];
  size: EnterpriseSizeView;
  /** Starts at 1, one more per saved change. */
  version: number;
  updatedAt: string;
}

export const ENTERPRISE_MEMBER_ROLE_LABELS: Record<EnterpriseMemberRole, string> = { admin: '管理员', member: '成员' };

export const ENTERPRISE_MEMBER_STATUS_LABELS: Record<EnterpriseMemberStatus, string> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '未通过',
  left: '已退出',
};

/** How a member came in: staff approved their evidence, or a verified 管理员 invited them. */
export type EnterpriseJoinedVia = 'evidence' | 'invitation';

export interface EnterpriseMembershipView {
  id: number;
  role: EnterpriseMemberRole;
  roleLabel: string;
  joinedVia: EnterpriseJoinedVia;
  createdAt: string;
}

export interface EnterpriseVerificationView {
  status: EnterpriseMemberStatus;
  statusLabel: string;
  /** Why staff rejected it. */
  reason: string | null;
  decidedAt: string | null;
}

export interface EnterpriseSubscriptionView {
  topics: PolicyTopic[];
  /** 免打扰: no pushes at all, whatever matches. */
  muted: boolean;
}

/** One of the signed-in resident's enterprises: the profile, their membership and where its verification stands. */
export interface MyEnterpriseView extends EnterpriseView {
  membership: EnterpriseMembershipView;
  verification: EnterpriseVerificationView;
  subscription: EnterpriseSubscriptionView;
}

/** PUT /api/enterprises/{id}/subscription */
export interface SaveEnterpriseSubscription {
  topics: PolicyTopic[];
  muted: boolean;
}

/** A one-time code a verified 管理员 gives a colleague; it expires after ENTERPRISE_INVITATION_DAYS. */
export interface EnterpriseInvitationView {
  code: string;
  enterpriseId: number;
  enterpriseName: string;
  expiresAt: string;
}

export const ENTERPRISE_INVITATION_DAYS = 7;

/** GET /api/enterprises/{id}/members: the verified colleagues, as a verified member sees them (no phone numbers). */
export interface EnterpriseColleagueView {
  /** The membership (成员编号): what PUT …/members/{memberId}/role names. */
  id: number;
  role: EnterpriseMemberRole;
  roleLabel: string;
  joinedVia: EnterpriseJoinedVia;
  /** The name they gave when claiming; null for one who came by invitation. */
  contactName: string | null;
  /** The signed-in resident's own membership. */
  isMe: boolean;
  createdAt: string;
}

/** PUT /api/enterprises/{id}/members/{memberId}/role: a verified 管理员 appoints a 管理员 or makes one a 成员 again. */
export interface ChangeEnterpriseMemberRole {
  role: EnterpriseMemberRole;
}

/* ------------------------------------------------------------------ staff: bindings and enterprises */

export interface EnterpriseBindingQuery {
  /** Default pending. */
  status?: EnterpriseMemberStatus;
  page?: number;
  pageSize?: number;
}

/** A membership as staff review it (企业绑定审核). The phone is masked; reading it in full is audited. */
export interface EnterpriseBindingView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  creditCode: string;
  legalRepresentative: string;
  residentId: number;
  contactName: string | null;
  phoneMasked: string | null;
  role: EnterpriseMemberRole;
  roleLabel: string;
  status: EnterpriseMemberStatus;
  statusLabel: string;
  joinedVia: EnterpriseJoinedVia;
  /** The uploaded 授权书/营业执照; download from GET /api/admin/enterprise-bindings/{id}/evidence (audited). */
  evidence: MediaFileView | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  /** Verified members the enterprise already has (a claim on a held enterprise deserves a closer look). */
  verifiedMembers: number;
}

/** POST /api/admin/enterprise-bindings/{id}/reject */
export interface RejectEnterpriseBinding {
  reason: string;
}

/**
 * POST /api/admin/enterprises/{id}/verification: decides the enterprise's pending claim. With several pending claims
 * `memberId` names the one decided.
 */
export interface EnterpriseVerificationDecision {
  approved: boolean;
  reason?: string | null;
  memberId?: number | null;
}

export interface StaffEnterpriseQuery {
  q?: string;
  district?: string;
  page?: number;
  pageSize?: number;
}

export interface StaffEnterpriseSummary {
  id: number;
  creditCode: string;
  name: string;
  industryName: string | null;
  district: string;
  sizeLabel: string | null;
  verifiedMembers: number;
  pendingMembers: number;
  muted: boolean;
  updatedAt: string;
}

export interface EnterpriseMemberView {
  id: number;
  residentId: number;
  contactName: string | null;
  phoneMasked: string | null;
  role: EnterpriseMemberRole;
  roleLabel: string;
  status: EnterpriseMemberStatus;
  statusLabel: string;
  joinedVia: EnterpriseJoinedVia;
  reason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface EnterpriseFieldChange {
  field: string;
  /** 从业人员… */
  label: string;
  from: string | null;
  to: string | null;
}

/** One saved change of the profile: who, when, what. */
export interface EnterpriseRevisionView {
  id: number;
  version: number;
  actorType: 'resident' | 'staff' | 'system';
  /** 企业成员（管理员）, or the staff member's name. */
  actorName: string;
  at: string;
  changes: EnterpriseFieldChange[];
}

export interface StaffEnterpriseView extends EnterpriseView {
  members: EnterpriseMemberView[];
  revisions: EnterpriseRevisionView[];
  subscription: EnterpriseSubscriptionView;
}

/** GET /api/admin/enterprises/{id}/members/{memberId}/phone (audited). */
export interface EnterpriseMemberPhone {
  phone: string | null;
}

/** GET/PUT /api/admin/enterprise-districts: the agency's 所在区（市）/功能区 list. */
export interface EnterpriseDistricts {
  districts: string[];
}

/* ------------------------------------------------------------------ 惠企政策 items */

export type PolicyBenefitStatus = 'draft' | 'published';

export const POLICY_BENEFIT_STATUS_LABELS: Record<PolicyBenefitStatus, string> = { draft: '草稿', published: '已发布' };

/** A 惠企政策 item (申兑指南): what it gives, to whom, when and where to apply, and its conditions as data. */
export interface SavePolicyBenefit {
  /** The policy document it is derived from (GET /api/policies/{id}), if any. */
  documentId?: number | null;
  title: string;
  /** 申报条件, as the policy words it. */
  applicationConditions: string;
  /** 支持标准 */
  supportStandard: string;
  /** 申报时间 ("每年 10 月 31 日前"). */
  applicationPeriod: string;
  /** 受理科室 */
  acceptingUnit: string;
  /** 咨询电话 */
  consultPhone: string;
  topics: PolicyTopic[];
  /** Checked by validatePolicyConditions; errors name the path (conditions.of[1].codes[0]). */
  conditions: PolicyConditions;
}

export interface PolicyBenefitSummary {
  id: number;
  title: string;
  documentId: number | null;
  documentTitle: string | null;
  topics: PolicyTopic[];
  applicationPeriod: string;
  acceptingUnit: string;
  publishedAt: string | null;
}

export interface PolicyBenefitView extends PolicyBenefitSummary {
  applicationConditions: string;
  supportStandard: string;
  consultPhone: string;
  conditions: PolicyConditions;
}

export interface StaffPolicyBenefitView extends PolicyBenefitView {
  status: PolicyBenefitStatus;
  statusLabel: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyBenefitQuery {
  topic?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface StaffPolicyBenefitQuery extends PolicyBenefitQuery {
  status?: PolicyBenefitStatus;
}

/* ------------------------------------------------------------------ 政策计算器 and matches */

/** What a visitor types into the 政策计算器: every field optional; a missing one makes its conditions "check". */
export interface CalculatorProfile {
  industryCode?: string | null;
  /** When the visitor knows the size rather than the figures. */
  size?: EnterpriseSize | null;
  employees?: number | null;
  revenueWanYuan?: number | null;
  assetsWanYuan?: number | null;
  district?: string | null;
  foundedOn?: string | null;
  registeredCapitalWanYuan?: number | null;
  /** Names alone (`['专精特新中小企业']`) or with the year; omitted means "not said", an empty list means "none". */
  qualifications?: (string | { name: string; year?: number | null })[] | null;
}

/** POST /api/policy-calculator */
export interface PolicyCalculatorRequest {
  profile: CalculatorProfile;
}

export interface PolicyMatchItem {
  /** The 惠企政策 item (GET /api/policy-benefits/{policyId}). */
  policyId: number;
  title: string;
  verdict: PolicyVerdict;
  verdictLabel: string;
  /** "因为您是 专精特新中小企业 · 制造业（C）· 环翠区"; "成立满 3 年：您的企业成立于 2024年3月1日，不满足". */
  reasons: string[];
  topics: PolicyTopic[];
  supportStandard: string;
  applicationPeriod: string;
}

/** Every published item, yes first, then check, then no. */
export interface PolicyCalculatorResponse {
  items: PolicyMatchItem[];
  /** The size the figures give, with the reason; null when no figures or industry were given. */
  size: EnterpriseSizeView | null;
}

/* ------------------------------------------------------------------ pushes (政策找企业) */

/** WeChat's thing fields (政策名称, 温馨提示) take 20 characters: the console counts as the title and summary are typed. */
export const POLICY_PUSH_TITLE_MAX = SUBSCRIBE_FIELD_MAX_LENGTH.thing;
export const POLICY_PUSH_SUMMARY_MAX = SUBSCRIBE_FIELD_MAX_LENGTH.thing;
export const POLICY_PUSH_BODY_MAX = 1000;


/** Who gets it: the conditions' yes (and check, when asked) plus topic subscribers whose answer is not no; muted never. */
export interface PolicyPushAudienceRequest {
  benefitId: number;
  /** Also enterprises whose answer is "needs checking" (a free-text condition, a missing field). */
  includeCheck?: boolean;
}

/** POST /api/admin/pushes: composed and submitted for approval at once. */
export interface ComposePolicyPush extends PolicyPushAudienceRequest {
  /** The WeChat 政策名称 and the inbox title: at most POLICY_PUSH_TITLE_MAX characters. */
  title: string;
  /** The WeChat 温馨提示: at most POLICY_PUSH_SUMMARY_MAX characters. */
  summary: string;
  /** The inbox text; defaults to the summary and the item's 支持标准, 申报时间, 受理科室 and 咨询电话. */
  body?: string | null;
  /** Send not before (ISO instant); null or past: as soon as approved. */
  scheduledAt?: string | null;
}

export interface PolicyPushAudienceSample {
  enterpriseId: number;
  enterpriseName: string;
  district: string;
  verdict: PolicyVerdict;
  reasons: string[];
  /** In because it subscribed to one of the item's topics (its answer being check, without includeCheck). */
  viaTopic: boolean;
  /** Verified members who will each get the notice. */
  members: number;
}

export interface PolicyPushAudience {
  enterprises: number;
  /** Residents: each verified member once, however many of their enterprises match. */
  recipients: number;
  yes: number;
  check: number;
  /** Matched but muted: left out. */
  muted: number;
  /** Up to 20 enterprises, yes first. */
  sample: PolicyPushAudienceSample[];
}

/** POST /api/admin/pushes/{id}/approval: by a publisher or office head other than the composer. */
export interface DecidePolicyPush {
  approved: boolean;
  /** Required when returning it. */
  reason?: string | null;
}

/** What became of a push (from the outbox and the inbox read marker). */
export interface PolicyPushStats {
  /** Enterprises the push went to. */
  enterprises: number;
  /** Residents: one notice each. */
  recipients: number;
  /** Notices written to the in-app inbox. */
  deliveredInApp: number;
  wechatSent: number;
  /** WeChat refused: no consent left (43101). */
  wechatRefused: number;
  wechatFailed: number;
  /** Handed to WeChat without an answer: shown to staff, never resent. */
  wechatUnknown: number;
  /** Waiting for the dispatcher (or a retry). */
  wechatPending: number;
  /** No WeChat consent or no WeChat account: in the app only. */
  inAppOnly: number;
  /** Opened: the inbox notice read, or the page opened from the WeChat message. */
  opened: number;
}

export interface PolicyPushSummary {
  id: number;
  benefitId: number;
  benefitTitle: string;
  title: string;
  status: PolicyPushStatus;
  statusLabel: string;
  composedBy: string;
  approvedBy: string | null;
  scheduledAt: string | null;
  sentAt: string | null;
  createdAt: string;
  stats: PolicyPushStats;
}

export interface PolicyPushView extends PolicyPushSummary {
  summary: string;
  body: string;
  includeCheck: boolean;
  /** The mini-program page the notice opens (policyBenefitPage). */
  link: string;
  /** Why it was returned. */
  returnReason: string | null;
  /** Before sending: the live audience; after: who it went to (counts in stats). */
  audience: PolicyPushAudience | null;
  /** Whether the signed-in staff member may approve or return it now. */
  canApprove: boolean;
  /** Whether the signed-in staff member may edit and resubmit it now: its composer, while it waits or once returned. */
  canEdit: boolean;
}

export interface PolicyPushQuery {
  status?: PolicyPushStatus;
  page?: number;
  pageSize?: number;
}

/** One enterprise the push went to, and how its members' notices fared. */
export interface PolicyPushRecipientView {
  enterpriseId: number;
  enterpriseName: string;
  verdict: PolicyVerdict;
  reasons: string[];
  viaTopic: boolean;
  members: number;
  deliveredInApp: number;
  wechatSent: number;
  wechatFailed: number;
  wechatUnknown: number;
  opened: number;
}

/** What one send run did: a re-run writes only what is missing, never a second notice. */
export interface PolicyPushRunReport {
  pushId: number;
  status: PolicyPushStatus;
  recipients: number;
  /** Notices written by this run. */
  enqueued: number;
  /** Notices that were already there (an earlier run). */
  alreadyQueued: number;
}

/** The mini-program page a push opens: the item, marked as opened from the push. */
export function policyBenefitPage(benefitId: number, pushId?: number): string {
  return `/packages/enterprise/pages/benefit/index?id=${benefitId}${pushId === undefined ? '' : `&pushId=${pushId}`}`;
}
