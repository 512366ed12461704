import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ENTERPRISE_INVITATION_DAYS, ENTERPRISE_MEMBER_STATUS_LABELS, EnterpriseInvitationView, EnterpriseVerificationDecision, MyEnterpriseView } from '@govopen/contracts';
import { chinaDateOf, maskPhone } from '@govopen/domain';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { PersonalDataCipher } from '../../common/personal-data-cipher';
import { isUniqueViolation } from '../../common/unique-violation';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { MediaFile } from '../media/media-file.entity';
import { MediaService } from '../media/media.service';
import { NotificationService } from '../notification/notification.service';
import { BindEnterpriseDto } from './dto/enterprise-profile.dto';
import { assertAdmin, assertVerifiedMember, memberActorName } from './enterprise-access';
import { diffEnterpriseFacts } from './diff-enterprise-facts';
import { EnterpriseFacts } from './enterprise-facts';
import { Enterprise, EnterpriseMember } from './enterprise.entity';
import { factsOf, toMyEnterpriseView } from './enterprise.mapper';
import { EnterpriseRepository } from './enterprise.repository';
import { factsFromInput } from './facts-from-input';

/** Media attached to a membership: its 授权书/营业执照. */
export const EVIDENCE_ATTACHED_TYPE = 'enterprise_member';
const EVIDENCE_PURPOSES = ['enterprise_evidence', 'power_of_attorney'];
/** No 0/O, 1/I: read aloud or typed from a screenshot without doubt. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
/** 企业中心 in the mini-program, where a notice about a membership opens. */
export const ENTERPRISE_CENTER_PAGE = '/packages/enterprise/pages/center/index';

/**
 * Who may act for an enterprise. Anyone can type a credit code, so a claim stays pending until staff approve it
 * against the uploaded 授权书/营业执照 (the claimant becomes its 管理员), or a verified 管理员 invites a colleague with a
 * one-time code (a 成员). Leaving and roles are EnterpriseMembershipService's; staff decisions are audited and the resident is told in the app.
 */
@Injectable()
export class EnterpriseBindingService {
  constructor(
    private readonly repository: EnterpriseRepository,
    private readonly media: MediaService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: Clock,
  ) {}

  async agencyId(tx?: Transaction): Promise<number> {
    const id = await this.repository.servingAgencyId(tx);
    if (id === null) throw AppException.notFound('本站尚未开通企业服务');
    return id;
  }

  /** The profile as the enterprise states it: the district must be one the agency offers, the founding day not ahead. */
  async checkFacts(agencyId: number, facts: EnterpriseFacts, tx: Transaction): Promise<void> {
    const districts = await this.repository.districts(agencyId, tx);
    if (districts.length && !districts.includes(facts.district)) throw AppException.invalid('district', `所在区（市）district 应为 ${districts.join('、')} 之一`);
    if (facts.foundedOn > chinaDateOf(this.clock.now())) throw AppException.invalid('foundedOn', '成立日期 foundedOn 不能晚于今天');
  }

