import { ENTERPRISE_MEMBER_STATUS_LABELS } from '@govopen/contracts';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { EnterpriseMember } from './enterprise.entity';

/** A resident acts for an enterprise only as its verified member; anyone else learns nothing of it (404). */
export function assertVerifiedMember(member: EnterpriseMember | null): asserts member is EnterpriseMember {
  if (!member || member.status === 'left' || member.status === 'rejected') throw AppException.notFound('企业不存在或您不是该企业的成员');
  if (member.status !== 'verified') {
    throw new AppException(ErrorCode.NOT_ENTERPRISE_MEMBER, `您的绑定申请${ENTERPRISE_MEMBER_STATUS_LABELS[member.status]}，认证通过后才能进行此操作`);
  }
}

/** Invitations and roles are the verified 管理员's to give. */
export function assertAdmin(member: EnterpriseMember, message = '只有企业管理员可以邀请成员'): void {
  if (member.role !== 'admin') throw new AppException(ErrorCode.FORBIDDEN, message);
}

/** How a member is named in revisions and the audit: by role and number, never by personal data. */
export function memberActorName(member: EnterpriseMember): string {
  return `企业${member.role === 'admin' ? '管理员' : '成员'}（成员编号 ${member.id}）`;
}
