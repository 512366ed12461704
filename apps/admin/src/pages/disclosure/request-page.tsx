import {
  DELIVERY_METHOD_LABELS,
  DisclosureLetter,
  DisclosurePersonalData,
  ID_DOCUMENT_LABELS,
  ORGANIZATION_KIND_LABELS,
  PROVISION_METHOD_LABELS,
  REQUEST_CHANNEL_LABELS,
  StaffDisclosureRequestView,
  Unit,
} from '@govopen/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage, tokenStore } from '../../api/client';
import { Outcome, outcomeInfo } from '@govopen/domain';
import { ActionField, ActionSpec, ACTIONS, REFERRAL_LABELS } from './action-catalog';
import { StatusTag } from './status-tag';
import { CaseDeliveries } from '../deliveries/case-deliveries';
import { PageHeading } from '../../layout/page-heading';

export function DisclosureRequestPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [request, setRequest] = useState<StaffDisclosureRequestView | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<ActionSpec | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [personal, setPersonal] = useState<DisclosurePersonalData | null>(null);
  const [letters, setLetters] = useState<DisclosureLetter[]>([]);
  const [reading, setReading] = useState<DisclosureLetter | null>(null);
  const [form] = Form.useForm();

  const load = useCallback(() => {
    setError(null);
    Promise.all([api.admin.disclosureRequests.get(Number(id)), api.admin.disclosureRequests.letters(Number(id))])
      .then(([next, nextLetters]) => {
        setRequest(next);
        setLetters(nextLetters);
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, [id]);

  const saveFrom = async (url: string, fileName: string) => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
    if (!response.ok) {
      message.error(response.status === 403 ? '只有承办科室和公开办负责人可以下载申请人的材料' : '下载失败，请稍后重试');
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const download = (letter: DisclosureLetter) =>
    saveFrom(`/api/admin/disclosure-requests/${id}/letters/${letter.kind}.docx`, `${letter.number}-${letter.title}.docx`);
  useEffect(load, [load]);
  useEffect(() => {
    api.admin.units.list().then((list) => setUnits(list.filter((unit) => unit.active))).catch(() => undefined);
  }, []);

  const run = async (spec: ActionSpec, values: Record<string, unknown>) => {
    setSubmitting(true);
    try {
      const body: Record<string, unknown> = { type: spec.type };
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined || value === null || value === '') continue;
        body[key] = typeof (value as Dayjs)?.format === 'function' ? (value as Dayjs).format('YYYY-MM-DD') : value;
      }
      const next = await api.admin.disclosureRequests.act(Number(id), body as never);
      setRequest(next);
      setLetters(await api.admin.disclosureRequests.letters(Number(id)));
      setActive(null);
      message.success(`${spec.label}：已完成`);
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSubmitting(false);
    }
  };

  const open = (spec: ActionSpec) => {
    form.resetFields();
    if (!spec.fields.length) {
      Modal.confirm({ title: spec.label, content: spec.confirm ?? `确定${spec.label}？`, okText: '确定', cancelText: '取消', onOk: () => run(spec, {}) });
      return;
    }
    setActive(spec);
  };

  const revealPersonalData = () =>
    Modal.confirm({
      title: '查看申请人完整个人信息',
      content: '查看将记入审计日志（查看人、时间、来源）。仅在办理需要时查看。',
      okText: '查看',
      cancelText: '取消',
      onOk: async () => {
        try {
          setPersonal(await api.admin.disclosureRequests.personalData(Number(id)));
        } catch (caught) {
          message.error(errorMessage(caught));
        }
      },
    });

  const chosenOutcome = Form.useWatch('outcome', form) as Outcome | undefined;
  const referral = chosenOutcome ? outcomeInfo(chosenOutcome).referral : null;
  const shown = (field: ActionField) => !field.referral || (referral !== null && (field.referral === 'name' || referral === 'competent_agency'));
  const labelOf = (field: ActionField) => (field.referral === 'name' && referral ? REFERRAL_LABELS[referral] : field.label);
  const optionsOf = (field: ActionField) =>
    (field.allowedOutcomesOnly && request ? field.options?.filter((option) => request.allowedOutcomes.includes(String(option.value))) : field.options) as { value: string; label: string }[];

  if (error) return <Result status="warning" title="无法打开该申请" subTitle={error} extra={<Button onClick={() => navigate('/disclosure-requests')}>返回列表</Button>} />;
  if (!request) return <Skeleton active paragraph={{ rows: 12 }} />;

  // The API says which actions the law and this person's role allow now; the catalog only says how they look.
  const available = ACTIONS.filter((spec) => request.allowedActions.includes(spec.type));

  return (
    <>
      <div className="page-header">
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary">受理编号 {request.trackingNumber}</Typography.Text>
          <PageHeading title={request.title} />
        </Space>
        <Button onClick={() => navigate(-1)}>返回</Button>
      </div>
      {request.hints.map((hint) => (
        <Alert key={hint} type="warning" showIcon message={hint} style={{ marginBottom: 12 }} />
      ))}
      {request.suggestedUnits.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="unit-suggestion"
          message={`建议分办：${request.suggestedUnits.map((suggestion) => suggestion.unitName).join('、')}`}
          description={request.suggestedUnits.map((suggestion) => `${suggestion.unitName}：${suggestion.reason}`).join('；')}
        />
      )}
      {request.pendingExtension && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`延期申请待公开办负责人审批：延长 ${request.pendingExtension.days} 个工作日`} />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card
            title={
              <Space>
                <StatusTag status={request.status} label={request.statusLabel} />
                {request.unitName && <Tag>{request.unitName}</Tag>}
                {request.handlerName && <Tag color="blue">承办人 {request.handlerName}</Tag>}
                {request.outcomeLabel && <Tag color="green">{request.outcomeLabel}</Tag>}
              </Space>
            }
            extra={
              request.deadline?.dueDate ? (
                <Typography.Text strong type={request.deadline.overdue ? 'danger' : undefined}>
                  答复期限 {request.deadline.dueDate}
                </Typography.Text>
              ) : null
            }
          >
            {request.deadline?.explanation && (
              <Alert type={request.deadline.overdue ? 'error' : 'info'} message={request.deadline.explanation} style={{ marginBottom: 16 }} data-testid="deadline-explanation" />
            )}
            <Space wrap style={{ marginBottom: 16 }} data-testid="actions">
              {available.map((spec) => (
                <Button key={spec.type} type={spec.primary ? 'primary' : 'default'} danger={spec.danger} onClick={() => open(spec)}>
                  {spec.label}
                </Button>
              ))}
              {!available.length && <Typography.Text type="secondary">当前没有可进行的操作</Typography.Text>}
            </Space>
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="申请人">
                {request.applicantName}（{request.applicantType === 'citizen' ? '公民' : '法人或其他组织'}）
              </Descriptions.Item>
              <Descriptions.Item label="证件号码">{personal?.idNumber ?? request.idNumberMasked ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="联系电话">{personal?.phone ?? request.phoneMasked}</Descriptions.Item>
              <Descriptions.Item label="通信地址">{personal?.address ?? '（已隐藏）'}</Descriptions.Item>
              <Descriptions.Item label="电子邮箱">{personal ? personal.email ?? '—' : '（已隐藏）'}</Descriptions.Item>
              {request.applicantType === 'citizen' ? (
                <>
                  <Descriptions.Item label="证件类型">{request.applicantDetails.idType ? ID_DOCUMENT_LABELS[request.applicantDetails.idType] : '—'}</Descriptions.Item>
                  <Descriptions.Item label="工作单位">{request.applicantDetails.workUnit ?? '—'}</Descriptions.Item>
                </>
              ) : (
                <>
                  <Descriptions.Item label="组织类型">{request.applicantDetails.organizationKind ? ORGANIZATION_KIND_LABELS[request.applicantDetails.organizationKind] : '—'}</Descriptions.Item>
                  <Descriptions.Item label="统一社会信用代码">{request.applicantDetails.creditCode ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="法定代表人">{request.applicantDetails.legalRepresentative ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label="联系人">{request.applicantDetails.contactName ?? '—'}</Descriptions.Item>
                </>
              )}
              <Descriptions.Item label="邮政编码">{request.applicantDetails.postcode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="渠道">{REQUEST_CHANNEL_LABELS[request.channel]}</Descriptions.Item>
              <Descriptions.Item label="提供方式">{PROVISION_METHOD_LABELS[request.provisionMethod]}</Descriptions.Item>
              <Descriptions.Item label="获取方式">{DELIVERY_METHOD_LABELS[request.deliveryMethod]}</Descriptions.Item>
              <Descriptions.Item label="文号">{request.documentNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="收到日期">{request.receivedAt ?? '待登记'}</Descriptions.Item>
              <Descriptions.Item label="内容描述" span={2}>
                {request.description}
              </Descriptions.Item>
              {request.purpose && (
                <Descriptions.Item label="用途" span={2}>
                  {request.purpose}
                </Descriptions.Item>
              )}
              <Descriptions.Item label="附件" span={2}>
                {request.attachments.length === 0
                  ? '无'
                  : request.attachments.map((file) => (
                      <div key={file.id} data-testid="attachment">
                        <Button type="link" style={{ padding: 0 }} onClick={() => saveFrom(`/api/admin/disclosure-requests/${id}/attachments/${file.id}`, file.name)}>
                          {file.purposeLabel}：{file.name}
                        </Button>
                        <Typography.Text type="secondary"> {Math.max(1, Math.round(file.size / 1024))} KB（下载记入审计日志）</Typography.Text>
                      </div>
                    ))}
              </Descriptions.Item>
            </Descriptions>
            {!personal && (
              <Button type="link" style={{ paddingLeft: 0, marginTop: 8 }} onClick={revealPersonalData}>
                查看完整个人信息（记入审计日志）
              </Button>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {letters.length > 0 && (
            <Card title="告知书" style={{ marginBottom: 16 }}>
              {letters.map((letter) => (
                <div key={`${letter.kind}-${letter.number}`} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '6px 0' }}>
                  <span>
                    {letter.title}
                    <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                      {letter.date}
                    </Typography.Text>
                  </span>
                  <Space size={0}>
                    <Button type="link" onClick={() => setReading(letter)}>
                      查看
                    </Button>
                    <Button type="link" onClick={() => download(letter)}>
                      下载 .docx
                    </Button>
                  </Space>
                </div>
              ))}
            </Card>
          )}
          <CaseDeliveries requestId={request.id} version={request.events.length} />
          <Card title="办理记录">
            <Timeline
              items={request.events.map((event) => ({
                children: (
                  <Space direction="vertical" size={0}>
                    <span>{event.summary}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {event.date} · {event.actor}
                    </Typography.Text>
                  </Space>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Modal open={reading !== null} title={reading?.title} footer={null} onCancel={() => setReading(null)} width={720}>
        {reading && (
          <div style={{ fontFamily: 'FangSong, STFangsong, serif', fontSize: 16, lineHeight: 2 }}>
            <div style={{ textAlign: 'right', color: '#5f6672' }}>{reading.number}</div>
            <div>{reading.recipient}</div>
            {reading.paragraphs.map((paragraph) => (
              <p key={paragraph} style={{ textIndent: '2em', margin: 0 }}>
                {paragraph}
              </p>
            ))}
            <div style={{ textAlign: 'right', marginTop: 24 }}>{reading.signature}</div>
            <div style={{ textAlign: 'right' }}>{reading.date}</div>
          </div>
        )}
      </Modal>
      <Modal
        open={active !== null}
        title={active?.label}
        okText="确定"
        cancelText="取消"
        confirmLoading={submitting}
        onCancel={() => setActive(null)}
        onOk={() => form.validateFields().then((values) => active && run(active, values))}
        destroyOnClose
      >
        <Form form={form} layout="vertical">
          {active?.fields.filter(shown).map((field) => (
            <Form.Item key={field.name} name={field.name} label={labelOf(field)} rules={field.required ? [{ required: true, message: `请填写${labelOf(field).replace(/（.*）/, '')}` }] : []}>
              {field.kind === 'text' && <Input maxLength={100} />}
              {field.kind === 'textarea' && <Input.TextArea rows={4} maxLength={2000} showCount />}
              {field.kind === 'date' && <DatePicker style={{ width: '100%' }} />}
              {field.kind === 'number' && <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />}
              {field.kind === 'unit' && <Select options={units.map((unit) => ({ value: unit.id, label: unit.name }))} placeholder="选择科室" />}
              {field.kind === 'units' && <Select mode="multiple" options={units.map((unit) => ({ value: unit.id, label: unit.name }))} placeholder="可不选" />}
              {field.kind === 'select' && <Select options={optionsOf(field)} showSearch optionFilterProp="label" />}
              {field.kind === 'boolean' && <Radio.Group options={field.options as { value: boolean; label: string }[]} />}
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
