import { LetterTemplateView } from '@govopen/contracts';
import { composeLetter, LETTER_PLACEHOLDERS, LetterFacts, LetterKind, Outcome } from '@govopen/domain';
import { Alert, App, Button, Card, Col, Input, Menu, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

/** Made-up facts, so the preview reads like a real letter while the wording is edited. */
const SAMPLE: LetterFacts = {
  agencyName: '威海市工业和信息化局',
  reviewBody: '威海市人民政府',
  trackingNumber: 'YSQ2024092700001',
  applicantName: '张三',
  requestTitle: '2024年工业企业技术改造专项资金分配结果',
  receivedDate: '2024-09-27',
  issuedDate: '2024-10-15',
  note: '企业获得的资金金额涉及商业秘密，不予公开。',
  supplementItems: '请写明所需文件的发文年份和文号',
  supplementDueDate: '2024-10-18',
  extensionDays: 20,
  extensionReason: '需与第三方进一步沟通',
  newDueDate: '2024-11-27',
  consultedParty: 'third_party',
  consultedName: '威海某某机械有限公司',
  consultationQuestion: '是否同意公开贵公司获得的资金金额',
  consultationDueDate: '2024-10-29',
  feeYuan: 100,
  feeBasis: '按件计收，本月申请数量超过 10 件',
  referral: '威海市财政局',
  referralContact: '0631-5233000，威海市环翠区统一路 39 号',
  reasonsDueDate: '2024-10-22',
  laterDueDate: '2024-12-20',
  laterDeadlineReason: '申请涉及的信息分散在多个年度的档案中，需逐件检索',
};

function kindOf(key: string): { kind: LetterKind; outcome?: Outcome } {
  return key.startsWith('reply:') ? { kind: 'reply', outcome: key.slice(6) as Outcome } : { kind: key as LetterKind };
}

/** 文书模板: each letter's wording per agency; the case's facts, the article and the remedies are filled in. */
export function LetterTemplatesPage() {
  const { message } = App.useApp();
  const [templates, setTemplates] = useState<LetterTemplateView[]>([]);
  const [selected, setSelected] = useState('supplement');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.admin.letterTemplates
      .list()
      .then(setTemplates)
      .catch((caught) => setError(errorMessage(caught)));
  }, []);
  const current = templates.find((template) => template.key === selected);
  useEffect(() => {
    if (!current) return;
    setTitle(current.title);
    setBody(current.paragraphs.join('\n'));
    setError(null);
  }, [current]);

  const paragraphs = useMemo(() => body.split('\n').map((line) => line.trim()).filter(Boolean), [body]);
  const preview = useMemo(() => {
    const { kind, outcome } = kindOf(selected);
    return composeLetter(kind, { ...SAMPLE, outcome }, { title, paragraphs });
  }, [selected, title, paragraphs]);

  const replace = (next: LetterTemplateView) => setTemplates((list) => list.map((template) => (template.key === next.key ? next : template)));
  const save = async () => {
    setSaving(true);
    try {
      replace(await api.admin.letterTemplates.save(selected, { title, paragraphs }));
      message.success('模板已保存，之后生成的文书使用新的措辞');
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };
  const reset = async () => {
    try {
      replace(await api.admin.letterTemplates.reset(selected));
      message.success('已恢复默认措辞');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const menuItems = [
    { type: 'group' as const, label: '告知书与函件', children: templates.filter((t) => !t.key.startsWith('reply:')).map((t) => ({ key: t.key, label: <span>{t.label}{t.customized && <Tag color="orange" style={{ marginLeft: 6 }}>已修改</Tag>}</span> })) },
    { type: 'group' as const, label: '答复告知书（按答复结果）', children: templates.filter((t) => t.key.startsWith('reply:')).map((t) => ({ key: t.key, label: <span title={t.label}>{t.label.replace('答复告知书 · ', '')}{t.customized && <Tag color="orange" style={{ marginLeft: 6 }}>已修改</Tag>}</span> })) },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PageHeading>文书模板</PageHeading>
      <Typography.Text type="secondary">
        可调整各类告知书的措辞。案件事实（受理编号、日期、答复结果、法律条款）和救济途径由系统按案件填入，不能删除必需的占位符。
      </Typography.Text>
      <Row gutter={16}>
        <Col xs={24} lg={6}>
          <Card size="small" styles={{ body: { padding: 0, maxHeight: 640, overflow: 'auto' } }}>
            <Menu mode="inline" selectedKeys={[selected]} items={menuItems} onClick={({ key }) => setSelected(key)} style={{ borderInlineEnd: 'none' }} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={current?.label ?? '模板'} size="small" extra={current?.customized ? <Typography.Text type="secondary">{current.updatedBy} 修改于 {current.updatedAt?.slice(0, 10)}</Typography.Text> : <Tag>默认措辞</Tag>}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input value={title} onChange={(event) => setTitle(event.target.value)} aria-label="模板标题" maxLength={100} />
              <Input.TextArea value={body} onChange={(event) => setBody(event.target.value)} aria-label="模板正文" autoSize={{ minRows: 10, maxRows: 24 }} />
              <Typography.Text type="secondary">每行一段。点击占位符插入到末尾：</Typography.Text>
              <div>
                {Object.entries(LETTER_PLACEHOLDERS).map(([name, description]) => (
                  <Tag key={name} title={description} style={{ cursor: 'pointer', marginBottom: 6 }} onClick={() => setBody((text) => `${text}{{${name}}}`)}>
                    {`{{${name}}}`}
                  </Tag>
                ))}
              </div>
              {error && <Alert type="error" showIcon message={error} data-testid="template-error" />}
              <Space>
                <Button type="primary" loading={saving} onClick={save}>
                  保存模板
                </Button>
                {current?.customized && (
                  <Popconfirm title="恢复为系统默认措辞？" okText="恢复" cancelText="取消" onConfirm={reset}>
                    <Button>恢复默认</Button>
                  </Popconfirm>
                )}
              </Space>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title="预览（示例案件）" size="small">
            {preview && (
              <div className="letter-preview" data-testid="template-preview">
                <Typography.Title level={4} style={{ textAlign: 'center' }}>
                  {preview.title}
                </Typography.Title>
                <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
                  {preview.number}
                </Typography.Paragraph>
                <Typography.Paragraph>{preview.recipient}</Typography.Paragraph>
                {preview.paragraphs.map((paragraph, index) => (
                  <Typography.Paragraph key={index} style={{ textIndent: '2em' }}>
                    {paragraph}
                  </Typography.Paragraph>
                ))}
                <Typography.Paragraph style={{ textAlign: 'right' }}>
                  {preview.signature}
                  <br />
                  {preview.date}
                </Typography.Paragraph>
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
