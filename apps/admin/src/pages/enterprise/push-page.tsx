import { POLICY_VERDICT_LABELS, PolicyPushRecipientView, PolicyPushView, StaffRole } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Result, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { AudiencePreview } from './audience-preview';
import { PushStatusTag } from './push-status-tag';
import { PageHeading } from '../../layout/page-heading';

/** One push: what it says, its approval by a second person, sending, and what became of it. */
export function PushPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { hasRole } = useSession();
  const approver = hasRole(StaffRole.PUBLISHER) || hasRole(StaffRole.OFFICE_HEAD);
  const [push, setPush] = useState<PolicyPushView | null>(null);
  const [recipients, setRecipients] = useState<PolicyPushRecipientView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [reasonForm] = Form.useForm<{ reason: string }>();

  const load = useCallback(() => {
    setError(null);
    api.admin.pushes
      .get(Number(id))
      .then((loaded) => {
        setPush(loaded);
        if (loaded.status === 'sent' || loaded.status === 'sending') api.admin.pushes.recipients(loaded.id, { pageSize: 100 }).then((page) => setRecipients(page.items), () => setRecipients([]));
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, [id]);
  useEffect(load, [load]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setRefusal(null);
    try {
      await action();
      message.success(done);
      load();
    } catch (caught) {
      // The API's own words: e.g. the composer may not approve their own push (four eyes).
      setRefusal(errorMessage(caught));
    }
  };

  const approve = () =>
    modal.confirm({
      title: '审核通过这条推送？',
      content: `通过后即可发送给 ${push?.audience?.recipients ?? 0} 位企业用户。`,
      okText: '通过',
      onOk: () => act(() => api.admin.pushes.approval(Number(id), { approved: true }), '已审核通过'),
    });
  const returnPush = async () => {
    const { reason } = await reasonForm.validateFields();
    setReturning(false);
    reasonForm.resetFields();
    await act(() => api.admin.pushes.approval(Number(id), { approved: false, reason }), '已退回');
  };
  const send = () =>
    modal.confirm({
      title: '现在发送？',
      content: '每位企业用户只会收到一次：重复发送不会产生第二条消息。',
      okText: '发送',
      onOk: () => act(() => api.admin.pushes.send(Number(id)), '已发送'),
    });
  const cancel = () =>
    modal.confirm({
      title: '取消这条推送？',
      content: '取消后不能再发送，如需推送请重新创建。',
      okText: '取消推送',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: () => act(() => api.admin.pushes.cancel(Number(id)), '已取消'),
    });

  if (error) return <Result status="warning" title="推送加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!push) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }}><div /></Spin>;

  const stats = push.stats;
  const open = push.status === 'submitted' || push.status === 'returned' || push.status === 'approved';

  return (
    <>
      <div className="page-header">
        <PageHeading title={push.title} />
        <Space data-testid="push-actions">
          <span data-testid="push-status">
            <PushStatusTag status={push.status} label={push.statusLabel} />
          </span>
          {push.status === 'submitted' && approver && (
            <>
              <Button type="primary" onClick={approve}>
                审核通过
              </Button>
              <Button onClick={() => setReturning(true)}>退回</Button>
            </>
          )}
          {push.status === 'approved' && approver && (
            <Button type="primary" onClick={send}>
              立即发送
            </Button>
          )}
          {push.canEdit && (
            <Button type={push.status === 'returned' ? 'primary' : 'default'} onClick={() => navigate(`/pushes/${push.id}/edit`)}>
              {push.status === 'returned' ? '修改并重新提交' : '修改'}
            </Button>
          )}
          {open && (
            <Button danger onClick={cancel}>
              取消推送
            </Button>
          )}
          <Link to="/pushes">返回列表</Link>
        </Space>
      </div>
      {refusal && <Alert type="error" showIcon closable onClose={() => setRefusal(null)} message="操作未完成" description={refusal} style={{ marginBottom: 16 }} data-testid="push-refusal" />}
      {push.status === 'submitted' && !push.canApprove && approver && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="推送须由撰写人以外的发布员或公开办负责人审核通过后才能发送（双人审核）。" />
      )}
      {push.status === 'returned' && push.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`已退回：${push.returnReason}`} description={push.canEdit ? '请按退回理由修改后重新提交审核。' : '等待撰写人修改后重新提交。'} data-testid="push-returned" />
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Card title="推送内容" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="惠企政策">
                <Link to={`/policy-benefits/${push.benefitId}`}>{push.benefitTitle}</Link>
              </Descriptions.Item>
              <Descriptions.Item label="温馨提示">{push.summary}</Descriptions.Item>
              <Descriptions.Item label="正文">
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{push.body}</Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label="需核实的企业">{push.includeCheck ? '包括' : '不包括'}</Descriptions.Item>
              <Descriptions.Item label="打开页面">{push.link}</Descriptions.Item>
              <Descriptions.Item label="撰写">
                {push.composedBy}，{formatChinaDateTime(push.createdAt)}
              </Descriptions.Item>
              <Descriptions.Item label="审核">{push.approvedBy ?? '待审核'}</Descriptions.Item>
              <Descriptions.Item label="定时发送">{push.scheduledAt ? formatChinaDateTime(push.scheduledAt) : '审核通过后发送'}</Descriptions.Item>
              {push.sentAt && <Descriptions.Item label="发送时间">{formatChinaDateTime(push.sentAt)}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col span={14}>
          {push.audience && (
            <Card title="推送对象（按当前企业画像）" style={{ marginBottom: 16 }}>
              <AudiencePreview audience={push.audience} />
            </Card>
          )}
          {(push.status === 'sent' || push.status === 'sending') && (
            <Card title="送达情况" style={{ marginBottom: 16 }} data-testid="push-stats">
              <Row gutter={[16, 16]}>
                <Col span={6}><Statistic title="企业" value={stats.enterprises} suffix="家" /></Col>
                <Col span={6}><Statistic title="接收人" value={stats.recipients} suffix="人" /></Col>
                <Col span={6}><Statistic title="站内已送达" value={stats.deliveredInApp} /></Col>
                <Col span={6}><Statistic title="已打开" value={stats.opened} /></Col>
                <Col span={6}><Statistic title="微信已发送" value={stats.wechatSent} /></Col>
                <Col span={6}><Statistic title="微信拒收（未订阅）" value={stats.wechatRefused} /></Col>
                <Col span={6}><Statistic title="微信失败" value={stats.wechatFailed} /></Col>
                <Col span={6}><Statistic title="微信结果未知" value={stats.wechatUnknown} /></Col>
                <Col span={6}><Statistic title="微信待发送" value={stats.wechatPending} /></Col>
                <Col span={6}><Statistic title="仅站内消息" value={stats.inAppOnly} /></Col>
              </Row>
              {stats.wechatUnknown > 0 && <Alert style={{ marginTop: 12 }} type="warning" showIcon message="结果未知的微信消息已交给微信但未收到答复，为避免重复不会重发；企业仍可在小程序“消息”中看到。" />}
            </Card>
          )}
          {(push.status === 'sent' || push.status === 'sending') && (
            <Card title="各企业送达情况">
              <Table<PolicyPushRecipientView>
                size="small"
                rowKey="enterpriseId"
                pagination={false}
                dataSource={recipients}
                locale={{ emptyText: '没有接收企业' }}
                columns={[
                  { title: '企业', dataIndex: 'enterpriseName' },
                  { title: '匹配', dataIndex: 'verdict', width: 90, render: (verdict: PolicyPushRecipientView['verdict'], row) => <>{POLICY_VERDICT_LABELS[verdict]}{row.viaTopic && <Tag style={{ marginLeft: 4 }}>主题</Tag>}</> },
                  { title: '接收人', dataIndex: 'members', width: 70 },
                  { title: '站内', dataIndex: 'deliveredInApp', width: 60 },
                  { title: '微信', key: 'wechat', width: 120, render: (_, row) => `发送 ${row.wechatSent} / 失败 ${row.wechatFailed} / 未知 ${row.wechatUnknown}` },
                  { title: '已打开', dataIndex: 'opened', width: 70 },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
      <Modal title="退回推送" open={returning} okText="退回" onOk={returnPush} onCancel={() => setReturning(false)} destroyOnClose>
        <Form form={reasonForm} layout="vertical">
          <Form.Item name="reason" label="退回理由" rules={[{ required: true, whitespace: true, message: '请写明退回理由' }]}>
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
