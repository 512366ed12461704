import { Page, POLICY_BENEFIT_STATUS_LABELS, POLICY_TOPICS, PolicyBenefitStatus, StaffPolicyBenefitView } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Button, Result, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useQueryParams } from '../../hooks/use-query-params';
import { BenefitStatusTag } from './benefit-status-tag';
import { PageHeading } from '../../layout/page-heading';

/** 惠企政策: the items (申兑指南) with their conditions; published ones are matched and may be pushed. */
export function BenefitListPage() {
  const navigate = useNavigate();
  const [params, update] = useQueryParams();
  const status = (params.get('status') as PolicyBenefitStatus | null) ?? undefined;
  const topic = params.get('topic') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<StaffPolicyBenefitView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.policyBenefits
      .list({ status, topic, page, pageSize: 20 })
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [status, topic, page]);
  useEffect(load, [load]);

  if (error) return <Result status="warning" title="惠企政策加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>惠企政策</PageHeading>
        <Space>
          <Select allowClear placeholder="全部主题" style={{ width: 150 }} value={topic} options={POLICY_TOPICS.map((value) => ({ value, label: value }))} onChange={(value) => update({ topic: value, page: undefined })} aria-label="按主题筛选" />
          <Button type="primary" onClick={() => navigate('/policy-benefits/new')}>
            新建惠企政策
          </Button>
        </Space>
      </div>
      <Tabs
        activeKey={status ?? 'all'}
        onChange={(key) => update({ status: key === 'all' ? undefined : key, page: undefined })}
        items={[{ key: 'all', label: '全部' }, ...(Object.keys(POLICY_BENEFIT_STATUS_LABELS) as PolicyBenefitStatus[]).map((key) => ({ key, label: POLICY_BENEFIT_STATUS_LABELS[key] }))]}
      />
      <Table<StaffPolicyBenefitView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: '还没有惠企政策，点“新建惠企政策”添加' }}
        onRow={(row) => ({ onClick: () => navigate(`/policy-benefits/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showTotal: (total) => `共 ${total} 项`, onChange: (next) => update({ page: String(next) }) }}
        columns={[
          {
            title: '名称',
            dataIndex: 'title',
            render: (title: string, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => navigate(`/policy-benefits/${row.id}`)}>{title}</Typography.Link>
                <span>{row.topics.map((name) => <Tag key={name}>{name}</Tag>)}</span>
              </Space>
            ),
          },
          { title: '受理科室', dataIndex: 'acceptingUnit', width: 160 },
          { title: '申报时间', dataIndex: 'applicationPeriod', width: 180 },
          { title: '状态', key: 'status', width: 90, render: (_, row) => <BenefitStatusTag status={row.status} label={row.statusLabel} /> },
          { title: '发布时间', dataIndex: 'publishedAt', width: 150, render: (at: string | null) => (at ? formatChinaDateTime(at) : '—') },
        ]}
      />
    </>
  );
}