  async bind(resident: ResidentPrincipal, body: BindEnterpriseDto, actor: Actor): Promise<MyEnterpriseView> {
    const creditCode = body.creditCode.trim().toUpperCase();
    const facts = factsFromInput(body);
    const now = this.clock.now();
    try {
      return await this.repository.transaction(async (tx) => {
        const agencyId = await this.agencyId(tx);
        await this.checkFacts(agencyId, facts, tx);
        const enterprise = await this.claimedEnterprise(tx, agencyId, creditCode, facts, resident, now);
        const existing = await this.repository.findMember(agencyId, enterprise.id, resident.id, tx);
        if (existing?.status === 'pending') throw new AppException(ErrorCode.CONFLICT, '您已提交该企业的绑定申请，正在等待工作人员审核');
        if (existing?.status === 'verified') throw new AppException(ErrorCode.CONFLICT, '您已是该企业的已认证成员');
        // A rejected or departed member claims again on the same row: its history stays in the audit.
        const member = await this.repository.saveMember(tx, {
          ...(existing ? { id: existing.id } : {}),
          agencyId,
          enterpriseId: enterprise.id,
          residentId: resident.id,
          role: 'admin',
          status: 'pending',
          joinedVia: 'evidence',
          evidenceFileId: null,
          contactName: body.contactName?.trim() || null,
          phoneEnc: this.cipher.encryptOptional(body.contactPhone?.trim()),
          phoneMasked: body.contactPhone?.trim() ? maskPhone(body.contactPhone.trim()) : null,
          decidedBy: null,
          decidedByName: null,
          decidedAt: null,
          reason: null,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        });
        member.evidenceFileId = await this.attachEvidence(tx, resident, member.id, body.evidenceFileId ?? null);
        await this.repository.saveMember(tx, member);
        await this.audit.record(actor, { action: 'enterprise.bind', targetType: 'enterprise', targetId: enterprise.id, detail: `申请绑定企业（成员编号 ${member.id}）${member.evidenceFileId ? '' : '，未上传证明材料'}` }, tx);
        return toMyEnterpriseView(enterprise, member);
      });
    } catch (error) {
      // Two first claims of one credit code at once: the unique index let one in; the other may simply try again.
      if (isUniqueViolation(error)) throw new AppException(ErrorCode.CONFLICT, '该企业正在被绑定，请稍后重试');
      throw error;
    }
  }

  /**
   * The enterprise a claim is for: created with the claimed profile, or the existing one. While nobody is verified for
   * it, the latest claim's profile replaces the earlier (a revision says so); once someone is, their profile stands.
   */
  private async claimedEnterprise(tx: Transaction, agencyId: number, creditCode: string, facts: EnterpriseFacts, resident: ResidentPrincipal, now: Date): Promise<Enterprise> {
    const found = await this.repository.findByCreditCode(agencyId, creditCode, tx);
    const actor = { actorType: 'resident' as const, actorId: resident.id, actorName: '绑定申请人' };
    if (!found) {
      const enterprise = await this.repository.insertEnterprise(tx, { agencyId, creditCode, ...facts, topics: [], muted: false, version: 1, createdAt: now, updatedAt: now });
      await this.repository.insertRevision(tx, { agencyId, enterpriseId: enterprise.id, version: 1, ...actor, changes: diffEnterpriseFacts(null, facts), createdAt: now });
      return enterprise;
    }
    const locked = (await this.repository.findEnterprise(agencyId, found.id, tx, true))!;
    if ((await this.repository.memberCounts(agencyId, [locked.id], tx)).get(locked.id)!.verified > 0) return locked;
    const changes = diffEnterpriseFacts(factsOf(locked), facts);
    if (!changes.length) return locked;
    const updated = Object.assign(locked, facts, { version: locked.version + 1, updatedAt: now });
    if (!(await this.repository.updateEnterprise(tx, updated, updated.version - 1))) throw new AppException(ErrorCode.CONFLICT, '企业信息刚被修改，请重试');
    await this.repository.insertRevision(tx, { agencyId, enterpriseId: locked.id, version: updated.version, ...actor, changes, createdAt: now });
    return updated;
  }

  /** Attaches the resident's own upload as the membership's evidence (replacing an earlier one); null when none. */
  private async attachEvidence(tx: Transaction, resident: ResidentPrincipal, memberId: number, fileId: number | null): Promise<number | null> {
    const files = await this.media.attachExactly(tx, fileId === null ? [] : [fileId], { type: 'resident', id: resident.id }, EVIDENCE_ATTACHED_TYPE, memberId, 'evidenceFileId');
    if (fileId === null) return null;
    const file = files.find((item) => item.id === fileId);
    if (!file || !EVIDENCE_PURPOSES.includes(file.purpose)) {
      throw AppException.invalid('evidenceFileId', '证明材料 evidenceFileId 应为用途 enterprise_evidence（企业授权书或营业执照）上传的文件');
    }
    return fileId;
  }

  async approve(staff: StaffPrincipal, memberId: number, actor: Actor): Promise<EnterpriseMember> {
    return this.decide(staff, memberId, { approved: true }, actor);
  }

