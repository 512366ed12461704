import { Injectable } from '@nestjs/common';
import { ENTERPRISE_MEMBER_ROLE_LABELS, EnterpriseColleagueView, EnterpriseMemberRole } from '@govopen/contracts';
import { changeEnterpriseMemberRole, checkLeaveEnterprise } from '@govopen/domain';
import { Actor, ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { NotificationService } from '../notification/notification.service';
import { assertAdmin, assertVerifiedMember, memberActorName } from './enterprise-access';
import { ENTERPRISE_CENTER_PAGE, EnterpriseBindingService } from './enterprise-binding.service';
import { EnterpriseMember } from './enterprise.entity';
import { toColleagueView } from './enterprise.mapper';
import { EnterpriseRepository } from './enterprise.repository';

/**
 * Who holds an enterprise once verified: the colleagues a member sees, a 管理员 appointing another, a member leaving.
 * That the enterprise keeps a 管理员 is the domain's rule (enterprise-membership); each change locks the enterprise's
 * row first (MySQL; SQLite has one writer), so two 管理员 stepping down at once cannot both pass the count.
 */
@Injectable()
export class EnterpriseMembershipService {
  constructor(
    private readonly repository: EnterpriseRepository,
    private readonly bindings: EnterpriseBindingService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The verified colleagues, 管理员 first; for a verified member only. */
  async colleagues(resident: ResidentPrincipal, enterpriseId: number): Promise<EnterpriseColleagueView[]> {
    const agencyId = await this.bindings.agencyId();
    assertVerifiedMember(await this.repository.findMember(agencyId, enterpriseId, resident.id));
    return this.colleagueViews(await this.repository.membersOf(agencyId, enterpriseId), resident);
  }

  /** A verified 管理员 appoints a colleague 管理员, or makes a 管理员 a 成员 again (never the last one). */
  async changeRole(resident: ResidentPrincipal, enterpriseId: number, memberId: number, role: EnterpriseMemberRole, actor: Actor): Promise<EnterpriseColleagueView[]> {
    const now = this.clock.now();
    return this.repository.transaction(async (tx) => {
      const agencyId = await this.bindings.agencyId(tx);
      const self = await this.repository.findMember(agencyId, enterpriseId, resident.id, tx);
      assertVerifiedMember(self);
      assertAdmin(self, '只有企业管理员可以调整成员角色');
      const enterprise = (await this.repository.findEnterprise(agencyId, enterpriseId, tx, true))!;
      const members = await this.repository.membersOf(agencyId, enterpriseId, tx);
      const target = members.find((member) => member.id === memberId);
      if (!target) throw AppException.notFound('成员不存在');
      if (changeEnterpriseMemberRole(members, memberId, role) === target.role) return this.colleagueViews(members, resident);
      Object.assign(target, { role, updatedAt: now });
      if (!(await this.repository.updateMemberFrom(tx, target, 'verified'))) throw new AppException(ErrorCode.CONFLICT, '成员状态已变化，请刷新');
      await this.audit.record(
        { ...actor, name: memberActorName(self) },
        { action: 'enterprise.member.role', targetType: 'enterprise_member', targetId: target.id, detail: `把成员编号 ${target.id} 设为${ENTERPRISE_MEMBER_ROLE_LABELS[role]}（企业编号 ${enterpriseId}）` },
        tx,
      );
      if (target.residentId !== resident.id) await this.tellRole(tx, agencyId, target, enterprise.name, now);
      return this.colleagueViews(members, resident);
    });
  }

  /** A verified member leaves, or a pending claim is withdrawn; the membership is kept as left. */
  async leave(resident: ResidentPrincipal, enterpriseId: number, actor: Actor): Promise<void> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const agencyId = await this.bindings.agencyId(tx);
      const member = await this.repository.findMember(agencyId, enterpriseId, resident.id, tx);
      if (!member || member.status === 'left' || member.status === 'rejected') throw AppException.notFound('企业不存在或您不是该企业的成员');
      await this.repository.findEnterprise(agencyId, enterpriseId, tx, true);
      checkLeaveEnterprise(await this.repository.membersOf(agencyId, enterpriseId, tx), member.id);
      const from = member.status;
      Object.assign(member, { status: 'left', updatedAt: now });
      if (!(await this.repository.updateMemberFrom(tx, member, from))) throw new AppException(ErrorCode.CONFLICT, '成员状态已变化，请刷新');
      await this.audit.record({ ...actor, name: memberActorName(member) }, { action: 'enterprise.leave', targetType: 'enterprise', targetId: enterpriseId, detail: from === 'pending' ? '撤回绑定申请' : '退出企业' }, tx);
    });
  }

  private colleagueViews(members: EnterpriseMember[], resident: ResidentPrincipal): EnterpriseColleagueView[] {
    return members
      .filter((member) => member.status === 'verified')
      .sort((a, b) => Number(b.role === 'admin') - Number(a.role === 'admin') || a.id - b.id)
      .map((member) => toColleagueView(member, resident.id));
  }

  private async tellRole(tx: Transaction, agencyId: number, member: EnterpriseMember, enterpriseName: string, now: Date): Promise<void> {
    const admin = member.role === 'admin';
    await this.notifications.enqueue(tx, {
      agencyId,
      recipientType: 'resident',
      recipientId: member.residentId,
      kind: 'enterprise.role',
      title: admin ? '您已成为企业管理员' : '您的企业角色已调整',
      body: admin ? `您已被设为“${enterpriseName}”的管理员，可以邀请同事加入并调整成员角色。` : `您在“${enterpriseName}”的角色已调整为成员。`,
      link: ENTERPRISE_CENTER_PAGE,
      idempotencyKey: `enterprise-role:${member.id}:${now.getTime()}`,
    });
  }
}
