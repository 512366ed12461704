import { MESSAGE_BOARD_LABELS, MESSAGE_ESCALATION_LABELS, MessageBoard, MessageEscalation, MessageEscalationCounts, MessageInboxQueue, Page, StaffMessageSummary, StaffRole, Unit } from '@govopen/contracts';
import { Badge, Button, Result, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryParams } from '../../hooks/use-query-params';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { MessageStatusTag, SlaCountdown } from './message-tags';
import { PageHeading } from '../../layout/page-heading';

const QUEUE_LABELS: Record<MessageInboxQueue, string> = {
  moderation: '待审核',
  dispatching: '待分办',
  open: '办理中',
  answered: '已答复',
  invalid: '不予受理',
  all: '全部',
};

const ESCALATION_FILTERS: [MessageEscalation, keyof MessageEscalationCounts][] = [
  ['due_soon', 'dueSoon'],
  ['late', 'late'],
  ['two_months', 'twoMonths'],
  ['three_months', 'threeMonths'],
];

export function MessageInboxPage() {
  const navigate = useNavigate();
  const { hasRole } = useSession();
  const office = hasRole(StaffRole.OFFICE_HEAD);
  const [params, update] = useQueryParams();
  const queues: MessageInboxQueue[] = office ? ['moderation', 'dispatching', 'open', 'answered', 'invalid', 'all'] : ['open', 'answered', 'invalid', 'all'];
  const queue = (params.get('queue') as MessageInboxQueue) || (office ? 'dispatching' : 'open');
  const escalation = (params.get('escalation') as MessageEscalation) || undefined;
  const board = (params.get('board') as MessageBoard) || undefined;
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<StaffMessageSummary> | null>(null);
  const [counts, setCounts] = useState<MessageEscalationCounts | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    Promise.all([api.admin.messages.inbox({ queue: escalation ? undefined : queue, escalation, board, unitId, page, pageSize: 20 }), api.admin.messages.escalation()])
      .then(([next, nextCounts]) => {
        setData(next);
        setCounts(nextCounts);
      })
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [queue, escalation, board, unitId, page]);
  useEffect(load, [load]);
  useEffect(() => {
    if (office) api.admin.units.list().then(setUnits).catch(() => undefined);
  }, [office]);

  if (error) return <Result status="warning" title="留言列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  const queueCount = (key: MessageInboxQueue) => (key === 'moderation' ? counts?.awaitingModeration : key === 'dispatching' ? counts?.awaitingDispatch : undefined);

  return (
    <>
      <div className="page-header">
        <PageHeading>留言办理</PageHeading>
        <Space>
          <Select
            allowClear
            placeholder="全部板块"
            style={{ width: 140 }}
            value={board}
            options={(Object.keys(MESSAGE_BOARD_LABELS) as MessageBoard[]).map((value) => ({ value, label: MESSAGE_BOARD_LABELS[value] }))}
            onChange={(value) => update({ board: value, page: undefined })}
            aria-label="按板块筛选"
          />
          {office && (
            <Select
              allowClear
              placeholder="全部科室"
              style={{ width: 180 }}
              value={unitId}
              options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
              onChange={(value) => update({ unitId: value ? String(value) : undefined, page: undefined })}
              aria-label="按科室筛选"
            />
          )}
          {office && <Button onClick={() => navigate('/messages/settings')}>留言设置</Button>}
        </Space>
      </div>
      <Space wrap style={{ marginBottom: 12 }} data-testid="escalation-filters">
        <Typography.Text type="secondary">预警：</Typography.Text>
        {ESCALATION_FILTERS.map(([level, key]) => (
          <Tag.CheckableTag key={level} checked={escalation === level} onChange={(checked) => update({ escalation: checked ? level : undefined, page: undefined })}>
            {MESSAGE_ESCALATION_LABELS[level]} <Badge count={counts?.[key] ?? 0} showZero color={level === 'due_soon' ? '#ad4e00' : '#cf1322'} size="small" />
          </Tag.CheckableTag>
        ))}
      </Space>
      {!escalation && (
        <Tabs
          activeKey={queue}
          onChange={(key) => update({ queue: key, page: undefined })}
          items={queues.map((key) => ({ key, label: queueCount(key) ? <Badge count={queueCount(key)} offset={[10, -2]} size="small">{QUEUE_LABELS[key]}</Badge> : QUEUE_LABELS[key] }))}
        />
      )}
      <Table<StaffMessageSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: escalation ? `没有${MESSAGE_ESCALATION_LABELS[escalation]}的留言` : `没有${QUEUE_LABELS[queue]}的留言` }}
        onRow={(row) => ({ onClick: () => navigate(`/messages/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: (next) => update({ page: String(next) }) }}
        columns={[
          { title: '板块', dataIndex: 'board', width: 100, render: (value: MessageBoard) => MESSAGE_BOARD_LABELS[value] },
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{title}</Typography.Text>
                <span className="muted">
                  {row.public ? '愿意公开' : '不公开'}
                  {row.urgeCount ? ` · 已催办 ${row.urgeCount} 次` : ''}
                  {row.moderation === 'flagged' ? ' · 内容检测提示风险' : row.moderation === 'check_unavailable' ? ' · 内容检测未完成' : ''}
                </span>
              </Space>
            ),
          },
          { title: '状态', dataIndex: 'status', width: 110, render: (_, row) => <MessageStatusTag status={row.status} /> },
          { title: '办理科室', dataIndex: 'unitName', width: 150, render: (name: string | null, row) => name ?? <span className="muted">{row.status === 'held' ? '审核后分办' : '未分办'}</span> },
          { title: '受理日期', dataIndex: 'receivedDate', width: 110, render: (date: string | null) => date ?? '—' },
          { title: '答复期限', dataIndex: 'dueDate', width: 110, render: (date: string | null) => date ?? '—' },
          { title: '剩余', key: 'left', width: 160, render: (_, row) => <SlaCountdown left={row.workingDaysLeft} escalation={row.escalation} /> },
        ]}
      />
    </>
  );
}
