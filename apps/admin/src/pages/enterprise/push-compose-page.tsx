import { ApiRequestError, ComposePolicyPush, POLICY_PUSH_BODY_MAX, POLICY_PUSH_SUMMARY_MAX, POLICY_PUSH_TITLE_MAX, PolicyPushAudience, PolicyPushView, StaffPolicyBenefitView } from '@govopen/contracts';
import { chinaInstantOf, chinaToday, defaultPushBody, formatChinaDateTime } from '@govopen/domain';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Result, Row, Select, Space, Spin, Switch, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useQueryParams } from '../../hooks/use-query-params';
import { AudiencePreview } from './audience-preview';
import { PageHeading } from '../../layout/page-heading';

type FormValues = Omit<ComposePolicyPush, 'scheduledAt'> & { scheduledAt?: Dayjs | null };

/**
 * The picker's value holds the digits the clerk chose, which mean China time: the browser's own zone (a laptop set to
 * UTC, a colleague abroad) must not move the instant. The digits go through the domain's China-time helpers both ways.
 */
const SCHEDULE_FORMAT = 'YYYY-MM-DD HH:mm';
const scheduleInstant = (picked: Dayjs) => chinaInstantOf(picked.format('YYYY-MM-DD'), picked.format('HH:mm'));
const scheduleDigits = (iso: string) => dayjs(formatChinaDateTime(iso), SCHEDULE_FORMAT);

/**
 * 推送: pick a published item, see who it reaches and why, write the message within WeChat's limits, submit for
 * approval. With an id (/pushes/:id/edit) its composer rewrites a push that waits or was returned, and resubmits it.
 */
