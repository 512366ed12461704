import { Page, POLICY_PUSH_STATUS_LABELS, PolicyPushStatus, PolicyPushSummary } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Button, Result, Space, Table, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useQueryParams } from '../../hooks/use-query-params';
import { PushStatusTag } from './push-status-tag';
import { PageHeading } from '../../layout/page-heading';

const TABS: (PolicyPushStatus | 'all')[] = ['all', 'submitted', 'approved', 'sent', 'returned', 'cancelled'];

/** 政策推送: pushes by status, the ones waiting for approval first in mind. */
export function PushListPage() {
  const navigate = useNavigate();
  const [params, update] = useQueryParams();
  const status = (params.get('status') as PolicyPushStatus | null) ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<PolicyPushSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.pushes
      .list({ status, page, pageSize: 20 })
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [status, page]);
  useEffect(load, [load]);

  if (error) return <Result status="warning" title="推送列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>政策推送</PageHeading>
        <Button type="primary" onClick={() => navigate('/pushes/new')}>
          新建推送
        </Button>
      </div>
      <Tabs activeKey={status ?? 'all'} onChange={(key) => update({ status: key === 'all' ? undefined : key, page: undefined })} items={TABS.map((key) => ({ key, label: key === 'all' ? '全部' : POLICY_PUSH_STATUS_LABELS[key] }))} />
      <Table<PolicyPushSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: '没有推送' }}
        onRow={(row) => ({ onClick: () => navigate(`/pushes/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: (next) => update({ page: String(next) }) }}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => navigate(`/pushes/${row.id}`)}>{title}</Typography.Link>
                <span className="muted">{row.benefitTitle}</span>
              </Space>
            ),
          },
          { title: '状态', key: 'status', width: 120, render: (_, row) => <PushStatusTag status={row.status} label={row.statusLabel} /> },
          { title: '撰写 / 审核', key: 'people', width: 220, render: (_, row) => `${row.composedBy} / ${row.approvedBy ?? '—'}` },
          { title: '接收人', key: 'recipients', width: 80, render: (_, row) => row.stats.recipients },
          { title: '已打开', key: 'opened', width: 80, render: (_, row) => row.stats.opened },
          { title: '发送时间', dataIndex: 'sentAt', width: 150, render: (at: string | null, row) => (at ? formatChinaDateTime(at) : row.scheduledAt ? `定时 ${formatChinaDateTime(row.scheduledAt)}` : '—') },
        ]}
      />
    </>
  );
}
