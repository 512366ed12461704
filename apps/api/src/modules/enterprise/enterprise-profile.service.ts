import { Injectable } from '@nestjs/common';
import {
  EnterpriseBindingQuery,
  EnterpriseBindingView,
  EnterpriseDistricts,
  EnterpriseMemberPhone,
  EnterpriseOptions,
  MyEnterpriseView,
  Page,
  POLICY_TOPICS,
  PolicyTopic,
  SaveEnterpriseSubscription,
  StaffEnterpriseQuery,
  StaffEnterpriseSummary,
  StaffEnterpriseView,
} from '@govopen/contracts';
import { ENTERPRISE_SIZES, INDUSTRY_DIVISIONS, INDUSTRY_SECTIONS, QUALIFICATION_KINDS, QUALIFICATION_LABELS, SIZE_LABELS } from '@govopen/domain';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { AuditService } from '../audit/audit.service';
import { MediaService, toView } from '../media/media.service';
import { UpdateEnterpriseDto } from './dto/enterprise-profile.dto';
import { assertVerifiedMember, memberActorName } from './enterprise-access';
import { EnterpriseBindingService, EVIDENCE_ATTACHED_TYPE } from './enterprise-binding.service';
import { diffEnterpriseFacts } from './diff-enterprise-facts';
import { EnterpriseMember } from './enterprise.entity';
import { factsOf, toBindingView, toEnterpriseView, toMemberView, toMyEnterpriseView, toRevisionView, toStaffEnterpriseSummary } from './enterprise.mapper';
import { EnterpriseRepository } from './enterprise.repository';
import { factsFromInput } from './facts-from-input';

function subscriptionText(topics: readonly string[], muted: boolean): string {
  return `${topics.length ? topics.join('、') : '未订阅主题'}；免打扰：${muted ? '是' : '否'}`;
}

/** The 画像 as members keep it and staff see it: reads, edits (each a revision), subscriptions, districts. */
@Injectable()
export class EnterpriseProfileService {
  constructor(
    private readonly repository: EnterpriseRepository,
    private readonly bindings: EnterpriseBindingService,
    private readonly media: MediaService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: Clock,
  ) {}