export function PushComposePage() {
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = id !== undefined;
  const { message } = App.useApp();
  const [params] = useQueryParams();
  const [form] = Form.useForm<FormValues>();
  const benefitId = Form.useWatch('benefitId', form);
  const includeCheck = Form.useWatch('includeCheck', form);
  const [benefits, setBenefits] = useState<StaffPolicyBenefitView[] | null>(null);
  const [original, setOriginal] = useState<PolicyPushView | null>(null);
  const [audience, setAudience] = useState<PolicyPushAudience | null>(null);
  const [audienceError, setAudienceError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = () => {
    setLoadError(null);
    Promise.all([api.admin.policyBenefits.list({ status: 'published', pageSize: 100 }), editing ? api.admin.pushes.get(Number(id)) : Promise.resolve(null)]).then(
      ([page, push]) => {
        setBenefits(page.items);
        setOriginal(push);
        if (push) {
          // A body nobody wrote is left empty, so the rewritten summary renews it; a written one is kept as written.
          const item = page.items.find((benefit) => benefit.id === push.benefitId);
          const body = item && push.body === defaultPushBody(push.summary, item) ? '' : push.body;
          form.setFieldsValue({ benefitId: push.benefitId, title: push.title, summary: push.summary, body, includeCheck: push.includeCheck, scheduledAt: push.scheduledAt ? scheduleDigits(push.scheduledAt) : null });
          return;
        }
        const preset = Number(params.get('benefitId'));
        const chosen = page.items.find((item) => item.id === preset);
        form.setFieldsValue({ includeCheck: false, ...(chosen ? { benefitId: chosen.id, title: chosen.title.slice(0, POLICY_PUSH_TITLE_MAX) } : {}) });
      },
      (caught) => setLoadError(errorMessage(caught)),
    );
  };
  useEffect(load, [id]);

  useEffect(() => {
    setAudience(null);
    setAudienceError(null);
    if (!benefitId) return;
    api.admin.pushes.audience({ benefitId, includeCheck: !!includeCheck }).then(setAudience, (caught) => setAudienceError(errorMessage(caught)));
  }, [benefitId, includeCheck]);

  const submit = async (values: FormValues) => {
    setSaving(true);
    try {
      const push: ComposePolicyPush = { ...values, body: values.body?.trim() || null, scheduledAt: values.scheduledAt ? scheduleInstant(values.scheduledAt) : null };
      const saved = editing ? await api.admin.pushes.update(Number(id), push) : await api.admin.pushes.create(push);
      message.success(editing ? '已修改并重新提交，等待另一位发布员或公开办负责人审核' : '已提交，等待另一位发布员或公开办负责人审核');
      navigate(`/pushes/${saved.id}`);
    } catch (caught) {
      const field = caught instanceof ApiRequestError ? caught.body.field : undefined;
      if (field && ['title', 'summary', 'body', 'benefitId', 'scheduledAt'].includes(field)) form.setFields([{ name: field as keyof FormValues, errors: [errorMessage(caught)] }]);
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  if (loadError) return <Result status="warning" title={editing ? '推送加载失败' : '惠企政策加载失败'} subTitle={loadError} extra={<Button onClick={load}>重试</Button>} />;
  if (!benefits || (editing && !original)) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }}><div /></Spin>;
  if (original && !original.canEdit) {
    return <Result status="info" title="这条推送现在不能修改" subTitle={`只有撰写人可以修改待审核或已退回的推送（当前：${original.statusLabel}）。`} extra={<Button onClick={() => navigate(`/pushes/${original.id}`)}>返回推送</Button>} />;
  }
  if (!benefits.length) return <Result title="还没有已发布的惠企政策" subTitle="推送要从已发布的惠企政策发起：先在“惠企政策”中发布一项。" extra={<Button type="primary" onClick={() => navigate('/policy-benefits')}>去惠企政策</Button>} />;

  const counter = (max: number) => ({ showCount: true, maxLength: max });

  return (
    <>
      <div className="page-header">
        <PageHeading>{editing ? '修改政策推送' : '新建政策推送'}</PageHeading>
      </div>
      {original?.status === 'returned' && original.returnReason && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`审核人退回：${original.returnReason}`} description="修改后重新提交，由撰写人以外的发布员或公开办负责人再次审核。" data-testid="return-reason" />
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Card title="推送内容">
            <Form form={form} layout="vertical" onFinish={submit}>
              <Form.Item name="benefitId" label="惠企政策" rules={[{ required: true, message: '请选择要推送的惠企政策' }]}>
                <Select showSearch optionFilterProp="label" placeholder="选择已发布的惠企政策" options={benefits.map((item) => ({ value: item.id, label: item.title }))} aria-label="惠企政策" />
              </Form.Item>
              <Form.Item name="title" label="标题" extra={`消息列表和微信通知的“政策名称”，不超过 ${POLICY_PUSH_TITLE_MAX} 字`} rules={[{ required: true, whitespace: true, message: '请填写标题' }, { max: POLICY_PUSH_TITLE_MAX, message: `标题不能超过 ${POLICY_PUSH_TITLE_MAX} 字（微信通知的字段限制）` }]}>
                <Input {...counter(POLICY_PUSH_TITLE_MAX)} />
              </Form.Item>
              <Form.Item name="summary" label="温馨提示" extra={`微信通知的“温馨提示”，不超过 ${POLICY_PUSH_SUMMARY_MAX} 字`} rules={[{ required: true, whitespace: true, message: '请填写温馨提示' }, { max: POLICY_PUSH_SUMMARY_MAX, message: `温馨提示不能超过 ${POLICY_PUSH_SUMMARY_MAX} 字（微信通知的字段限制）` }]}>
                <Input {...counter(POLICY_PUSH_SUMMARY_MAX)} placeholder="如：请于10月31日前申报" />
              </Form.Item>
              <Form.Item name="body" label="消息正文" extra="选填；不填则用温馨提示加上支持标准、申报时间、受理科室和咨询电话">
                <Input.TextArea rows={4} maxLength={POLICY_PUSH_BODY_MAX} />
              </Form.Item>
              <Form.Item name="includeCheck" label="包括需核实的企业" valuePropName="checked" extra="条件中有需人工判断的内容，或企业资料不全时，结果为“需核实”">
                <Switch aria-label="包括需核实的企业" />
              </Form.Item>
              <Form.Item name="scheduledAt" label="定时发送" extra="选填，按北京时间；不选则审核通过后即可发送">
                <DatePicker showTime={{ format: 'HH:mm' }} format={SCHEDULE_FORMAT} style={{ width: '100%' }} aria-label="定时发送" disabledDate={(day) => day.format('YYYY-MM-DD') < chinaToday()} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {editing ? '重新提交审核' : '提交审核'}
                </Button>
                <Button onClick={() => navigate(editing ? `/pushes/${id}` : '/pushes')}>取消</Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col span={14}>
          <Card title="推送对象预览">
            {!benefitId && <Typography.Text type="secondary">选择惠企政策后，这里会按它的适用条件列出将收到推送的企业和理由。</Typography.Text>}
            {audienceError && <Alert type="error" showIcon message={audienceError} />}
            {benefitId && !audience && !audienceError && <Spin tip="正在匹配企业…"><div style={{ height: 80 }} /></Spin>}
            {audience && <AudiencePreview audience={audience} />}
          </Card>
        </Col>
      </Row>
    </>
  );
}
