import { Injectable } from '@nestjs/common';
import { Page, PolicyBenefitQuery, PolicyBenefitSummary, PolicyBenefitView, PolicyCalculatorRequest, PolicyCalculatorResponse, SavePolicyBenefit, StaffPolicyBenefitQuery, StaffPolicyBenefitView } from '@govopen/contracts';
import { chinaDateOf, EnterpriseProfile, matchPolicy, POLICY_TOPICS, validatePolicyConditions } from '@govopen/domain';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { calculatorProfileOf } from './calculator-profile';
import { profileOfEnterprise } from './enterprise-facts';
import { factsOf, sizeView } from './enterprise.mapper';
import { EnterpriseProfileService } from './enterprise-profile.service';
import { EnterpriseRepository } from './enterprise.repository';
import { PolicyBenefit } from './policy-benefit.entity';
import { byVerdict, toBenefitSummary, toBenefitView, toMatchItem, toStaffBenefitView } from './policy-benefit.mapper';
import { PolicyBenefitRepository } from './policy-benefit.repository';

/** 惠企政策 items: kept by staff, read by everyone once published, matched against profiles (政策计算器). */
@Injectable()
export class PolicyBenefitService {
  constructor(
    private readonly repository: PolicyBenefitRepository,
    private readonly enterprises: EnterpriseRepository,
    private readonly profiles: EnterpriseProfileService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private async servingAgencyId(): Promise<number> {
    return (await this.enterprises.servingAgencyId()) ?? 0;
  }

  async listPublished(query: PolicyBenefitQuery): Promise<Page<PolicyBenefitSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const agencyId = await this.servingAgencyId();
    const { items, total } = await this.repository.list(agencyId, { status: 'published', topic: query.topic, q: query.q?.trim() || undefined }, page, pageSize);
    const titles = await this.repository.documentTitles(agencyId, items.map((item) => item.documentId), true);
    return { items: items.map((item) => toBenefitSummary(item, titleOf(titles, item))), total, page, pageSize };
  }

  async getPublished(id: number): Promise<PolicyBenefitView> {
    const agencyId = await this.servingAgencyId();
    const benefit = await this.repository.find(agencyId, id);
    if (!benefit || benefit.status !== 'published') throw AppException.notFound('惠企政策不存在或尚未发布');
    const titles = await this.repository.documentTitles(agencyId, [benefit.documentId], true);
    return toBenefitView(benefit, titleOf(titles, benefit));
  }

