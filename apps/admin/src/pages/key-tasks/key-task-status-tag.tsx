import { KEY_TASK_STATUS_LABELS, KeyTaskStatus } from '@govopen/contracts';
import { Tag } from 'antd';

const COLORS: Record<KeyTaskStatus, string> = { overdue: 'red', due_soon: 'orange', on_track: 'blue', continuous: 'cyan', completed: 'green' };

export function KeyTaskStatusTag({ status }: { status: KeyTaskStatus }) {
  return (
    <Tag color={COLORS[status]} data-testid="key-task-status">
      {KEY_TASK_STATUS_LABELS[status]}
    </Tag>
  );
}