  async options(): Promise<EnterpriseOptions> {
    const agencyId = await this.repository.servingAgencyId();
    return {
      industries: INDUSTRY_SECTIONS.map((section) => ({
        code: section.code,
        name: section.name,
        divisions: INDUSTRY_DIVISIONS.filter((division) => division.section === section.code).map((division) => ({ code: division.code, name: division.name })),
      })),
      sizes: ENTERPRISE_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] })),
      qualifications: QUALIFICATION_KINDS.map((kind) => ({ kind, label: QUALIFICATION_LABELS[kind] })),
      districts: agencyId === null ? [] : await this.repository.districts(agencyId),
      topics: [...POLICY_TOPICS],
    };
  }

  /** The resident's own enterprises, pending claims included (never another resident's). */
  async mine(resident: ResidentPrincipal): Promise<MyEnterpriseView[]> {
    const agencyId = await this.bindings.agencyId();
    const members = await this.repository.membershipsOf(agencyId, resident.id);
    const enterprises = await this.repository.enterprisesByIds(agencyId, members.map((member) => member.enterpriseId));
    return members.filter((member) => enterprises.has(member.enterpriseId)).map((member) => toMyEnterpriseView(enterprises.get(member.enterpriseId)!, member));
  }

  async getMine(resident: ResidentPrincipal, enterpriseId: number): Promise<MyEnterpriseView> {
    const { enterprise, member } = await this.ownMembership(resident, enterpriseId);
    return toMyEnterpriseView(enterprise, member);
  }

  /** A pending or verified membership of the resident's own, else 404. */
  async ownMembership(resident: ResidentPrincipal, enterpriseId: number) {
    const agencyId = await this.bindings.agencyId();
    const member = await this.repository.findMember(agencyId, enterpriseId, resident.id);
    const enterprise = member && (member.status === 'pending' || member.status === 'verified') ? await this.repository.findEnterprise(agencyId, enterpriseId) : null;
    if (!member || !enterprise) throw AppException.notFound('企业不存在或您不是该企业的成员');
    return { enterprise, member };
  }

  /** A verified member edits the 画像; the change is a revision (who, when, what) and the size follows the figures. */
  async update(resident: ResidentPrincipal, enterpriseId: number, body: UpdateEnterpriseDto, actor: Actor): Promise<MyEnterpriseView> {
    const facts = factsFromInput(body);
    const now = this.clock.now();
    return this.repository.transaction(async (tx) => {
      const agencyId = await this.bindings.agencyId(tx);
      const member = await this.repository.findMember(agencyId, enterpriseId, resident.id, tx);
      assertVerifiedMember(member);
      const enterprise = (await this.repository.findEnterprise(agencyId, enterpriseId, tx, true))!;
      if (body.version !== undefined && body.version !== enterprise.version) {
        throw new AppException(ErrorCode.CONFLICT, `企业信息已被其他成员修改（当前为第 ${enterprise.version} 版），请刷新后再改`);
      }
      await this.bindings.checkFacts(agencyId, facts, tx);
      const changes = diffEnterpriseFacts(factsOf(enterprise), facts);
      if (!changes.length) return toMyEnterpriseView(enterprise, member);
      const before = enterprise.version;
      Object.assign(enterprise, facts, { version: before + 1, updatedAt: now });
      if (!(await this.repository.updateEnterprise(tx, enterprise, before))) throw new AppException(ErrorCode.CONFLICT, '企业信息已被其他成员修改，请刷新后再改');
      await this.repository.insertRevision(tx, { agencyId, enterpriseId, version: enterprise.version, actorType: 'resident', actorId: resident.id, actorName: memberActorName(member), changes, createdAt: now });
      await this.audit.record({ ...actor, name: memberActorName(member) }, { action: 'enterprise.update', targetType: 'enterprise', targetId: enterpriseId, detail: `修改企业信息：${changes.map((change) => change.field).join('、')}` }, tx);
      return toMyEnterpriseView(enterprise, member);
    });
  }

  async saveSubscription(resident: ResidentPrincipal, enterpriseId: number, body: SaveEnterpriseSubscription, actor: Actor): Promise<MyEnterpriseView> {
    const topics = POLICY_TOPICS.filter((topic) => body.topics.includes(topic)) as PolicyTopic[];
    const now = this.clock.now();
    return this.repository.transaction(async (tx) => {
      const agencyId = await this.bindings.agencyId(tx);
      const member = await this.repository.findMember(agencyId, enterpriseId, resident.id, tx);
      assertVerifiedMember(member);
      const enterprise = (await this.repository.findEnterprise(agencyId, enterpriseId, tx, true))!;
      const from = subscriptionText(enterprise.topics, enterprise.muted);
      const to = subscriptionText(topics, body.muted);
      if (from === to) return toMyEnterpriseView(enterprise, member);
      const before = enterprise.version;
      Object.assign(enterprise, { topics, muted: body.muted, version: before + 1, updatedAt: now });
      if (!(await this.repository.updateEnterprise(tx, enterprise, before))) throw new AppException(ErrorCode.CONFLICT, '企业信息已被其他成员修改，请刷新后再改');
      await this.repository.insertRevision(tx, {
        agencyId,
        enterpriseId,
        version: enterprise.version,
        actorType: 'resident',
        actorId: resident.id,
        actorName: memberActorName(member),
        changes: [{ field: 'subscription', from, to }],
        createdAt: now,
      });
      await this.audit.record({ ...actor, name: memberActorName(member) }, { action: 'enterprise.subscription', targetType: 'enterprise', targetId: enterpriseId, detail: to }, tx);
      return toMyEnterpriseView(enterprise, member);
    });
  }

  async listBindings(staff: StaffPrincipal, query: EnterpriseBindingQuery): Promise<Page<EnterpriseBindingView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.repository.bindings(staff.agencyId, query.status ?? 'pending', page, pageSize);
    return { items: await this.bindingViews(staff.agencyId, items), total, page, pageSize };
  }

  async bindingView(staff: StaffPrincipal, member: EnterpriseMember): Promise<EnterpriseBindingView> {
    return (await this.bindingViews(staff.agencyId, [member]))[0];
  }

  private async bindingViews(agencyId: number, members: EnterpriseMember[]): Promise<EnterpriseBindingView[]> {
    const enterpriseIds = members.map((member) => member.enterpriseId);
    const enterprises = await this.repository.enterprisesByIds(agencyId, enterpriseIds);
    const counts = await this.repository.memberCounts(agencyId, [...new Set(enterpriseIds)]);
    const files = await this.media.filesAttachedTo(EVIDENCE_ATTACHED_TYPE, members.map((member) => member.id));
    return members.map((member) => {
      const evidence = files.find((file) => file.attachedId === member.id && file.id === member.evidenceFileId);
      return toBindingView(member, enterprises.get(member.enterpriseId)!, evidence ? toView(evidence) : null, counts.get(member.enterpriseId)?.verified ?? 0);
    });
  }

  async listEnterprises(staff: StaffPrincipal, query: StaffEnterpriseQuery): Promise<Page<StaffEnterpriseSummary>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.repository.listEnterprises(staff.agencyId, { q: query.q?.trim() || undefined, district: query.district }, page, pageSize);
    const counts = await this.repository.memberCounts(staff.agencyId, items.map((item) => item.id));
    return { items: items.map((item) => toStaffEnterpriseSummary(item, counts.get(item.id)!)), total, page, pageSize };
  }

  /** The profile, members (phones masked) and revisions, for staff of the agency. */
  async getForStaff(staff: StaffPrincipal, enterpriseId: number): Promise<StaffEnterpriseView> {
    const enterprise = await this.repository.findEnterprise(staff.agencyId, enterpriseId);
    if (!enterprise) throw AppException.notFound('企业不存在');
    const [members, revisions] = await Promise.all([this.repository.membersOf(staff.agencyId, enterpriseId), this.repository.revisions(staff.agencyId, enterpriseId)]);
    return {
      ...toEnterpriseView(enterprise),
      members: members.map(toMemberView),
      revisions: revisions.map(toRevisionView),
      subscription: { topics: enterprise.topics, muted: enterprise.muted },
    };
  }

  /** A member's phone in full, for a call back about the claim: audited. */
  async memberPhone(staff: StaffPrincipal, enterpriseId: number, memberId: number, actor: Actor): Promise<EnterpriseMemberPhone> {
    const member = await this.repository.findMemberById(staff.agencyId, memberId);
    if (!member || member.enterpriseId !== enterpriseId) throw AppException.notFound('成员不存在');
    await this.audit.record(actor, { action: 'enterprise.member.read_phone', targetType: 'enterprise_member', targetId: member.id, detail: `查看企业成员联系电话（企业编号 ${enterpriseId}）` });
    return { phone: this.cipher.decryptOptional(member.phoneEnc) };
  }

  async districts(staff: StaffPrincipal): Promise<EnterpriseDistricts> {
    return { districts: await this.repository.districts(staff.agencyId) };
  }

  /**
   * Replaces the agency's list in the order given. A repeated name is refused rather than dropped: the clerk typed it
   * twice and should see which. Enterprises registered in a name taken out keep it; their next edit asks for a current one.
   */
  async saveDistricts(staff: StaffPrincipal, body: EnterpriseDistricts, actor: Actor): Promise<EnterpriseDistricts> {
    const districts = body.districts.map((name) => name.trim());
    const repeated = districts.find((name, index) => districts.indexOf(name) !== index);
    if (repeated !== undefined) throw AppException.invalid('districts', `区（市）列表 districts 中“${repeated}”重复，请删去重复的一项`);
    await this.repository.transaction(async (tx) => {
      const before = await this.repository.districts(staff.agencyId, tx);
      await this.repository.replaceDistricts(tx, staff.agencyId, districts);
      await this.audit.record(actor, { action: 'enterprise.districts', targetType: 'agency', targetId: staff.agencyId, detail: `企业所在区（市）列表：${before.join('、') || '（空）'} → ${districts.join('、')}` }, tx);
    });
    return { districts };
  }
}
