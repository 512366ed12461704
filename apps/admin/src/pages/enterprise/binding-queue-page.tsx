import { ENTERPRISE_MEMBER_STATUS_LABELS, EnterpriseBindingView, EnterpriseMemberStatus, Page } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { App, Button, Form, Input, Modal, Result, Space, Table, Tabs, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useQueryParams } from '../../hooks/use-query-params';
import { BindingStatusTag } from './binding-status-tag';
import { saveDownload } from './save-download';
import { PageHeading } from '../../layout/page-heading';

const QUEUES: EnterpriseMemberStatus[] = ['pending', 'verified', 'rejected'];

/** 企业认证: claims waiting for staff to check the 授权书/营业执照, and what was decided. */
export function BindingQueuePage() {
  const { message, modal } = App.useApp();
  const [params, update] = useQueryParams();
  const status = (params.get('status') as EnterpriseMemberStatus) || 'pending';
  const page = Number(params.get('page') ?? 1);
  const [data, setData] = useState<Page<EnterpriseBindingView> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [rejecting, setRejecting] = useState<EnterpriseBindingView | null>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();

  const load = useCallback(() => {
    setLoading(true);
    setError(null);
    api.admin.enterpriseBindings
      .list({ status, page, pageSize: 20 })
      .then(setData)
      .catch((caught) => setError(errorMessage(caught)))
      .finally(() => setLoading(false));
  }, [status, page]);
  useEffect(load, [load]);

  const approve = (binding: EnterpriseBindingView) =>
    modal.confirm({
      title: `通过“${binding.enterpriseName}”的绑定？`,
      content: binding.verifiedMembers
        ? `该企业已有 ${binding.verifiedMembers} 名认证成员，请确认材料确实来自本企业。通过后申请人成为企业成员。`
        : '请确认已核对授权书或营业执照与所填信息一致。通过后申请人成为该企业的管理员，可邀请同事加入。',
      okText: '通过',
      onOk: async () => {
        try {
          await api.admin.enterpriseBindings.approve(binding.id);
          message.success('已通过，申请人会在小程序“消息”中收到通知');
          load();
        } catch (caught) {
          message.error(errorMessage(caught));
          throw caught;
        }
      },
    });

  const reject = async () => {
    if (!rejecting) return;
    const { reason } = await reasonForm.validateFields();
    try {
      await api.admin.enterpriseBindings.reject(rejecting.id, { reason });
      message.success('已退回，申请人会看到理由');
      setRejecting(null);
      reasonForm.resetFields();
      load();
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  const download = async (binding: EnterpriseBindingView) => {
    if (!binding.evidence) return;
    const failure = await saveDownload(`/api/admin/enterprise-bindings/${binding.id}/evidence`, binding.evidence.name);
    if (failure) message.error(failure);
  };

  if (error) return <Result status="warning" title="企业认证列表加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;

  return (
    <>
      <div className="page-header">
        <PageHeading>企业认证</PageHeading>
        <Typography.Text type="secondary">核对授权书或营业执照后通过；材料不符请写明理由退回。下载材料会记入审计日志。</Typography.Text>
      </div>
      <Tabs activeKey={status} onChange={(key) => update({ status: key, page: undefined })} items={QUEUES.map((key) => ({ key, label: ENTERPRISE_MEMBER_STATUS_LABELS[key] }))} />
      <Table<EnterpriseBindingView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: `没有${ENTERPRISE_MEMBER_STATUS_LABELS[status]}的绑定申请` }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showTotal: (total) => `共 ${total} 条`, onChange: (next) => update({ page: String(next) }) }}
        columns={[
          {
            title: '企业',
            dataIndex: 'enterpriseName',
            render: (name: string, row) => (
              <Space direction="vertical" size={0}>
                <Link to={`/enterprises/${row.enterpriseId}`}>{name}</Link>
                <span className="muted">
                  {row.creditCode} · 法定代表人 {row.legalRepresentative}
                </span>
              </Space>
            ),
          },
          {
            title: '申请人',
            key: 'applicant',
            width: 200,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <span>{row.contactName ?? `用户 ${String(row.residentId).padStart(6, '0')}`}</span>
                <span className="muted">{row.phoneMasked ?? '未留电话'}</span>
              </Space>
            ),
          },
          { title: '方式', dataIndex: 'joinedVia', width: 90, render: (via: string) => (via === 'invitation' ? '邀请加入' : '材料核验') },
          {
            title: '材料',
            key: 'evidence',
            width: 180,
            render: (_, row) =>
              row.evidence ? (
                <Button type="link" style={{ padding: 0 }} onClick={() => download(row)} aria-label={`下载${row.enterpriseName}的材料 ${row.evidence.name}`}>
                  {row.evidence.name}
                </Button>
              ) : (
                <span className="muted">未上传</span>
              ),
          },
          {
            title: '已认证成员',
            dataIndex: 'verifiedMembers',
            width: 100,
            render: (count: number) => (count ? <Tooltip title="该企业已有认证成员，请格外注意核对">{count} 人</Tooltip> : '无'),
          },
          { title: '申请时间', dataIndex: 'createdAt', width: 150, render: (at: string) => formatChinaDateTime(at) },
          {
            title: status === 'pending' ? '操作' : '结果',
            key: 'actions',
            width: 220,
            render: (_, row) =>
              row.status === 'pending' ? (
                <Space>
                  <Button type="primary" size="small" onClick={() => approve(row)} aria-label={`通过${row.enterpriseName}`}>
                    通过
                  </Button>
                  <Button danger size="small" onClick={() => setRejecting(row)} aria-label={`退回${row.enterpriseName}`}>
                    退回
                  </Button>
                </Space>
              ) : (
                <Space direction="vertical" size={0}>
                  <BindingStatusTag status={row.status} label={row.statusLabel} />
                  <span className="muted">
                    {row.decidedBy ?? ''} {row.decidedAt ? formatChinaDateTime(row.decidedAt) : ''}
                  </span>
                  {row.reason && <span>理由：{row.reason}</span>}
                </Space>
              ),
          },
        ]}
      />
      <Modal title={`退回“${rejecting?.enterpriseName ?? ''}”的绑定`} open={!!rejecting} okText="退回" okButtonProps={{ danger: true }} onOk={reject} onCancel={() => setRejecting(null)} destroyOnClose>
        <Form form={reasonForm} layout="vertical">
          <Form.Item name="reason" label="退回理由" rules={[{ required: true, whitespace: true, message: '请写明退回理由，申请人会看到' }]}>
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：授权书未加盖公章，请重新上传" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
