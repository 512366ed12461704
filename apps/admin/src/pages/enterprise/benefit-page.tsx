import { ApiRequestError, EnterpriseOptions, POLICY_TOPICS, PolicyConditions, PolicySummary, SavePolicyBenefit, StaffPolicyBenefitView } from '@govopen/contracts';
import { formatChinaDateTime } from '@govopen/domain';
import { App, Button, Card, Col, Form, Input, Result, Row, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { BenefitStatusTag } from './benefit-status-tag';
import { ConditionsBuilder } from './conditions-builder';
import { PageHeading } from '../../layout/page-heading';

type FormValues = Omit<SavePolicyBenefit, 'conditions'>;

const EMPTY_CONDITIONS: PolicyConditions = { kind: 'all', of: [] };

/** One 惠企政策 item: 申兑指南 fields and its conditions; publishing makes it matchable and pushable. */
export function BenefitPage() {
  const { id } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [item, setItem] = useState<StaffPolicyBenefitView | null>(null);
  const [options, setOptions] = useState<EnterpriseOptions | null>(null);
  const [documents, setDocuments] = useState<PolicySummary[]>([]);
  const [conditions, setConditions] = useState<PolicyConditions>(EMPTY_CONDITIONS);
  const [conditionError, setConditionError] = useState<{ field: string; message: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    setError(null);
    api.enterpriseOptions().then(setOptions, (caught) => setError(errorMessage(caught)));
    api.policies.list({ pageSize: 100 }).then((page) => setDocuments(page.items), () => setDocuments([]));
    if (isNew) {
      form.setFieldsValue({ topics: [] });
      return;
    }
    api.admin.policyBenefits
      .get(Number(id))
      .then((loaded) => {
        setItem(loaded);
        setConditions(loaded.conditions);
        form.setFieldsValue(loaded);
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, [id, isNew, form]);
  useEffect(load, [load]);

  const save = async (values: FormValues) => {
    setSaving(true);
    setConditionError(null);
    try {
      const body: SavePolicyBenefit = { ...values, documentId: values.documentId ?? null, conditions };
      const saved = isNew ? await api.admin.policyBenefits.create(body) : await api.admin.policyBenefits.update(Number(id), body);
      message.success('已保存');
      setItem(saved);
      if (isNew) navigate(`/policy-benefits/${saved.id}`, { replace: true });
    } catch (caught) {
      const field = caught instanceof ApiRequestError ? caught.body.field : undefined;
      if (field?.startsWith('conditions')) setConditionError({ field, message: errorMessage(caught) });
      else if (field && field in values) form.setFields([{ name: field as keyof FormValues, errors: [errorMessage(caught)] }]);
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  const setPublished = async (publish: boolean) => {
    if (!item) return;
    try {
      setItem(publish ? await api.admin.policyBenefits.publish(item.id) : await api.admin.policyBenefits.unpublish(item.id));
      message.success(publish ? '已发布，企业可在小程序中看到并匹配' : '已撤回为草稿');
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };

  if (error) return <Result status="warning" title="惠企政策加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!options || (!isNew && !item)) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }}><div /></Spin>;

  return (
    <>
      <div className="page-header">
        <PageHeading title={isNew ? '新建惠企政策' : (item?.title ?? '惠企政策')} />
        <Space>
          {item && <BenefitStatusTag status={item.status} label={item.statusLabel} />}
          {item?.status === 'published' && (
            <Button type="primary" onClick={() => navigate(`/pushes/new?benefitId=${item.id}`)}>
              推送给企业
            </Button>
          )}
          {item && (item.status === 'draft' ? <Button onClick={() => setPublished(true)}>发布</Button> : <Button onClick={() => setPublished(false)}>撤回为草稿</Button>)}
          <Link to="/policy-benefits">返回列表</Link>
        </Space>
      </div>
      <Form form={form} layout="vertical" onFinish={save} requiredMark>
        <Row gutter={16}>
          <Col span={11}>
            <Card title="申兑指南" style={{ marginBottom: 16 }}>
              <Form.Item name="title" label="政策名称" rules={[{ required: true, whitespace: true, message: '请填写政策名称' }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="documentId" label="关联政策文件" extra="企业可从这里打开政策原文">
                <Select allowClear showSearch optionFilterProp="label" placeholder="选填" options={documents.map((document) => ({ value: document.id, label: document.title }))} />
              </Form.Item>
              <Form.Item name="applicationConditions" label="申报条件" rules={[{ required: true, whitespace: true, message: '请填写申报条件' }]}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <Form.Item name="supportStandard" label="支持标准" rules={[{ required: true, whitespace: true, message: '请填写支持标准' }]}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Form.Item name="applicationPeriod" label="申报时间" rules={[{ required: true, whitespace: true, message: '请填写申报时间' }]}>
                <Input maxLength={100} placeholder="如：每年 10 月 31 日前" />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="acceptingUnit" label="受理科室" rules={[{ required: true, whitespace: true, message: '请填写受理科室' }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="consultPhone" label="咨询电话" rules={[{ required: true, whitespace: true, message: '请填写咨询电话' }]}>
                    <Input maxLength={30} placeholder="如：0631-5287004" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="topics" label="政策主题" extra="关注这些主题的企业也会收到推送">
                <Select mode="multiple" options={POLICY_TOPICS.map((value) => ({ value, label: value }))} placeholder="选择一个或多个" />
              </Form.Item>
            </Card>
          </Col>
          <Col span={13}>
            <Card title="适用条件" extra={<Typography.Text type="secondary">用于政策计算器和精准推送</Typography.Text>} style={{ marginBottom: 16 }} data-testid="conditions">
              <ConditionsBuilder value={conditions} onChange={(next) => { setConditions(next); setConditionError(null); }} options={options} error={conditionError} />
            </Card>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
          {item && (
            <Typography.Text type="secondary">
              {item.createdBy} 创建于 {formatChinaDateTime(item.createdAt)}，最后修改 {formatChinaDateTime(item.updatedAt)}
            </Typography.Text>
          )}
        </Space>
      </Form>
    </>
  );
}
