import { PolicyPushStatus } from '@govopen/contracts';
import { Tag } from 'antd';

const COLORS: Record<PolicyPushStatus, string> = { submitted: 'warning', returned: 'error', approved: 'processing', sending: 'processing', sent: 'success', cancelled: 'default' };

export function PushStatusTag({ status, label }: { status: PolicyPushStatus; label: string }) {
  return <Tag color={COLORS[status]}>{label}</Tag>;
}
