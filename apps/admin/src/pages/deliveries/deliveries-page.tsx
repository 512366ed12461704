import { NoticeDelivery, NoticeDeliveryPage } from '@govopen/contracts';
import { DELIVERY_STATUS_LABELS, formatChinaDateTime } from '@govopen/domain';
import { Alert, App, Button, Popconfirm, Result, Segmented, Space, Statistic, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { DeliveryStatusTag } from './delivery-status-tag';
import { PageHeading } from '../../layout/page-heading';

/** The views staff need: what needs a look first, what waits, what went. */
const VIEWS: { value: string; label: string }[] = [
  { value: 'failed,unknown,dead', label: '需处理' },
  { value: 'pending,sending', label: '待发送' },
  { value: 'sent', label: '已送达微信' },
  { value: 'in_app_only', label: '仅站内消息' },
  { value: '', label: '全部' },
];

/** Where a notice leads in the console: the case or message it is about. */
function consolePathOf(link: string | null): string | null {
  const id = link ? /[?&]id=(\d+)/.exec(link)?.[1] : undefined;
  if (!link || !id) return null;
  if (link.includes('/disclosure/')) return `/disclosure-requests/${id}`;
  if (link.includes('/message/')) return `/messages/${id}`;
  if (link.includes('/consultation/')) return `/consultations/${id}`;
  return null;
}

/** 送达情况: the WeChat copy of every notice to residents. The in-app copy always exists; this is what WeChat got. */
export function DeliveriesPage() {
  const navigate = useNavigate();
  const { message: toast } = App.useApp();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? VIEWS[0].value;
  const [page, setPage] = useState(1);
  const [data, setData] = useState<NoticeDeliveryPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.deliveries
      .list({ status: status || undefined, page, pageSize: 20 })
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [status, page]);
  useEffect(load, [load]);

  const resend = async (row: NoticeDelivery) => {
    try {
      await api.admin.deliveries.resend(row.id);
      toast.success('已重新排队发送');
      load();
    } catch (caught) {
      toast.error(errorMessage(caught));
    }
  };

  if (error) return <Result status="warning" title="送达情况加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  const counts = data?.counts ?? {};
  const attention = (counts.failed ?? 0) + (counts.unknown ?? 0) + (counts.dead ?? 0);

  return (
    <>
      <div className="page-header">
        <PageHeading>送达情况</PageHeading>
        <span className="muted">每条通知都已进入申请人的站内“消息”；此处为微信订阅消息的发送结果</span>
      </div>
      <Space size={32} style={{ display: 'flex', marginBottom: 16 }} wrap>
        <Statistic title="需处理" value={attention} valueStyle={attention ? { color: '#a8071a' } : undefined} />
        <Statistic title={DELIVERY_STATUS_LABELS.pending} value={(counts.pending ?? 0) + (counts.sending ?? 0)} />
        <Statistic title={DELIVERY_STATUS_LABELS.sent} value={counts.sent ?? 0} />
        <Statistic title={DELIVERY_STATUS_LABELS.in_app_only} value={counts.in_app_only ?? 0} />
      </Space>
      {(counts.unknown ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="有通知的发送结果未知"
          description="发送过程中服务中断或微信未答复，申请人可能已经收到。为避免重复打扰，系统不会自动重发；如需告知，请在站内消息之外另行联系。"
        />
      )}
      <Segmented
        aria-label="送达状态"
        value={status}
        options={VIEWS}
        onChange={(value) => {
          setPage(1);
          setParams(value ? { status: String(value) } : { status: '' });
        }}
        style={{ display: 'inline-flex', marginBottom: 16 }}
      />
      <Table<NoticeDelivery>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: status === VIEWS[0].value ? '没有需要处理的通知' : '暂无通知' }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: setPage }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 150, render: (at: string) => formatChinaDateTime(at) },
          {
            title: '通知',
            key: 'notice',
            render: (_, row) => {
              const path = consolePathOf(row.link);
              return (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{row.title}</Typography.Text>
                  {path ? (
                    <Typography.Link onClick={() => navigate(path)}>{row.subject ?? '查看'}</Typography.Link>
                  ) : (
                    <span className="muted">{row.subject}</span>
                  )}
                </Space>
              );
            },
          },
          { title: '微信送达', dataIndex: 'status', width: 130, render: (value: NoticeDelivery['status']) => <DeliveryStatusTag status={value} /> },
          {
            title: '说明',
            key: 'why',
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                {row.error && <span>{row.error}</span>}
                {row.status === 'pending' && row.nextAttemptAt && <span className="muted">下次尝试：{formatChinaDateTime(row.nextAttemptAt)}</span>}
                {row.deliveredAt && <span className="muted">送达：{formatChinaDateTime(row.deliveredAt)}</span>}
                {row.attempts > 1 && <span className="muted">已尝试 {row.attempts} 次</span>}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_, row) =>
              row.canResend ? (
                <Popconfirm title="重新发送这条微信通知？" okText="重新发送" cancelText="取消" onConfirm={() => resend(row)}>
                  <Button size="small">重新发送</Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </>
  );
}
