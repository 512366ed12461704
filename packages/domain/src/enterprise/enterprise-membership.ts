import { LegalRefusal } from '../law/legal-refusal';

/** 管理员 invites colleagues and appoints other 管理员; a 成员 acts for the enterprise otherwise alike. */
export type EnterpriseMemberRole = 'admin' | 'member';

/** pending → verified | rejected; verified → left. A rejected or departed member may claim again. */
export type EnterpriseMemberStatus = 'pending' | 'verified' | 'rejected' | 'left';

export interface EnterpriseSeat {
  id: number;
  role: EnterpriseMemberRole;
  status: EnterpriseMemberStatus;
}

/**
 * The rules of who holds an enterprise, refused as a LegalRefusal (HTTP 409). They are the service's own (no statute
 * speaks of a mini-program's members), so no article is named; a new rule still needs its entry below to compile.
 */
export enum EnterpriseMembershipRule {
  /** The enterprise's colleagues would be left without anyone to invite or appoint: the last 管理员 stays. */
  LAST_ADMIN = 'ENTERPRISE_LAST_ADMIN',
  /** Only a verified member's role changes: a pending claim is staff's to decide, a departed one is gone. */
  MEMBER_NOT_VERIFIED = 'ENTERPRISE_MEMBER_NOT_VERIFIED',
}

export function enterpriseMembershipRuleArticle(rule: EnterpriseMembershipRule): string | null {
  switch (rule) {
    case EnterpriseMembershipRule.LAST_ADMIN:
    case EnterpriseMembershipRule.MEMBER_NOT_VERIFIED:
      return null;
  }
}

function refuse(rule: EnterpriseMembershipRule, message: string): never {
  throw new LegalRefusal(rule, enterpriseMembershipRuleArticle(rule), message);
}

function seatOf(seats: readonly EnterpriseSeat[], id: number): EnterpriseSeat {
  const seat = seats.find((item) => item.id === id);
  if (!seat) throw new Error(`member ${id} is not among the enterprise's seats`);
  return seat;
}

const verifiedAdmins = (seats: readonly EnterpriseSeat[]) => seats.filter((seat) => seat.status === 'verified' && seat.role === 'admin');

/**
 * Whether `leaverId` may leave. The last verified 管理员 may not while verified colleagues remain: nobody could then
 * invite or appoint anyone. Alone, they may: the enterprise is then unheld and can be claimed again with evidence.
 */
export function checkLeaveEnterprise(seats: readonly EnterpriseSeat[], leaverId: number): void {
  const leaver = seatOf(seats, leaverId);
  if (leaver.status !== 'verified' || leaver.role !== 'admin') return;
  const otherAdmins = verifiedAdmins(seats).filter((seat) => seat.id !== leaverId);
  const colleagues = seats.filter((seat) => seat.status === 'verified' && seat.id !== leaverId);
  if (!otherAdmins.length && colleagues.length) {
    refuse(EnterpriseMembershipRule.LAST_ADMIN, `您是本企业唯一的管理员，还有 ${colleagues.length} 位成员：请先把其中一位设为管理员，再退出企业`);
  }
}

/**
 * The role `targetId` holds after a 管理员 sets it to `role` (unchanged when it already holds it). Who may ask (a verified
 * 管理员) is the caller's check; the enterprise keeping a 管理员 is this rule's.
 */
export function changeEnterpriseMemberRole(seats: readonly EnterpriseSeat[], targetId: number, role: EnterpriseMemberRole): EnterpriseMemberRole {
  const target = seatOf(seats, targetId);
  if (target.status !== 'verified') refuse(EnterpriseMembershipRule.MEMBER_NOT_VERIFIED, '该成员尚未认证或已退出，不能调整其角色');
  if (target.role === role) return role;
  if (role === 'member' && verifiedAdmins(seats).length <= 1) {
    refuse(EnterpriseMembershipRule.LAST_ADMIN, '企业至少要有一位管理员：这是本企业唯一的管理员，请先把另一位成员设为管理员');
  }
  return role;
}
