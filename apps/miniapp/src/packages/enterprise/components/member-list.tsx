import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { EnterpriseColleagueView, EnterpriseMemberRole } from '@govopen/contracts';
import { chinaDateOfInstant, formatChinaDay } from '@govopen/domain';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../../services/api';

interface MemberListProps {
  enterpriseId: number;
  /** The signed-in member is a 管理员: they may appoint others or step others down. */
  admin: boolean;
  /** Their own role changed (stepped down by another 管理员 meanwhile, say): the card reloads. */
  onRoleChanged: () => void;
}

const nameOf = (member: EnterpriseColleagueView) => `${member.contactName ?? `成员 ${member.id}`}${member.isMe ? '（我）' : ''}`;

/** 本企业成员: who holds the enterprise; a 管理员 appoints another 管理员 here. The last 管理员 stays (the API says why). */
export function MemberList({ enterpriseId, admin, onRoleChanged }: MemberListProps) {
  const [members, setMembers] = useState<EnterpriseColleagueView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () => {
    setError(null);
    api.enterprises.members(enterpriseId).then(setMembers, (caught) => setError(errorMessage(caught)));
  };
  useEffect(load, [enterpriseId]);

  const setRole = async (member: EnterpriseColleagueView, role: EnterpriseMemberRole) => {
    const { confirm } = await Taro.showModal({
      title: role === 'admin' ? '设为管理员' : '改为成员',
      content: role === 'admin' ? `${nameOf(member)}将可以邀请同事、调整成员角色。确定吗？` : `${nameOf(member)}将不再能邀请同事和调整角色。确定吗？`,
      confirmText: '确定',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      const next = await api.enterprises.changeMemberRole(enterpriseId, member.id, { role });
      setMembers(next);
      Taro.showToast({ title: role === 'admin' ? '已设为管理员' : '已改为成员', icon: 'none' });
      if (member.isMe) onRoleChanged();
    } catch (caught) {
      Taro.showToast({ title: errorMessage(caught), icon: 'none', duration: 3500 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View data-testid="enterprise-members">
      <Text className="section-label section">本企业成员</Text>
      {error && <Text className="error-text">{error}</Text>}
      {!error && members === null && <Text className="hint">正在加载…</Text>}
      {members?.map((member) => (
        <View key={member.id} className="fact" data-testid="enterprise-member">
          <View>
            <Text className="member-name">{nameOf(member)}</Text>
            <Text className="hint" data-testid="member-role">
              {member.roleLabel} · {member.joinedVia === 'invitation' ? '凭邀请码加入' : '凭材料认证'} · {formatChinaDay(chinaDateOfInstant(member.createdAt))}
            </Text>
          </View>
          {admin && member.role === 'member' && (
            <Button className="role-button" size="mini" disabled={busy} onClick={() => setRole(member, 'admin')} aria-label={`把${nameOf(member)}设为管理员`}>
              设为管理员
            </Button>
          )}
          {admin && member.role === 'admin' && !member.isMe && (
            <Button className="role-button" size="mini" disabled={busy} onClick={() => setRole(member, 'member')} aria-label={`把${nameOf(member)}改为成员`}>
              改为成员
            </Button>
          )}
        </View>
      ))}
    </View>
  );
}
