import { MESSAGE_ESCALATION_LABELS, MESSAGE_STATUS_LABELS, MessageEscalation, MessageStatus } from '@govopen/contracts';
import { Tag } from 'antd';

const STATUS_COLORS: Record<MessageStatus, string> = {
  held: 'purple',
  dispatching: 'blue',
  assigned: 'cyan',
  in_progress: 'geekblue',
  answered: 'green',
  invalid: 'default',
};

export function MessageStatusTag({ status }: { status: MessageStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{status === 'held' ? '待审核' : MESSAGE_STATUS_LABELS[status]}</Tag>;
}

/**
 * The SLA countdown in working days, coloured by how close the limit is. The month alarms come first: they count
 * from 受理 and show even while no due date can be computed (next year's holidays not entered).
 */
export function SlaCountdown({ left, escalation }: { left: number | null; escalation: MessageEscalation | null }) {
  if (escalation === 'two_months' || escalation === 'three_months') return <Tag color="magenta">{MESSAGE_ESCALATION_LABELS[escalation]}</Tag>;
  if (left === null) return <span className="muted">—</span>;
  if (left < 0) return <Tag color="red">超期 {-left} 个工作日</Tag>;
  if (left === 0) return <Tag color="red">今天到期</Tag>;
  if (escalation === 'due_soon') return <Tag color="orange">剩 {left} 个工作日</Tag>;
  return <Tag color="green">剩 {left} 个工作日</Tag>;
}
