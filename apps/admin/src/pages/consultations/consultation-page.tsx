import { chinaDateOfInstant, chinaToday, formatChinaDate } from '@govopen/domain';
import { COMMENT_DECISION_LABELS, CommentDecision, CONSULTATION_COMMENT_STATUS_LABELS, CONSULTATION_PHASE_LABELS, ConsultationWindowRule, SaveConsultation, StaffCommentView, StaffConsultationView, StaffRole, Unit } from '@govopen/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, Modal, Radio, Result, Row, Select, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage, tokenStore } from '../../api/client';
import { useSession } from '../../auth/session';
import { AttachmentUpload } from '../publishing/attachment-upload';
import { AdoptionCountdown } from './consultation-list-page';
import { PageHeading } from '../../layout/page-heading';

interface FormValues {
  title: string;
  draft: string;
  explanation: string;
  window: [Dayjs, Dayjs];
  shortWindowReason?: string;
  unitId?: number;
}

/**
 * The earliest last day the law allows for the chosen start, as the API computes it from the working calendar
 * (30 days from the day after publication, moved past a holiday: 713号 Art. 15, 民法典 Art. 201/203). The console does
 * not count days itself; the API checks again on save.
 */
function useWindowRule(start: Dayjs | undefined): { rule: ConsultationWindowRule | null; error: string | null } {
  const startDate = start?.format('YYYY-MM-DD');
  const [state, setState] = useState<{ rule: ConsultationWindowRule | null; error: string | null }>({ rule: null, error: null });
  useEffect(() => {
    if (!startDate) return;
    let current = true;
    api.admin.consultations
      .windowRule(startDate)
      .then((rule) => current && setState({ rule, error: null }))
      .catch((caught) => current && setState({ rule: null, error: errorMessage(caught) }));
    return () => {
      current = false;
    };
  }, [startDate]);
  return startDate ? state : { rule: null, error: null };
}

