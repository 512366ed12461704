import { EnterpriseMemberStatus } from '@govopen/contracts';
import { Tag } from 'antd';

const COLORS: Record<EnterpriseMemberStatus, string> = { pending: 'warning', verified: 'success', rejected: 'error', left: 'default' };

export function BindingStatusTag({ status, label }: { status: EnterpriseMemberStatus; label: string }) {
  return <Tag color={COLORS[status]}>{label}</Tag>;
}
