import { chinaToday, formatChinaDateTime } from '@govopen/domain';
import { MESSAGE_ACTION_LABELS, MESSAGE_BOARD_LABELS, MESSAGE_RATING_LABELS, MessageReplyTemplate, StaffMessageActionType, StaffMessageView, Unit } from '@govopen/contracts';
import { Alert, App, Button, Card, Col, Descriptions, Divider, Form, Image, Input, InputNumber, Modal, Result, Row, Select, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { MessageStatusTag, SlaCountdown } from './message-tags';
import { PageHeading } from '../../layout/page-heading';

interface ActionForm {
  needsUnit?: boolean;
  needsReason?: boolean;
  reasonLabel?: string;
  needsDays?: boolean;
  danger?: boolean;
}

/**
 * What each action asks for; the names are the domain's (MESSAGE_ACTION_LABELS). Actions without an entry only
 * confirm; the reply has its own panel.
 */
const ACTION_FORMS: Partial<Record<StaffMessageActionType, ActionForm>> = {
  reject_content: { needsReason: true, reasonLabel: '不通过理由（将告知留言人）', danger: true },
  assign: { needsUnit: true },
  transfer: { needsUnit: true, needsReason: true, reasonLabel: '转办理由' },
  return: { needsReason: true, reasonLabel: '退回理由' },
  extend: { needsDays: true, needsReason: true, reasonLabel: '延期理由' },
  urge: { needsReason: true, reasonLabel: '催办意见' },
  invalidate: { needsReason: true, reasonLabel: '理由（如：广告、辱骂、重复留言）', danger: true },
};

export function MessagePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message: toast } = App.useApp();
  const [view, setView] = useState<StaffMessageView | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [templates, setTemplates] = useState<MessageReplyTemplate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<StaffMessageActionType | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [reply, setReply] = useState('');
  const [phone, setPhone] = useState<string | null>(null);
  const [form] = Form.useForm();

  const load = useCallback(() => {
    setError(null);
    api.admin.messages
      .get(Number(id))
      .then(setView)
      .catch((caught) => setError(errorMessage(caught)));
  }, [id]);
  useEffect(load, [load]);
  useEffect(() => {
    api.admin.units.list().then(setUnits).catch(() => undefined);
    api.admin.messages.templates().then(setTemplates).catch(() => undefined);
  }, []);

  const run = async (type: StaffMessageActionType, values: { unitId?: number; reason?: string; days?: number; replyBody?: string }) => {
    setSubmitting(true);
    try {
      const next = await api.admin.messages.act(Number(id), { type, ...values });
      setView(next);
      setActive(null);
      form.resetFields();
      toast.success(`已${MESSAGE_ACTION_LABELS[type]}`);
    } catch (caught) {
      toast.error(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const start = (type: StaffMessageActionType) => {
    const spec = ACTION_FORMS[type];
    if (!spec?.needsUnit && !spec?.needsReason && !spec?.needsDays) {
      const label = MESSAGE_ACTION_LABELS[type];
      Modal.confirm({ title: label, content: `确定${label}这条留言？`, okText: '确定', cancelText: '取消', onOk: () => run(type, {}) });
      return;
    }
    form.resetFields();
    setActive(type);
  };

  const revealPhone = async () => {
    try {
      const contact = await api.admin.messages.contact(Number(id));
      setPhone(contact.phone ?? '未留电话');
    } catch (caught) {
      toast.error(errorMessage(caught));
    }
  };

  if (error) return <Result status="warning" title="留言加载失败" subTitle={error} extra={<Button onClick={() => navigate('/messages')}>返回留言列表</Button>} />;
  if (!view) return <Skeleton active paragraph={{ rows: 8 }} />;

  const canReply = view.allowedActions.includes('reply');
  const actions = view.allowedActions.filter((type) => type !== 'reply');
  const spec: ActionForm | null = active ? (ACTION_FORMS[active] ?? {}) : null;
  const unitOptions = units.filter((unit) => unit.id !== view.unitId).map((unit) => ({ value: unit.id, label: unit.name }));

  return (
    <>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary">
            {MESSAGE_BOARD_LABELS[view.board]} · 第 {view.id} 号
          </Typography.Text>
          <PageHeading title={view.title} />
        </Space>
        <Space>
          <span data-testid="message-status">
            <MessageStatusTag status={view.status} />
          </span>
          <SlaCountdown left={view.workingDaysLeft} escalation={view.escalation} />
        </Space>
      </div>
      {view.status === 'held' && (
        <Alert
          type={view.moderation === 'flagged' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          message={view.moderation === 'flagged' ? '内容检测提示风险，请人工审核' : view.moderation === 'pending_media_check' ? '图片正在等待微信内容安全检测' : '内容检测未能完成，请人工审核'}
          description={view.moderationNote}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card title="留言内容" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="message-body">
              {view.body}
            </Typography.Paragraph>
            {view.images.length > 0 && (
              <Image.PreviewGroup>
                <Space wrap>
                  {view.images.map((image) => (
                    <Image key={image.id} width={120} src={image.url} alt={image.name} />
                  ))}
                </Space>
              </Image.PreviewGroup>
            )}
            <Descriptions column={2} size="small" style={{ marginTop: 12 }}>
              <Descriptions.Item label="问题分类">{view.category ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="是否公开">{view.public ? '留言人同意公开' : '留言人不公开'}</Descriptions.Item>
              <Descriptions.Item label="联系人">{view.contactName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="联系电话">
                {phone ?? view.phoneMasked ?? '—'}
                {view.phoneMasked && !phone && (
                  <Button type="link" size="small" onClick={revealPhone}>
                    查看完整号码（将记入审计）
                  </Button>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="提交时间">{formatChinaDateTime(view.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label="受理日期">{view.receivedDate ?? '待审核'}</Descriptions.Item>
              <Descriptions.Item label="办理科室">{view.unitName ?? '未分办'}</Descriptions.Item>
              <Descriptions.Item label="答复期限">
                {view.dueDate ?? (view.receivedDate ? '待录入下一年度节假日后计算' : '—')}
                {view.replyWorkingDays ? `（${view.replyWorkingDays} 个工作日${view.extendedWorkingDays ? `，已延期 ${view.extendedWorkingDays} 个工作日` : ''}）` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="承办人">{view.handlerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="催办">{view.urgeCount ? `${view.urgeCount} 次` : '—'}</Descriptions.Item>
            </Descriptions>
          </Card>

          {view.replyBody && (
            <Card title="答复" style={{ marginBottom: 16 }} extra={view.published ? <Tag color="green">已公开</Tag> : <Tag>未公开</Tag>}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{view.replyBody}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {view.replyUnitName} · {view.repliedDate}
              </Typography.Text>
              {view.rating && (
                <>
                  <Divider style={{ margin: '12px 0' }} />
                  <Space>
                    留言人评价：
                    <Tag color={view.rating === 'dissatisfied' ? 'red' : 'green'}>{MESSAGE_RATING_LABELS[view.rating]}</Tag>
                    {view.ratingComment}
                  </Space>
                </>
              )}
            </Card>
          )}
          {view.invalidReason && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="不予受理" description={view.invalidReason} />}

          {canReply && (
            <Card title="答复留言" style={{ marginBottom: 16 }} data-testid="reply-panel">
              <Space style={{ marginBottom: 8 }}>
                <span>常用模板：</span>
                <Select
                  placeholder="选择模板"
                  style={{ width: 200 }}
                  options={templates.map((template) => ({ value: template.id, label: template.title }))}
                  onChange={(value) => setReply(templates.find((template) => template.id === value)?.body ?? '')}
                  aria-label="答复模板"
                />
              </Space>
              <Input.TextArea rows={6} value={reply} onChange={(event) => setReply(event.target.value)} maxLength={5000} showCount placeholder="请输入答复内容" aria-label="答复内容" />
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                公开后的样子
              </Typography.Title>
              <div className="public-preview" data-testid="public-preview">
                {view.public ? (
                  <>
                    <div className="public-preview-title">{view.title}</div>
                    <div className="public-preview-body">{view.body}</div>
                    <dl>
                      <dt>受理日期</dt>
                      <dd>{view.receivedDate}</dd>
                      <dt>答复日期</dt>
                      <dd>{chinaToday()}</dd>
                      <dt>答复部门</dt>
                      <dd>{view.unitName}</dd>
                      <dt>答复内容</dt>
                      <dd style={{ whiteSpace: 'pre-wrap' }}>{reply || '（请填写答复内容）'}</dd>
                    </dl>
                    <Typography.Text type="secondary">不显示留言人姓名和联系方式。</Typography.Text>
                  </>
                ) : (
                  <Typography.Text type="secondary">留言人选择不公开：答复只有留言人本人可见。</Typography.Text>
                )}
              </div>
              <Button type="primary" style={{ marginTop: 12 }} loading={submitting} disabled={!reply.trim()} onClick={() => run('reply', { replyBody: reply })}>
                提交答复
              </Button>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={9}>
          {actions.length > 0 && (
            <Card title="办理" style={{ marginBottom: 16 }} data-testid="message-actions">
              {view.suggestedUnits.length > 0 && (
                <div style={{ marginBottom: 12 }} data-testid="suggested-units">
                  <Typography.Text type="secondary">建议办理科室：</Typography.Text>
                  {view.suggestedUnits.map((suggestion) => (
                    <div key={suggestion.unitId} style={{ marginTop: 6 }}>
                      <Button size="small" onClick={() => Modal.confirm({ title: `分办给${suggestion.unitName}？`, content: suggestion.reason, okText: '分办', cancelText: '取消', onOk: () => run('assign', { unitId: suggestion.unitId }) })}>
                        分办给 {suggestion.unitName}
                      </Button>
                      <div className="muted" style={{ fontSize: 12 }}>
                        {suggestion.reason}
                      </div>
                    </div>
                  ))}
                </div>
              )}
              <Space wrap>
                {actions.map((type) => (
                  <Button key={type} danger={ACTION_FORMS[type]?.danger} type={type === 'claim' || type === 'approve_content' ? 'primary' : 'default'} onClick={() => start(type)}>
                    {MESSAGE_ACTION_LABELS[type]}
                  </Button>
                ))}
              </Space>
            </Card>
          )}
          <Card title="办理记录">
            <Timeline
              items={view.events.map((event) => ({
                children: (
                  <>
                    <div>
                      <strong>{event.type}</strong> · {event.actorName}
                      {event.unitName ? ` → ${event.unitName}` : ''}
                    </div>
                    {event.note && <div className="muted">{event.note}</div>}
                    <div className="muted" style={{ fontSize: 12 }}>
                      {formatChinaDateTime(event.at)}
                    </div>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Modal open={Boolean(spec)} title={active ? MESSAGE_ACTION_LABELS[active] : undefined} okText="确定" cancelText="取消" confirmLoading={submitting} onCancel={() => setActive(null)} onOk={() => form.submit()} destroyOnClose>
        <Form form={form} layout="vertical" onFinish={(values) => run(active!, values)}>
          {spec?.needsUnit && (
            <Form.Item name="unitId" label="办理科室" rules={[{ required: true, message: '请选择办理科室' }]}>
              <Select options={unitOptions} placeholder="选择科室" showSearch optionFilterProp="label" />
            </Form.Item>
          )}
          {spec?.needsDays && (
            <Form.Item
              name="days"
              label="延期工作日数"
              rules={[{ required: true, message: '请填写延期天数' }]}
              extra={`每条留言只能延期一次，须在答复期限${view.dueDate ? ` ${view.dueDate} ` : ''}前办理，最长 ${view.replyWorkingDays ?? '—'} 个工作日（这条留言受理时的答复时限）。`}
            >
              <InputNumber min={1} max={view.replyWorkingDays ?? undefined} />
            </Form.Item>
          )}
          {spec?.needsReason && (
            <Form.Item name="reason" label={spec.reasonLabel} rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
