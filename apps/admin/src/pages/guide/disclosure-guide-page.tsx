import { DisclosureGuideAdminView, DisclosureGuideSection, DisclosureGuideText, DisclosureGuideVersionView } from '@govopen/contracts';
import { composeDisclosureGuide, DISCLOSURE_GUIDE_FIELD_LABELS, formatChinaDateTime } from '@govopen/domain';
import { Alert, App, Button, Card, Col, Drawer, Input, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

const EMPTY: DisclosureGuideText = { proactive: '', application: '', address: '', officeHours: '', phone: '', remedies: '' };

/** Long sections are "每行一段" text; the contact lines are one line each. */
const FIELDS: { field: keyof DisclosureGuideText; rows?: number; hint?: string }[] = [
  { field: 'proactive', rows: 5, hint: '公开渠道、栏目位置、检索方法' },
  { field: 'application', rows: 6, hint: '网络、当面、信函、传真等申请渠道和申请表的写法' },
  { field: 'address' },
  { field: 'officeHours' },
  { field: 'phone' },
  { field: 'remedies', rows: 5, hint: '行政复议机关、诉讼、投诉举报渠道' },
];

export function GuideSections({ sections }: { sections: DisclosureGuideSection[] }) {
  return (
    <div data-testid="guide-preview">
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`guide-${section.key}`}>
          <Typography.Title level={3} id={`guide-${section.key}`} style={{ fontSize: 16 }}>
            {section.title}
            {section.statutory && <Tag style={{ marginLeft: 8, fontWeight: 'normal' }}>依法生成，不可编辑</Tag>}
          </Typography.Title>
          {section.paragraphs.map((paragraph, index) => (
            <Typography.Paragraph key={index} style={{ textIndent: '2em' }}>
              {paragraph}
            </Typography.Paragraph>
          ))}
        </section>
      ))}
    </div>
  );
}

/** 公开指南 (条例 Art. 12): the office edits the agency's sections; the time limits and fees are the law's. */
export function DisclosureGuidePage() {
  const { message } = App.useApp();
  const [view, setView] = useState<DisclosureGuideAdminView | null>(null);
  const [text, setText] = useState<DisclosureGuideText>(EMPTY);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [opened, setOpened] = useState<DisclosureGuideVersionView | null>(null);

  const show = (next: DisclosureGuideAdminView) => {
    setView(next);
    setText(next.current?.text ?? EMPTY);
  };
  const load = () => {
    setLoadError(null);
    api.admin.disclosureGuide
      .get()
      .then(show)
      .catch((caught) => setLoadError(errorMessage(caught)));
  };
  useEffect(load, []);

  const preview = useMemo(() => composeDisclosureGuide(text), [text]);
  const changed = view !== null && JSON.stringify(text) !== JSON.stringify(view.current?.text ?? EMPTY);

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const next = await api.admin.disclosureGuide.save(text);
      show(next);
      message.success(`已保存为第 ${next.current?.version} 版，小程序即刻显示新版本`);
    } catch (caught) {
      setSaveError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };
  const openVersion = (version: number) => {
    api.admin.disclosureGuide
      .version(version)
      .then(setOpened)
      .catch((caught) => message.error(errorMessage(caught)));
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PageHeading>政府信息公开指南</PageHeading>
      <Typography.Text type="secondary">
        依据《中华人民共和国政府信息公开条例》第十二条编制并及时更新。答复期限和信息处理费两节由系统按条例和国办函〔2020〕109号生成；每次保存都会生成新版本，历史版本可随时查看。
      </Typography.Text>
      {loadError && (
        <Alert type="error" showIcon message={loadError} action={<Button onClick={load}>重试</Button>} />
      )}
      {!view && !loadError && <Spin tip="正在加载…"><div style={{ height: 120 }} /></Spin>}
      {view && (
        <>
          {!view.current && <Alert type="warning" showIcon message="本机关还没有公开指南：填写下列各节并保存后，小程序“公开指南”页即可显示。" />}
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Card
                title="编辑"
                size="small"
                extra={view.current ? <Typography.Text type="secondary">当前第 {view.current.version} 版 · {view.current.savedBy} 保存于 {formatChinaDateTime(view.current.savedAt)}</Typography.Text> : null}
              >
                <Space direction="vertical" style={{ width: '100%' }}>
                  {FIELDS.map(({ field, rows, hint }) => (
                    <label key={field} style={{ display: 'block' }}>
                      <Typography.Text strong>{DISCLOSURE_GUIDE_FIELD_LABELS[field]}</Typography.Text>
                      {hint && <Typography.Text type="secondary">（{hint}；每行一段）</Typography.Text>}
                      {rows ? (
                        <Input.TextArea value={text[field]} onChange={(event) => setText({ ...text, [field]: event.target.value })} autoSize={{ minRows: rows, maxRows: 16 }} maxLength={4000} data-testid={`guide-${field}`} />
                      ) : (
                        <Input value={text[field]} onChange={(event) => setText({ ...text, [field]: event.target.value })} maxLength={field === 'phone' ? 100 : 200} data-testid={`guide-${field}`} />
                      )}
                    </label>
                  ))}
                  {saveError && <Alert type="error" showIcon message={saveError} data-testid="guide-error" />}
                  <Space>
                    <Button type="primary" loading={saving} disabled={!changed} onClick={save}>
                      保存为新版本
                    </Button>
                    {changed && <Button onClick={() => setText(view.current?.text ?? EMPTY)}>放弃修改</Button>}
                  </Space>
                </Space>
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title="预览（居民在小程序中看到的内容）" size="small">
                <GuideSections sections={preview} />
              </Card>
            </Col>
          </Row>
          <Card title="历史版本" size="small">
            <Table
              rowKey="version"
              size="small"
              pagination={false}
              dataSource={view.history}
              locale={{ emptyText: '还没有保存过' }}
              columns={[
                { title: '版本', dataIndex: 'version', width: 90, render: (version: number) => `第 ${version} 版` },
                { title: '保存人', dataIndex: 'savedBy' },
                { title: '保存时间', dataIndex: 'savedAt', render: (at: string) => formatChinaDateTime(at) },
                {
                  title: '操作',
                  key: 'open',
                  width: 100,
                  render: (_, row) => (
                    <Button type="link" onClick={() => openVersion(row.version)} aria-label={`查看第 ${row.version} 版`}>
                      查看
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
      <Drawer
        open={opened !== null}
        onClose={() => setOpened(null)}
        width={640}
        title={opened ? `第 ${opened.version} 版 · ${opened.savedBy} · ${formatChinaDateTime(opened.savedAt)}` : ''}
        styles={{ body: { overflow: 'hidden', padding: 0 } }}
      >
        {/* The version scrolls in a region the keyboard can reach (axe: scrollable-region-focusable). */}
        <div tabIndex={0} role="region" aria-label="历史版本内容" style={{ height: '100%', overflow: 'auto', padding: 24 }}>
          {opened && <GuideSections sections={opened.sections} />}
        </div>
      </Drawer>
    </Space>
  );
}
