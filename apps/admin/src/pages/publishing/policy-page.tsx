import { DISCLOSURE_ATTRIBUTE_LABELS, POLICY_VALIDITY_LABELS, PolicyValidity, SavePolicy, StaffCatalogNodeView, StaffPolicyView } from '@govopen/contracts';
import { chinaDateOfInstant } from '@govopen/domain';
import { App, Button, Card, Col, DatePicker, Descriptions, Form, Input, List, Result, Row, Select, Space, Spin, Switch, TreeSelect, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { AttachmentUpload } from './attachment-upload';
import { RichTextEditor } from './rich-text-editor';
import { ContentStatusTag, WorkflowPanel } from './workflow-panel';
import { PageHeading } from '../../layout/page-heading';

type FormValues = Omit<SavePolicy, 'writtenDate' | 'attachmentIds'> & { writtenDate?: Dayjs | null };

function catalogOptions(nodes: StaffCatalogNodeView[]): { value: number; title: string; children: ReturnType<typeof catalogOptions> }[] {
  return nodes.map((node) => ({ value: node.id, title: `${node.numeral ? `${node.numeral} ` : ''}${node.name}`, children: catalogOptions(node.children) }));
}

/** One policy document: the form while it is a draft (or returned), the read-only text after, and its review on the right. */
export function PolicyPage() {
  const { id } = useParams();
  const isNew = id === 'new';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [policy, setPolicy] = useState<StaffPolicyView | null>(null);
  const [catalog, setCatalog] = useState<StaffCatalogNodeView[]>([]);
  const [attachments, setAttachments] = useState<{ id: number; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(() => {
    setError(null);
    api.admin.catalog().then(setCatalog).catch(() => setCatalog([]));
    if (isNew) {
      form.setFieldsValue({ issuingBody: '威海市工业和信息化局', validity: 'valid', disclosureAttribute: 'proactive', needsInterpretation: true, bodyHtml: '' });
      return;
    }
    api.admin.policies
      .get(Number(id))
      .then((loaded) => {
        setPolicy(loaded);
        setAttachments(loaded.attachments.map((file) => ({ id: file.id, name: file.name })));
        form.setFieldsValue({ ...loaded, writtenDate: loaded.writtenDate ? dayjs(loaded.writtenDate) : null });
      })
      .catch((caught) => setError(errorMessage(caught)));
  }, [id, isNew, form]);
  useEffect(load, [load]);

  const save = async (values: FormValues) => {
    setSaving(true);
    try {
      const body: SavePolicy = { ...values, writtenDate: values.writtenDate ? values.writtenDate.format('YYYY-MM-DD') : null, attachmentIds: attachments.map((file) => file.id) };
      const saved = isNew ? await api.admin.policies.create(body) : await api.admin.policies.update(Number(id), body);
      message.success('已保存');
      if (isNew) navigate(`/policies/${saved.id}`, { replace: true });
      else setPolicy(saved);
    } catch (caught) {
      message.error(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Result status="error" title="文件加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!isNew && !policy) return <Spin tip="正在加载…" style={{ display: 'block', marginTop: 80 }} />;
  const editable = isNew || ['draft', 'returned', 'withdrawn'].includes(policy!.status);

  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Card
          title={
            <Space>
              <Link to="/policies">政策文件</Link>/<PageHeading title={isNew ? '新建政策文件' : policy!.title} />
              {policy && <ContentStatusTag status={policy.status} label={policy.statusLabel} />}
            </Space>
          }
        >
          {editable ? (
            <Form form={form} layout="vertical" onFinish={save} requiredMark="optional">
              <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
                <Input maxLength={200} showCount />
              </Form.Item>
              <Row gutter={12}>
                <Col span={8}><Form.Item name="documentNumber" label="文号"><Input placeholder="威工信发〔2026〕12号" /></Form.Item></Col>
                <Col span={8}><Form.Item name="issuingBody" label="发文机关" rules={[{ required: true, message: '请填写发文机关' }]}><Input /></Form.Item></Col>
                <Col span={8}><Form.Item name="indexNumber" label="索引号"><Input /></Form.Item></Col>
              </Row>
              <Row gutter={12}>
                <Col span={8}><Form.Item name="writtenDate" label="成文日期"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
                <Col span={8}>
                  <Form.Item name="validity" label="效力">
                    <Select options={Object.entries(POLICY_VALIDITY_LABELS).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="disclosureAttribute" label="公开属性">
                    <Select options={Object.entries(DISCLOSURE_ATTRIBUTE_LABELS).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="catalogNodeId" label="主动公开目录">
                <TreeSelect treeData={catalogOptions(catalog)} allowClear showSearch treeNodeFilterProp="title" placeholder="选择所属目录栏目" />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}><Form.Item name="topicTags" label="主题标签"><Select mode="tags" placeholder="输入后回车" /></Form.Item></Col>
                <Col span={12}><Form.Item name="enterpriseTags" label="企业标签（定向推送）"><Select mode="tags" placeholder="如：制造业、中小企业" /></Form.Item></Col>
              </Row>
              <Form.Item name="bodyHtml" label="正文" rules={[{ required: true, message: '请填写正文' }]}>
                <RichTextEditor />
              </Form.Item>
              <Form.Item label="附件（PDF、Word、Excel）">
                <AttachmentUpload files={attachments} onChange={setAttachments} />
              </Form.Item>
              <Form.Item name="needsInterpretation" label="需要政策解读" valuePropName="checked" extra="重要政策文件须在发布后 3 个工作日内同步解读">
                <Switch />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving}>保存</Button>
            </Form>
          ) : (
            <ReadOnlyPolicy policy={policy!} onChanged={setPolicy} />
          )}
        </Card>
      </Col>
      {policy && (
        <Col xs={24} xl={8}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <WorkflowPanel workflow={policy} onReview={async (request) => setPolicy(await api.admin.policies.review(policy.id, request))} />
            <Card size="small" title="政策解读" extra={<Link to={`/interpretations/new?policyId=${policy.id}`}>新增解读</Link>}>
              <List
                size="small"
                locale={{ emptyText: '尚无解读' }}
                dataSource={policy.interpretations}
                renderItem={(item) => (
                  <List.Item>
                    <Link to={`/interpretations/${item.id}`}>{item.title}</Link>
                    <Space><Typography.Text type="secondary">{item.formLabel}</Typography.Text><ContentStatusTag status={item.status} label={item.statusLabel} /></Space>
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        </Col>
      )}
    </Row>
  );
}

function ReadOnlyPolicy({ policy, onChanged }: { policy: StaffPolicyView; onChanged: (policy: StaffPolicyView) => void }) {
  const { message } = App.useApp();
  const changeValidity = async (validity: PolicyValidity) => {
    try {
      onChanged(await api.admin.policies.changeValidity(policy.id, validity));
      message.success('效力已更新');
    } catch (caught) {
      message.error(errorMessage(caught));
    }
  };
  return (
    <>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="文号">{policy.documentNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="发文机关">{policy.issuingBody}</Descriptions.Item>
        <Descriptions.Item label="索引号">{policy.indexNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="成文日期">{policy.writtenDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="发布日期">{policy.publishedAt ? chinaDateOfInstant(policy.publishedAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label="目录">{policy.catalogNodeName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="效力">
          {policy.status === 'published' ? (
            <Select size="small" value={policy.validity} style={{ width: 100 }} onChange={changeValidity} options={Object.entries(POLICY_VALIDITY_LABELS).map(([value, label]) => ({ value, label }))} />
          ) : (
            policy.validityLabel
          )}
          {policy.replacedBy && <> · 被《{policy.replacedBy.title}》替代</>}
        </Descriptions.Item>
        <Descriptions.Item label="公开属性">{policy.disclosureAttributeLabel}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>审查中或已发布的文件不能修改正文；如需更正，请由发布员撤回后修改，再重新提交审查。</Typography.Paragraph>
      <div className="policy-body" dangerouslySetInnerHTML={{ __html: policy.bodyHtml }} />
      {policy.attachments.length > 0 && (
        <List size="small" header="附件" dataSource={policy.attachments} renderItem={(file) => <List.Item><a href={file.url}>{file.name}</a></List.Item>} />
      )}
    </>
  );
}
