import { CONTENT_STATUS_LABELS, ContentStatus, Page, StaffInterpretationSummary, StaffPolicySummary } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Button, Input, Result, Space, Table, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { ContentStatusTag } from './workflow-panel';
import { PageHeading } from '../../layout/page-heading';

type Row = StaffPolicySummary | StaffInterpretationSummary;
const TABS: (ContentStatus | 'all')[] = ['all', 'draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn'];

/** 政策文件 / 政策解读 lists for staff, by workflow status: a reviewer opens 待审查, a publisher 审查通过待发布. */
export function ContentListPage({ kind }: { kind: 'policies' | 'interpretations' }) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as ContentStatus | null) ?? undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<Row> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const noun = kind === 'policies' ? '政策文件' : '政策解读';

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    (kind === 'policies' ? api.admin.policies.list({ status, q: q || undefined, page }) : api.admin.interpretations.list({ status, q: q || undefined, page }))
      .then((result) => setData(result as Page<Row>))
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [kind, status, q, page]);
  useEffect(load, [load]);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  if (error) return <Result status="error" title={`${noun}加载失败`} subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <PageHeading title={noun} />
        <Space>
          <Input.Search placeholder="标题或文号" defaultValue={q} allowClear onSearch={(value) => set({ q: value || undefined, page: undefined })} style={{ width: 240 }} />
          <Button type="primary" onClick={() => navigate(`/${kind}/new`)}>新建{noun}</Button>
        </Space>
      </Space>
      <Tabs
        activeKey={status ?? 'all'}
        onChange={(key) => set({ status: key === 'all' ? undefined : key, page: undefined })}
        items={TABS.map((key) => ({ key, label: key === 'all' ? '全部' : CONTENT_STATUS_LABELS[key] }))}
      />
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: status === 'submitted' ? '没有待审查的内容' : `暂无${noun}` }}
        onRow={(row) => ({ onClick: () => navigate(`/${kind}/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, onChange: (next) => set({ page: String(next) }), showTotal: (total) => `共 ${total} 条` }}
        columns={[
          { title: '标题', dataIndex: 'title', render: (title: string) => <a>{title}</a> },
          kind === 'policies'
            ? { title: '文号', dataIndex: 'documentNumber', width: 180, render: (value: string | null) => value ?? '—' }
            : { title: '形式', dataIndex: 'formLabel', width: 110 },
          kind === 'policies'
            ? { title: '效力', dataIndex: 'validityLabel', width: 70 }
            : { title: '所解读文件', dataIndex: 'policyTitle', ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 130, render: (value: string, row) => <ContentStatusTag status={value} label={row.statusLabel} /> },
          { title: '起草人', dataIndex: 'authorName', width: 150, ellipsis: true },
          { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (value: string) => formatChinaDateTime(value) },
        ]}
      />
    </Space>
  );
}
