import { DisclosureStatus } from '@govopen/contracts';
import { Tag } from 'antd';

const COLORS: Record<DisclosureStatus, string> = {
  submitted: 'default',
  received: 'purple',
  in_progress: 'blue',
  awaiting_supplement: 'gold',
  consulting: 'cyan',
  awaiting_fee: 'orange',
  closed: 'green',
  withdrawn: 'default',
};

export function StatusTag({ status, label }: { status: DisclosureStatus; label: string }) {
  return <Tag color={COLORS[status]}>{label}</Tag>;
}
