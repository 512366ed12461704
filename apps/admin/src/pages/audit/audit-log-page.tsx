import { formatChinaDateTime } from '@govopen/domain';
import { AuditLogEntry, AuditLogQuery, Page } from '@govopen/contracts';
import { Button, DatePicker, Form, Input, Result, Space, Table, Tag } from 'antd';
import { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

const ACTION_LABELS: Record<string, string> = {
  'staff.login': '登录',
  'staff.login.failed': '登录失败',
  'staff.login.locked': '账号锁定',
  'staff.password.change': '修改密码',
  'staff.create': '新增人员',
  'staff.update': '修改人员',
  'unit.create': '新增科室',
  'unit.update': '修改科室',
  'calendar.year.create': '录入年度日历',
  'calendar.year.update': '修改年度日历',
  'notice.resend': '重发微信通知',
};

interface Filters {
  actorName?: string;
  action?: string;
  range?: [Dayjs, Dayjs];
}

export function AuditLogPage() {
  const [query, setQuery] = useState<AuditLogQuery>({ page: 1, pageSize: 20 });
  const [data, setData] = useState<Page<AuditLogEntry> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.audit
      .list(query)
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [query]);
  useEffect(load, [load]);

  const search = (filters: Filters) =>
    setQuery({
      page: 1,
      pageSize: query.pageSize,
      actorName: filters.actorName?.trim() || undefined,
      action: filters.action?.trim() || undefined,
      from: filters.range?.[0].format('YYYY-MM-DD'),
      to: filters.range?.[1].format('YYYY-MM-DD'),
    });

  if (error) return <Result status="warning" title="审计日志加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>审计日志</PageHeading>
        <span className="muted">只可追加、不可修改或删除</span>
      </div>
      <Form layout="inline" onFinish={search} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="actorName" label="操作人">
          <Input allowClear placeholder="用户名" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="action" label="操作类型">
          <Input allowClear placeholder="如 staff.login" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="range" label="日期">
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      <Table<AuditLogEntry>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => formatChinaDateTime(at) },
          { title: '操作人', dataIndex: 'actorName', width: 120, render: (name: string | null) => name ?? '—' },
          {
            title: '操作',
            dataIndex: 'action',
            width: 170,
            render: (action: string) => (
              <Space direction="vertical" size={0}>
                <Tag color={action.includes('failed') || action.includes('locked') ? 'red' : 'blue'}>{ACTION_LABELS[action] ?? action}</Tag>
                <span className="muted" style={{ fontSize: 12 }}>
                  {action}
                </span>
              </Space>
            ),
          },
          {
            title: '对象',
            key: 'target',
            width: 140,
            render: (_, row) => (row.targetType ? `${row.targetType} #${row.targetId}` : '—'),
          },
          { title: '详情', dataIndex: 'detail', render: (detail: string | null) => detail ?? '' },
          { title: '来源 IP', dataIndex: 'ip', width: 130 },
        ]}
      />
    </>
  );
}
