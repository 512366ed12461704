import { Page, StaffEnterpriseSummary } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Button, Input, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useQueryParams } from '../../hooks/use-query-params';
import { PageHeading } from '../../layout/page-heading';

/** 企业库: every enterprise with a claim, searchable by name or credit code. */
export function EnterpriseListPage() {
  const navigate = useNavigate();
  const [params, update] = useQueryParams();
  const q = params.get('q') ?? undefined;
  const district = params.get('district') ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<StaffEnterpriseSummary> | null>(null);
  const [districts, setDistricts] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.enterprises
      .list({ q, district, page, pageSize: 20 })
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [q, district, page]);
  useEffect(load, [load]);
  useEffect(() => {
    api.admin.enterprises.districts().then((loaded) => setDistricts(loaded.districts), () => undefined);
  }, []);

  if (error) return <Result status="warning" title="企业库加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>企业库</PageHeading>
        <Space>
          <Input.Search allowClear placeholder="企业名称或统一社会信用代码" defaultValue={q} style={{ width: 280 }} onSearch={(value) => update({ q: value || undefined, page: undefined })} aria-label="搜索企业" />
          <Select allowClear placeholder="全部区（市）" style={{ width: 150 }} value={district} options={districts.map((value) => ({ value, label: value }))} onChange={(value) => update({ district: value, page: undefined })} aria-label="按区（市）筛选" />
        </Space>
      </div>
      <Table<StaffEnterpriseSummary>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: q || district ? '没有符合条件的企业' : '还没有企业绑定' }}
        onRow={(row) => ({ onClick: () => navigate(`/enterprises/${row.id}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showTotal: (total) => `共 ${total} 家`, onChange: (next) => update({ page: String(next) }) }}
        columns={[
          {
            title: '企业',
            dataIndex: 'name',
            render: (name: string, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => navigate(`/enterprises/${row.id}`)}>{name}</Typography.Link>
                <span className="muted">{row.creditCode}</span>
              </Space>
            ),
          },
          { title: '行业', dataIndex: 'industryName', width: 200, render: (name: string | null) => name ?? '—' },
          { title: '区（市）', dataIndex: 'district', width: 110 },
          { title: '规模', dataIndex: 'sizeLabel', width: 80, render: (label: string | null) => label ?? '—' },
          {
            title: '成员',
            key: 'members',
            width: 160,
            render: (_, row) => (
              <Space size={4}>
                <span>已认证 {row.verifiedMembers}</span>
                {row.pendingMembers > 0 && <Tag color="warning">待审核 {row.pendingMembers}</Tag>}
              </Space>
            ),
          },
          { title: '推送', dataIndex: 'muted', width: 90, render: (muted: boolean) => (muted ? <Tag>免打扰</Tag> : '接收') },
          { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (at: string) => formatChinaDateTime(at) },
        ]}
      />
    </>
  );
}