  async reject(staff: StaffPrincipal, memberId: number, reason: string, actor: Actor): Promise<EnterpriseMember> {
    return this.decide(staff, memberId, { approved: false, reason }, actor);
  }

  /** POST /admin/enterprises/{id}/verification: decides the enterprise's pending claim (named by memberId when several). */
  async decideForEnterprise(staff: StaffPrincipal, enterpriseId: number, decision: EnterpriseVerificationDecision, actor: Actor): Promise<void> {
    const enterprise = await this.repository.findEnterprise(staff.agencyId, enterpriseId);
    if (!enterprise) throw AppException.notFound('企业不存在');
    const pending = (await this.repository.membersOf(staff.agencyId, enterpriseId)).filter((member) => member.status === 'pending');
    let memberId = decision.memberId ?? null;
    if (memberId !== null && !pending.some((member) => member.id === memberId)) throw AppException.invalid('memberId', `成员 memberId ${memberId} 不是该企业待审核的绑定申请`);
    if (memberId === null) {
      if (!pending.length) throw new AppException(ErrorCode.CONFLICT, '该企业没有待审核的绑定申请');
      if (pending.length > 1) throw AppException.invalid('memberId', `该企业有 ${pending.length} 个待审核的绑定申请，请用 memberId 指明审核哪一个`);
      memberId = pending[0].id;
    }
    await this.decide(staff, memberId, { approved: decision.approved, reason: decision.reason ?? undefined }, actor);
  }

  private async decide(staff: StaffPrincipal, memberId: number, decision: { approved: boolean; reason?: string }, actor: Actor): Promise<EnterpriseMember> {
    const reason = decision.reason?.trim() ?? '';
    if (!decision.approved && !reason) throw AppException.invalid('reason', '请填写不通过的理由 reason，申请人会看到');
    const now = this.clock.now();
    return this.repository.transaction(async (tx) => {
      const member = await this.repository.findMemberById(staff.agencyId, memberId, tx);
      if (!member) throw AppException.notFound('绑定申请不存在');
      if (member.status !== 'pending') throw new AppException(ErrorCode.CONFLICT, `该绑定申请已处理（当前：${ENTERPRISE_MEMBER_STATUS_LABELS[member.status]}）`);
      const enterprise = (await this.repository.findEnterprise(staff.agencyId, member.enterpriseId, tx))!;
      Object.assign(member, {
        status: decision.approved ? 'verified' : 'rejected',
        decidedBy: staff.id,
        decidedByName: staff.displayName.slice(0, 60),
        decidedAt: now,
        reason: decision.approved ? null : reason.slice(0, 500),
        updatedAt: now,
      });
      if (!(await this.repository.updateMemberFrom(tx, member, 'pending'))) throw new AppException(ErrorCode.CONFLICT, '该绑定申请已被其他工作人员处理，请刷新');
      await this.audit.record(
        actor,
        {
          action: decision.approved ? 'enterprise.binding.approve' : 'enterprise.binding.reject',
          targetType: 'enterprise_member',
          targetId: member.id,
          detail: `${decision.approved ? '通过' : '不通过'}“${enterprise.name}”（${enterprise.creditCode}）的绑定申请${decision.approved ? '' : `：${reason}`}`,
        },
        tx,
      );
      await this.notifications.enqueue(tx, {
        agencyId: staff.agencyId,
        recipientType: 'resident',
        recipientId: member.residentId,
        kind: decision.approved ? 'enterprise.verified' : 'enterprise.rejected',
        title: decision.approved ? '企业绑定已通过审核' : '企业绑定未通过审核',
        body: decision.approved
          ? `您绑定“${enterprise.name}”的申请已通过审核，现在可以维护企业信息、邀请同事并接收惠企政策推送。`
          : `您绑定“${enterprise.name}”的申请未通过审核：${reason}。如有疑问，可补充材料后重新申请。`,
        link: ENTERPRISE_CENTER_PAGE,
        idempotencyKey: `enterprise-binding:${member.id}:${now.getTime()}`,
      });
      return member;
    });
  }

