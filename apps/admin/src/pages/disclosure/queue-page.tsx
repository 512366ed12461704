import { DISCLOSURE_QUEUE_LABELS, DisclosureQueue, DisclosureQueueCounts, DisclosureRequestSummary, Page, StaffRole, Unit } from '@govopen/contracts';
import { Badge, Button, Input, Result, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQueryParams } from '../../hooks/use-query-params';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { StatusTag } from './status-tag';
import { PageHeading } from '../../layout/page-heading';

const QUEUES: DisclosureQueue[] = ['to_register', 'to_assign', 'in_progress', 'awaiting_supplement', 'consulting', 'extended', 'due_soon', 'overdue', 'closed', 'all'];

/** Working days left, in colour: the first thing a handler reads in a queue. */
export function RemainingDays({ remaining, overdue }: { remaining: number | null; overdue: boolean }) {
  if (remaining === null) return <span className="muted">—</span>;
  if (overdue) return <Tag color="red">逾期 {-remaining} 个工作日</Tag>;
  if (remaining <= 3) return <Tag color="orange">剩 {remaining} 个工作日</Tag>;
  if (remaining <= 7) return <Tag color="gold">剩 {remaining} 个工作日</Tag>;
  return <Tag color="green">剩 {remaining} 个工作日</Tag>;
}

export function DisclosureQueuePage() {
  const navigate = useNavigate();
  const { hasRole } = useSession();
  const office = hasRole(StaffRole.OFFICE_HEAD);
  const [params, update] = useQueryParams();
  const queue = (params.get('queue') as DisclosureQueue) || (office ? 'to_register' : 'in_progress');
  const unitId = params.get('unitId') ? Number(params.get('unitId')) : undefined;
  const page = Number(params.get('page') ?? 1);
  const q = params.get('q') ?? undefined;
  const [counts, setCounts] = useState<DisclosureQueueCounts | null>(null);
  const [data, setData] = useState<Page<DisclosureRequestSummary> | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.disclosureRequests
      .queue({ queue, unitId, q, page, pageSize: 20 })
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [queue, unitId, q, page]);
  useEffect(load, [load]);
  useEffect(() => {
    // The tab numbers are a guide; a failure leaves the tabs without them rather than hiding the list.
    api.admin.disclosureRequests.queueCounts({ unitId, q }).then(setCounts).catch(() => setCounts(null));
  }, [unitId, q]);
  useEffect(() => {
    api.admin.units.list().then(setUnits).catch(() => undefined);
  }, []);

  if (error) return <Result status="warning" title="办件列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>依申请公开办件</PageHeading>
        <Space>
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder="受理编号、申请人或信息名称"
            aria-label="搜索办件"
            style={{ width: 260 }}
            onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
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
          {office && (
            <Button type="primary" onClick={() => navigate('/disclosure-requests/new')}>
              代为登记申请
            </Button>
          )}
        </Space>
      </div>
      <Tabs
        activeKey={queue}
        onChange={(key) => update({ queue: key, page: undefined })}
        items={QUEUES.map((key) => ({
          key,
          label: (
            <span data-testid={`queue-tab-${key}`}>
              {DISCLOSURE_QUEUE_LABELS[key]}
              {counts && <Badge count={counts[key]} showZero overflowCount={9999} color={key === 'overdue' && counts[key] > 0 ? '#c41d1d' : '#5f6672'} style={{ marginInlineStart: 6 }} />}
            </span>
          ),
        }))}
      />
      <Table<DisclosureRequestSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: q ? `没有与“${q}”相符的${DISCLOSURE_QUEUE_LABELS[queue]}申请` : `没有${DISCLOSURE_QUEUE_LABELS[queue]}的申请` }}
        onRow={(row) => ({ onClick: () => navigate(`/disclosure-requests/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          showTotal: (total) => `共 ${total} 件`,
          onChange: (next) => update({ page: String(next) }),
        }}
        columns={[
          {
            title: '受理编号',
            dataIndex: 'trackingNumber',
            width: 170,
            // A real link: the row opens by keyboard (Tab, Enter) as well as by a click anywhere on it.
            render: (trackingNumber: string, row) => <Link to={`/disclosure-requests/${row.id}`}>{trackingNumber}</Link>,
          },
          {
            title: '申请内容',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{title}</Typography.Text>
                <span className="muted">
                  {row.applicantName}（{row.applicantType === 'citizen' ? '公民' : '法人或其他组织'}）
                </span>
              </Space>
            ),
          },
          { title: '状态', dataIndex: 'status', width: 110, render: (_, row) => <StatusTag status={row.status} label={row.statusLabel} /> },
          { title: '承办科室', dataIndex: 'unitName', width: 140, render: (name: string | null) => name ?? <span className="muted">未分办</span> },
          { title: '收到日期', dataIndex: 'receivedAt', width: 110, render: (date: string | null) => date ?? '—' },
          { title: '答复期限', dataIndex: 'dueDate', width: 110, render: (date: string | null) => date ?? '—' },
          { title: '剩余', key: 'remaining', width: 150, render: (_, row) => <RemainingDays remaining={row.remainingWorkingDays} overdue={row.overdue} /> },
        ]}
      />
    </>
  );
}