  async listForStaff(staff: StaffPrincipal, query: StaffPolicyBenefitQuery): Promise<Page<StaffPolicyBenefitView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.repository.list(staff.agencyId, { status: query.status, topic: query.topic, q: query.q?.trim() || undefined }, page, pageSize);
    const titles = await this.repository.documentTitles(staff.agencyId, items.map((item) => item.documentId), false);
    return { items: items.map((item) => toStaffBenefitView(item, titleOf(titles, item))), total, page, pageSize };
  }

  async getForStaff(staff: StaffPrincipal, id: number): Promise<StaffPolicyBenefitView> {
    const benefit = await this.findForStaff(staff, id);
    const titles = await this.repository.documentTitles(staff.agencyId, [benefit.documentId], false);
    return toStaffBenefitView(benefit, titleOf(titles, benefit));
  }

  async findForStaff(staff: StaffPrincipal, id: number): Promise<PolicyBenefit> {
    const benefit = await this.repository.find(staff.agencyId, id);
    if (!benefit) throw AppException.notFound('惠企政策不存在');
    return benefit;
  }

  async create(staff: StaffPrincipal, body: SavePolicyBenefit, actor: Actor): Promise<StaffPolicyBenefitView> {
    const now = this.clock.now();
    const id = await this.repository.transaction(async (tx) => {
      const fields = await this.fields(staff, body);
      const saved = await this.repository.save(tx, { ...fields, agencyId: staff.agencyId, status: 'draft', createdBy: staff.id, createdByName: staff.displayName.slice(0, 60), publishedAt: null, createdAt: now, updatedAt: now });
      await this.audit.record(actor, { action: 'policy_benefit.create', targetType: 'policy_benefit', targetId: saved.id, detail: saved.title }, tx);
      return saved.id;
    });
    return this.getForStaff(staff, id);
  }

  async update(staff: StaffPrincipal, id: number, body: SavePolicyBenefit, actor: Actor): Promise<StaffPolicyBenefitView> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const benefit = await this.repository.find(staff.agencyId, id, tx);
      if (!benefit) throw AppException.notFound('惠企政策不存在');
      Object.assign(benefit, await this.fields(staff, body), { updatedAt: now });
      await this.repository.save(tx, benefit);
      await this.audit.record(actor, { action: 'policy_benefit.update', targetType: 'policy_benefit', targetId: id, detail: `${benefit.title}${benefit.status === 'published' ? '（已发布）' : ''}` }, tx);
    });
    return this.getForStaff(staff, id);
  }

  async setPublished(staff: StaffPrincipal, id: number, published: boolean, actor: Actor): Promise<StaffPolicyBenefitView> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const benefit = await this.repository.find(staff.agencyId, id, tx);
      if (!benefit) throw AppException.notFound('惠企政策不存在');
      if ((benefit.status === 'published') === published) throw new AppException(ErrorCode.CONFLICT, published ? '该惠企政策已发布' : '该惠企政策尚未发布');
      Object.assign(benefit, { status: published ? 'published' : 'draft', publishedAt: published ? (benefit.publishedAt ?? now) : benefit.publishedAt, updatedAt: now });
      await this.repository.save(tx, benefit);
      await this.audit.record(actor, { action: published ? 'policy_benefit.publish' : 'policy_benefit.unpublish', targetType: 'policy_benefit', targetId: id, detail: benefit.title }, tx);
    });
    return this.getForStaff(staff, id);
  }

  /** The stored fields of an item: the conditions checked in full (the error names the path inside), the document the agency's. */
  private async fields(staff: StaffPrincipal, body: SavePolicyBenefit) {
    const [problem] = validatePolicyConditions(body.conditions, 'conditions');
    if (problem) throw AppException.invalid(problem.field, problem.message);
    const documentId = body.documentId ?? null;
    if (documentId !== null && !(await this.repository.documentTitles(staff.agencyId, [documentId], false)).has(documentId)) {
      throw AppException.invalid('documentId', '政策文件 documentId 不存在');
    }
    return {
      documentId,
      title: body.title.trim(),
      applicationConditions: body.applicationConditions.trim(),
      supportStandard: body.supportStandard.trim(),
      applicationPeriod: body.applicationPeriod.trim(),
      acceptingUnit: body.acceptingUnit.trim(),
      consultPhone: body.consultPhone.trim(),
      topics: POLICY_TOPICS.filter((topic) => body.topics.includes(topic)),
      conditions: body.conditions,
    };
  }

  /** 政策计算器: every published item against what the visitor said, explained; no sign-in, nothing stored. */
  async calculate(request: PolicyCalculatorRequest): Promise<PolicyCalculatorResponse> {
    const profile = calculatorProfileOf(request.profile);
    const { industryCode, figures } = profile;
    return {
      items: await this.matchAll(await this.servingAgencyId(), profile),
      size: industryCode && figures ? sizeView(industryCode, figures) : null,
    };
  }

  /** The items that apply to one of the resident's enterprises (pending or verified), by its stored profile. */
  async matchesOf(resident: ResidentPrincipal, enterpriseId: number): Promise<PolicyCalculatorResponse> {
    const { enterprise } = await this.profiles.ownMembership(resident, enterpriseId);
    const facts = factsOf(enterprise);
    return {
      items: await this.matchAll(enterprise.agencyId, profileOfEnterprise(facts)),
      size: sizeView(facts.industryCode, { employees: facts.employees, revenueWan: facts.revenueWan, assetsWan: facts.assetsWan }),
    };
  }

  private async matchAll(agencyId: number, profile: EnterpriseProfile) {
    const today = chinaDateOf(this.clock.now());
    const benefits = await this.repository.allPublished(agencyId);
    return benefits.map((benefit) => toMatchItem(benefit, matchPolicy(profile, benefit.conditions, today))).sort(byVerdict);
  }
}

function titleOf(titles: Map<number, string>, benefit: PolicyBenefit): string | null {
  return benefit.documentId === null ? null : (titles.get(benefit.documentId) ?? null);
}