  /** The uploaded 授权书/营业执照 of a claim, for staff deciding it: every download audited. */
  async evidenceForStaff(staff: StaffPrincipal, memberId: number, actor: Actor): Promise<MediaFile> {
    const member = await this.repository.findMemberById(staff.agencyId, memberId);
    if (!member || member.evidenceFileId === null) throw AppException.notFound('该绑定申请没有上传证明材料');
    const file = await this.media.findAttached(EVIDENCE_ATTACHED_TYPE, member.id, member.evidenceFileId);
    await this.audit.record(actor, { action: 'enterprise.binding.evidence.read', targetType: 'enterprise_member', targetId: member.id, detail: `下载绑定证明材料“${file.originalName}”` });
    return file;
  }

  /** A verified 管理员 creates a one-time code, valid ENTERPRISE_INVITATION_DAYS days. */
  async invite(resident: ResidentPrincipal, enterpriseId: number, actor: Actor): Promise<EnterpriseInvitationView> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ENTERPRISE_INVITATION_DAYS * 86_400_000);
    return this.repository.transaction(async (tx) => {
      const agencyId = await this.agencyId(tx);
      const member = await this.repository.findMember(agencyId, enterpriseId, resident.id, tx);
      assertVerifiedMember(member);
      assertAdmin(member);
      const enterprise = (await this.repository.findEnterprise(agencyId, enterpriseId, tx))!;
      const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
      await this.repository.insertInvitation(tx, { agencyId, enterpriseId, code, createdByMemberId: member.id, expiresAt, acceptedBy: null, acceptedAt: null, createdAt: now });
      await this.audit.record({ ...actor, name: memberActorName(member) }, { action: 'enterprise.invite', targetType: 'enterprise', targetId: enterpriseId, detail: `生成成员邀请码，${ENTERPRISE_INVITATION_DAYS} 日内有效` }, tx);
      return { code, enterpriseId, enterpriseName: enterprise.name, expiresAt: expiresAt.toISOString() };
    });
  }

  async acceptInvitation(resident: ResidentPrincipal, rawCode: string, actor: Actor): Promise<MyEnterpriseView> {
    const code = rawCode.trim().toUpperCase();
    const now = this.clock.now();
    return this.repository.transaction(async (tx) => {
      const agencyId = await this.agencyId(tx);
      const invitation = /^[A-Z0-9]{4,16}$/.test(code) ? await this.repository.findInvitation(agencyId, code, tx) : null;
      if (!invitation) throw AppException.notFound('邀请码不存在，请核对后再输入');
      const existing = await this.repository.findMember(agencyId, invitation.enterpriseId, resident.id, tx);
      if (existing?.status === 'verified') throw new AppException(ErrorCode.CONFLICT, '您已是该企业的已认证成员');
      if (!(await this.repository.acceptInvitation(tx, invitation.id, resident.id, now))) {
        throw new AppException(ErrorCode.CONFLICT, '邀请码已被使用或已过期，请向企业管理员重新索取');
      }
      const member = await this.repository.saveMember(tx, {
        ...(existing ? { id: existing.id } : {}),
        agencyId,
        enterpriseId: invitation.enterpriseId,
        residentId: resident.id,
        role: 'member',
        status: 'verified',
        joinedVia: 'invitation',
        evidenceFileId: existing?.evidenceFileId ?? null,
        contactName: existing?.contactName ?? null,
        phoneEnc: existing?.phoneEnc ?? null,
        phoneMasked: existing?.phoneMasked ?? null,
        decidedBy: null,
        decidedByName: null,
        decidedAt: now,
        reason: null,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      await this.audit.record(actor, { action: 'enterprise.invitation.accept', targetType: 'enterprise', targetId: invitation.enterpriseId, detail: `凭邀请码加入企业（成员编号 ${member.id}，邀请人成员编号 ${invitation.createdByMemberId}）` }, tx);
      const enterprise = (await this.repository.findEnterprise(agencyId, invitation.enterpriseId, tx))!;
      return toMyEnterpriseView(enterprise, member);
    });
  }
}
