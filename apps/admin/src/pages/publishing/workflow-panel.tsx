import { ContentWorkflowView, ReviewAction, ReviewRequest, StaffRole } from '@govopen/contracts';
import { chinaInstantOf, chinaToday, formatChinaDateTime } from '@govopen/domain';
import { Alert, App, Button, Card, DatePicker, Descriptions, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { errorMessage } from '../../api/client';

const STATUS_COLORS: Record<string, string> = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'cyan', scheduled: 'purple', published: 'success', withdrawn: 'error' };

export function ContentStatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={STATUS_COLORS[status]}>{label}</Tag>;
}

interface Props {
  workflow: ContentWorkflowView;
  onReview: (request: ReviewRequest) => Promise<void>;
}

/**
 * 保密审查 for one document: who wrote, reviewed, published it, the reviewer's comments, the history, and only the
 * buttons this person may use now (the API checks again: reviewer ≠ author, publisher took no earlier step).
 */
export function WorkflowPanel({ workflow, onReview }: Props) {
  const { message } = App.useApp();
  const { profile, hasRole } = useSession();
  const [asking, setAsking] = useState<ReviewAction | null>(null);
  const [comment, setComment] = useState('');
  const [publishAt, setPublishAt] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const me = profile?.id;
  const { status } = workflow;

  const run = async (request: ReviewRequest) => {
    setBusy(true);
    try {
      await onReview(request);
      setAsking(null);
      setComment('');
      setPublishAt(null);
      message.success('操作成功');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const isAuthor = me === workflow.authorId;
  const actions: { action: ReviewAction; label: string; primary?: boolean; danger?: boolean }[] = [];
  if (['draft', 'returned', 'withdrawn'].includes(status) && (isAuthor || hasRole(StaffRole.OFFICE_HEAD))) actions.push({ action: 'submit', label: '提交审查', primary: true });
  if (status === 'submitted' && hasRole(StaffRole.REVIEWER) && !isAuthor) actions.push({ action: 'approve', label: '审查通过', primary: true }, { action: 'return', label: '退回修改', danger: true });
  if (status === 'approved' && hasRole(StaffRole.PUBLISHER)) actions.push({ action: 'publish', label: '发布', primary: true });
  if ((status === 'approved' || status === 'scheduled') && hasRole(StaffRole.REVIEWER) && !isAuthor) actions.push({ action: 'return', label: '退回修改', danger: true });
  if ((status === 'published' || status === 'scheduled') && hasRole(StaffRole.PUBLISHER)) actions.push({ action: 'withdraw', label: '撤回', danger: true });

  return (
    <Card title="保密审查与发布" size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="状态"><ContentStatusTag status={status} label={workflow.statusLabel} /></Descriptions.Item>
        <Descriptions.Item label="起草人">{workflow.authorName}</Descriptions.Item>
        <Descriptions.Item label="审查人">{workflow.reviewerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="发布人">{workflow.publisherName ?? '—'}</Descriptions.Item>
        {workflow.scheduledAt && <Descriptions.Item label="定时发布">{formatChinaDateTime(workflow.scheduledAt)}</Descriptions.Item>}
      </Descriptions>
      {status === 'returned' && workflow.reviewComment && <Alert type="warning" showIcon message="审查意见" description={workflow.reviewComment} style={{ margin: '8px 0' }} />}
      <Space wrap style={{ margin: '8px 0 16px' }}>
        {actions.map(({ action, label, primary, danger }) => (
          <Button
            key={action}
            type={primary ? 'primary' : 'default'}
            danger={danger}
            loading={busy && asking === null}
            onClick={() => (action === 'approve' || action === 'submit' ? run({ action }) : setAsking(action))}
          >
            {label}
          </Button>
        ))}
        {!actions.length && <Typography.Text type="secondary">{status === 'submitted' && isAuthor ? '等待其他审核人审查（不能审查自己起草的内容）' : '当前无可执行的操作'}</Typography.Text>}
      </Space>
      <Timeline
        items={workflow.history.map((step) => ({
          color: step.action === 'return' || step.action === 'withdraw' ? 'red' : step.action === 'publish' || step.action === 'auto_published' ? 'green' : 'blue',
          children: (
            <>
              <Typography.Text strong>{step.actionLabel}</Typography.Text> · {step.actorName} · {formatChinaDateTime(step.at)}
              {step.comment && <div><Typography.Text type="secondary">{step.comment}</Typography.Text></div>}
            </>
          ),
        }))}
      />
      <Modal
        open={asking !== null}
        title={asking === 'return' ? '退回修改' : asking === 'withdraw' ? '撤回' : '发布'}
        okText="确定"
        cancelText="取消"
        confirmLoading={busy}
        onCancel={() => setAsking(null)}
        onOk={() => asking && run({ action: asking, comment: comment || undefined, publishAt: publishAt ? chinaInstantOf(publishAt.format('YYYY-MM-DD'), publishAt.format('HH:mm')) : undefined })}
      >
        {asking === 'publish' ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>立即发布，或选择定时发布的时间：</Typography.Text>
            <DatePicker showTime value={publishAt} onChange={setPublishAt} placeholder="不选则立即发布" style={{ width: '100%' }} disabledDate={(day) => day.format('YYYY-MM-DD') < chinaToday()} />
          </Space>
        ) : (
          <Input.TextArea rows={4} value={comment} onChange={(event) => setComment(event.target.value)} placeholder={asking === 'return' ? '请写明需要修改的内容（必填）' : '请写明撤回原因（必填）'} aria-label="意见" />
        )}
      </Modal>
    </Card>
  );
}
