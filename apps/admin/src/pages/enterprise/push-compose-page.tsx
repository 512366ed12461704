import { ApiRequestError, ComposePolicyPush, POLICY_PUSH_BODY_MAX, POLICY_PUSH_SUMMARY_MAX, POLICY_PUSH_TITLE_MAX, PolicyPushAudience, StaffPolicyBenefitView } from '@govopen/contracts';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Result, Row, Select, Space, Spin, Switch, Typography } from 'antd';
import { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useQueryParams } from '../../hooks/use-query-params';
import { AudiencePreview } from './audience-preview';
import { PageHeading } from '../../layout/page-heading';

type FormValues = Omit<ComposePolicyPush, 'scheduledAt'> & { scheduledAt?: Dayjs | null };

/** 推送: pick a published item, see who it reaches and why, write the message within WeChat's limits, submit for approval. */
export function PushComposePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useQueryParams();
  const [form] = Form.useForm<FormValues>();
  const benefitId = Form.useWatch('benefitId', form);
  const includeCheck = Form.useWatch('includeCheck', form);
  const [benefits, setBenefits] = useState<StaffPolicyBenefitView[] | null>(null);
  const [audience, setAudience] = useState<PolicyPushAudience | null>(null);
  const [audienceError, setAudienceError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = () => {
    setLoadError(null);
    api.admin.policyBenefits.list({ status: 'published', pageSize: 100 }).then(
      (page) => {
        setBenefits(page.items);
        const preset = Number(params.get('benefitId'));
        const chosen = page.items.find((item) => item.id === preset);
        form.setFieldsValue({ includeCheck: false, ...(chosen ? { benefitId: chosen.id, title: chosen.title.slice(0, POLICY_PUSH_TITLE_MAX) } : {}) });
      },
      (caught) => setLoadError(errorMessage(caught)),
    );
  };
  useEffect(load, []);

  useEffect(() => {
    setAudience(null);
    setAudienceError(null);
    if (!benefitId) return;
    api.admin.pushes.audience({ benefitId, includeCheck: !!includeCheck }).then(setAudience, (caught) => setAudienceError(errorMessage(caught)));
  }, [benefitId, includeCheck]);

  const submit = async (values: FormValues) => {
    setSaving(true);
    try {
      const created = await api.admin.pushes.create({ ...values, body: values.body?.trim() || null, scheduledAt: values.scheduledAt ? values.scheduledAt.toISOString() : null });
      message.success('已提交，等待另一位发布员或公开办负责人审核');
      navigate(`/pushes/${created.id}`);
    } catch (caught) {
      const field = caught instanceof ApiRequestError ? caught.body.field : undefined;
      if (field && ['title', 'summary', 'body', 'benefitId', 'scheduledAt'].includes(field)) form.setFields([{ name: field as keyof FormValues, errors: [errorMessage(caught)] }]);
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  if (loadError) return <Result status="warning" title="惠企政策加载失败" subTitle={loadError} extra={<Button onClick={load}>重试</Button>} />;
  if (!benefits) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }}><div /></Spin>;
  if (!benefits.length) return <Result title="还没有已发布的惠企政策" subTitle="推送要从已发布的惠企政策发起：先在“惠企政策”中发布一项。" extra={<Button type="primary" onClick={() => navigate('/policy-benefits')}>去惠企政策</Button>} />;

  const counter = (max: number) => ({ showCount: true, maxLength: max });

  return (
    <>
      <div className="page-header">
        <PageHeading>新建政策推送</PageHeading>
      </div>
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
              <Form.Item name="scheduledAt" label="定时发送" extra="选填；不选则审核通过后即可发送">
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} aria-label="定时发送" />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={saving}>
                  提交审核
                </Button>
                <Button onClick={() => navigate('/pushes')}>取消</Button>
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