function ConsultationForm({ initial, onSaved }: { initial: StaffConsultationView | null; onSaved: (view: StaffConsultationView) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [units, setUnits] = useState<Unit[]>([]);
  const [attachments, setAttachments] = useState<{ id: number; name: string }[]>(initial?.attachments.map((file) => ({ id: file.id, name: file.name })) ?? []);
  const [saving, setSaving] = useState(false);
  const window = Form.useWatch('window', form);
  const { rule, error: ruleError } = useWindowRule(window?.[0]);
  const endDate = window?.[1]?.format('YYYY-MM-DD');
  // Known short: the end is before the earliest allowed last day. Unknown (the calendar lacks the year): ask for a
  // reason as a precaution; the API decides on save.
  const short = endDate ? (rule ? endDate < rule.earliestEndDate : Boolean(ruleError)) : false;
  const windowText = rule && window?.[1] ? `自 ${rule.publishedOn} 次日起算共 ${window[1].diff(dayjs(rule.publishedOn), 'day')} 天；不说明理由的，最早于 ${rule.earliestEndDate} 截止（遇节假日顺延）` : ruleError;
  useEffect(() => {
    api.admin.units.list().then(setUnits).catch(() => undefined);
  }, []);

  const save = async (values: FormValues) => {
    const body: SaveConsultation = {
      title: values.title,
      draft: values.draft,
      explanation: values.explanation,
      startDate: values.window[0].format('YYYY-MM-DD'),
      endDate: values.window[1].format('YYYY-MM-DD'),
      shortWindowReason: values.shortWindowReason,
      unitId: values.unitId,
      attachmentIds: attachments.map((file) => file.id),
    };
    setSaving(true);
    try {
      onSaved(initial ? await api.admin.consultations.update(initial.id, body) : await api.admin.consultations.create(body));
      message.success('已保存');
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={
        initial
          ? { title: initial.title, draft: initial.draft, explanation: initial.explanation, window: [dayjs(initial.startDate), dayjs(initial.endDate)], shortWindowReason: initial.shortWindowReason ?? undefined, unitId: initial.unitId ?? undefined }
          : { window: [dayjs(chinaToday()), dayjs(chinaToday()).add(30, 'day')] }
      }
    >
      <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
        <Input maxLength={200} placeholder="如：《威海市……办法（征求意见稿）》公开征求意见" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="window" label="征求期（开始日期即发布日期）" rules={[{ required: true, message: '请选择征求期' }]} extra={windowText ?? undefined}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="unitId" label="起草科室">
            <Select allowClear options={units.map((unit) => ({ value: unit.id, label: unit.name }))} placeholder="选择科室" />
          </Form.Item>
        </Col>
      </Row>
      {short && (
        <Form.Item
          name="shortWindowReason"
          label="征求期少于 30 日的理由"
          rules={[{ required: Boolean(rule), whitespace: true, message: '征求期少于 30 日须说明理由' }]}
          extra="《重大行政决策程序暂行条例》第十五条：公开征求意见的期限一般不少于 30 日；因情况紧急等原因需要缩短期限的，应当予以说明。期限自发布次日起算。"
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      <Form.Item name="draft" label="草案全文" rules={[{ required: true, whitespace: true, message: '请填写草案全文' }]} extra="以“第一条”“第二条”……开头的段落会被识别为条款，公众可逐条提出意见。">
        <Input.TextArea rows={12} />
      </Form.Item>
      <Form.Item name="explanation" label="起草说明" rules={[{ required: true, whitespace: true, message: '请填写起草说明' }]}>
        <Input.TextArea rows={5} />
      </Form.Item>
      <Form.Item label="附件（草案文本、说明等）">
        <AttachmentUpload files={attachments} onChange={setAttachments} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存
      </Button>
    </Form>
  );
}

/** The day the decision was made (决策文件出台): the 采纳情况 countdown starts from it. */
function DecisionDateForm({ view, onSaved }: { view: StaffConsultationView; onSaved: (view: StaffConsultationView) => void }) {
  const { message } = App.useApp();
  const [date, setDate] = useState<Dayjs | null>(view.decisionDate ? dayjs(view.decisionDate) : null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!date) return;
    setSaving(true);
    try {
      onSaved(await api.admin.consultations.recordDecision(view.id, { decisionDate: date.format('YYYY-MM-DD') }));
      message.success('已记录决策日期');
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="decision-date">
      <span>决策日期（决策文件出台之日）：</span>
      <DatePicker value={date} onChange={setDate} disabledDate={(day) => day.format('YYYY-MM-DD') <= view.endDate} aria-label="决策日期" />
      <Button onClick={save} loading={saving} disabled={!date || date.format('YYYY-MM-DD') === view.decisionDate}>
        {view.decisionDate ? '修改决策日期' : '记录决策日期'}
      </Button>
      <span className="muted">采纳情况应在决策后 10 个工作日内公布，记录后开始倒计时提醒。</span>
    </Space>
  );
}

export function NewConsultationPage() {
  const navigate = useNavigate();
  return (
    <>
      <div className="page-header">
        <PageHeading>新建意见征集</PageHeading>
      </div>
      <Card>
        <ConsultationForm initial={null} onSaved={(view) => navigate(`/consultations/${view.id}`, { replace: true })} />
      </Card>
    </>
  );
}

export function ConsultationPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const head = hasRole(StaffRole.OFFICE_HEAD);
  const [view, setView] = useState<StaffConsultationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [deciding, setDeciding] = useState<StaffCommentView | null>(null);
  const [decisionForm] = Form.useForm<{ decision: CommentDecision; reason?: string }>();

  const show = (next: StaffConsultationView) => {
    setView(next);
    setSummary(next.adoption?.summary ?? next.adoptionSummaryDraft ?? '');
  };
  const load = useCallback(() => {
    setError(null);
    api.admin.consultations
      .get(Number(id))
      .then(show)
      .catch((caught) => setError(errorMessage(caught)));
  }, [id]);
  useEffect(load, [load]);

  const run = async (work: () => Promise<StaffConsultationView>, done: string) => {
    try {
      show(await work());
      message.success(done);
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  const exportComments = async () => {
    const response = await fetch(`/api/admin/consultations/${id}/comments.xlsx`, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
    if (!response.ok) return message.error('导出失败，请重试');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${view?.title ?? '意见'}-意见汇总.xlsx`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  if (error) return <Result status="warning" title="意见征集加载失败" subTitle={error} extra={<Button onClick={() => navigate('/consultations')}>返回列表</Button>} />;
  if (!view) return <Skeleton active paragraph={{ rows: 8 }} />;

  const closed = view.phase === 'closed';
  const commentColumns = [
    { title: '条款', dataIndex: 'articleNumber', width: 90, render: (value: string | null) => value ?? '总体' },
    { title: '意见', dataIndex: 'body', render: (value: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span> },
    { title: '提交人', dataIndex: 'authorLabel', width: 110 },
    {
      title: '审核',
      key: 'status',
      width: 190,
      render: (_: unknown, row: StaffCommentView) =>
        row.status === 'pending' ? (
          <Space direction="vertical" size={4}>
            <Tag color="orange">{CONSULTATION_COMMENT_STATUS_LABELS.pending}</Tag>
            {row.moderationNote && <span className="muted">{row.moderationNote}</span>}
            <Space>
              <Button size="small" onClick={() => run(() => api.admin.consultations.moderateComment(view.id, row.id, { status: 'approved' }), '已通过')}>
                通过
              </Button>
              <Button
                size="small"
                danger
                onClick={() => {
                  let note = '';
                  Modal.confirm({
                    title: '不予采用此意见',
                    content: <Input.TextArea rows={2} placeholder="审核意见（如：广告、与草案无关）" onChange={(event) => (note = event.target.value)} />,
                    okText: '确定',
                    cancelText: '取消',
                    onOk: () => run(() => api.admin.consultations.moderateComment(view.id, row.id, { status: 'rejected', note }), '已处理'),
                  });
                }}
              >
                不通过
              </Button>
            </Space>
          </Space>
        ) : (
          <Tag color={row.status === 'approved' ? 'green' : 'default'}>{CONSULTATION_COMMENT_STATUS_LABELS[row.status]}</Tag>
        ),
    },
    {
      title: '采纳情况',
      key: 'decision',
      width: 200,
      render: (_: unknown, row: StaffCommentView) => (
        <Space direction="vertical" size={2}>
          {row.decision ? <Tag color={row.decision === 'adopted' ? 'green' : row.decision === 'partially_adopted' ? 'gold' : 'default'}>{COMMENT_DECISION_LABELS[row.decision]}</Tag> : <span className="muted">未填写</span>}
          {row.decisionReason && <span className="muted">{row.decisionReason}</span>}
          {closed && row.status === 'approved' && (
            <Button
              size="small"
              onClick={() => {
                decisionForm.setFieldsValue({ decision: row.decision ?? 'adopted', reason: row.decisionReason ?? undefined });
                setDeciding(row);
              }}
            >
              填写
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary">意见征集 · 第 {view.id} 号</Typography.Text>
          <PageHeading title={view.title} />
        </Space>
        <Space>
          {view.published ? <Tag color="green">{CONSULTATION_PHASE_LABELS[view.phase]}</Tag> : <Tag>未发布</Tag>}
          {!view.published && head && (
            <Button type="primary" onClick={() => Modal.confirm({ title: '发布意见征集？', content: '发布后公众即可查看并提出意见，草案不能再修改。', okText: '发布', cancelText: '取消', onOk: () => run(() => api.admin.consultations.publish(view.id), '已发布') })}>
              发布
            </Button>
          )}
          <Button onClick={exportComments}>导出全部意见（Excel）</Button>
        </Space>
      </div>
      <Descriptions column={3} size="small" bordered style={{ marginBottom: 16, background: '#fff' }}>
        <Descriptions.Item label="征求期">
          {view.startDate} 至 {view.endDate}（自发布次日起 {view.windowDays} 天）
        </Descriptions.Item>
        <Descriptions.Item label="起草科室">{view.unitName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="意见">
          {view.commentCount} 条{view.pendingComments ? `，${view.pendingComments} 条待审核` : ''}
        </Descriptions.Item>
        {view.shortWindowReason && (
          <Descriptions.Item label="少于 30 日的理由" span={3}>
            {view.shortWindowReason}
          </Descriptions.Item>
        )}
        <Descriptions.Item label="决策日期">{view.decisionDate ?? '未记录'}</Descriptions.Item>
        <Descriptions.Item label="采纳情况公布" span={2}>
          <AdoptionCountdown row={view} /> <span className="muted">决策作出后 10 个工作日内公布</span>
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        defaultActiveKey={view.published ? 'comments' : 'draft'}
        items={[
          {
            key: 'draft',
            label: '草案',
            children: view.published ? (
              <Card>
                <Typography.Title level={5}>起草说明</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{view.explanation}</Typography.Paragraph>
                <Typography.Title level={5}>草案全文</Typography.Title>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{view.draft}</Typography.Paragraph>
                {view.attachments.map((file) => (
                  <div key={file.id}>
                    <a href={file.url} target="_blank" rel="noreferrer">
                      {file.name}
                    </a>
                  </div>
                ))}
              </Card>
            ) : (
              <Card>
                <ConsultationForm initial={view} onSaved={show} />
              </Card>
            ),
          },
          {
            key: 'comments',
            label: `意见（${view.comments.length}）`,
            children: <Table rowKey="id" dataSource={view.comments} columns={commentColumns} pagination={{ pageSize: 20 }} locale={{ emptyText: '尚无意见' }} />,
          },
          {
            key: 'adoption',
            label: '采纳情况',
            children: (
              <Card>
                {view.adoption ? (
                  <Alert type="success" showIcon message={`采纳情况已于 ${formatChinaDate(chinaDateOfInstant(view.adoption.publishedAt))} 公布`} description={`收到意见 ${view.adoption.received} 条：采纳 ${view.adoption.adopted} 条，部分采纳 ${view.adoption.partiallyAdopted} 条，未采纳 ${view.adoption.notAdopted} 条。`} style={{ marginBottom: 12 }} />
                ) : (
                  !closed && <Alert type="info" showIcon message="征求期结束后填写每条意见的采纳情况，再公布采纳情况说明。" style={{ marginBottom: 12 }} />
                )}
                {closed && <DecisionDateForm view={view} onSaved={show} />}
                <Input.TextArea rows={8} value={summary} disabled={Boolean(view.adoption)} onChange={(event) => setSummary(event.target.value)} placeholder="采纳情况说明：共收到意见多少条，采纳情况，未采纳的主要理由……" aria-label="采纳情况说明" />
                {!view.adoption && (
                  <Space style={{ marginTop: 12 }}>
                    <Button disabled={!summary.trim()} onClick={() => run(() => api.admin.consultations.saveAdoption(view.id, { summary }), '已保存草稿')}>
                      保存草稿
                    </Button>
                    {head && (
                      <Button type="primary" disabled={!closed || !summary.trim()} onClick={() => run(() => api.admin.consultations.publishAdoption(view.id, { summary }), '采纳情况已公布')}>
                        公布采纳情况
                      </Button>
                    )}
                  </Space>
                )}
              </Card>
            ),
          },
        ]}
      />
      <Modal
        open={Boolean(deciding)}
        title="采纳情况"
        okText="保存"
        cancelText="取消"
        onCancel={() => setDeciding(null)}
        onOk={() => decisionForm.submit()}
        destroyOnClose
      >
        <Typography.Paragraph className="muted">{deciding?.body}</Typography.Paragraph>
        <Form
          form={decisionForm}
          layout="vertical"
          onFinish={async (values) => {
            await run(() => api.admin.consultations.decideComment(view.id, deciding!.id, values), '已保存');
            setDeciding(null);
          }}
        >
          <Form.Item name="decision" rules={[{ required: true }]}>
            <Radio.Group options={(Object.keys(COMMENT_DECISION_LABELS) as CommentDecision[]).map((value) => ({ value, label: COMMENT_DECISION_LABELS[value] }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) =>
              getFieldValue('decision') !== 'adopted' && (
                <Form.Item name="reason" label="理由" rules={[{ required: true, whitespace: true, message: '未采纳或部分采纳须写明理由' }]}>
                  <Input.TextArea rows={3} maxLength={1000} />
                </Form.Item>
              )
            }
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
