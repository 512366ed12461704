import { DownloadOutlined } from '@ant-design/icons';
import {
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_STEP_LABELS,
  AnnualReportSectionKey,
  AnnualReportSections,
  AnnualReportStep,
  AnnualReportSummary,
  AnnualReportView,
  ReportingBodyKind,
  StaffRole,
  Table2,
} from '@govopen/contracts';
import { chinaDateOfInstant, chinaToday, currentReportYear, describeReportCell, formatChinaDate, formatChinaDateTime, parseReportCell } from '@govopen/domain';
import { Alert, App, Button, Card, Col, Descriptions, Input, InputNumber, Modal, Result, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { api, errorMessage, tokenStore } from '../../api/client';
import { useSession } from '../../auth/session';
import { CountdownText } from './countdown-text';
import { ImportPastReportModal } from './import-past-report-modal';
import { ReportChecksCard } from './report-checks-card';
import { Table2Editor, Table3View, Table4View } from './report-tables';
import { PageHeading } from '../../layout/page-heading';

const STATUS_COLORS = { draft: 'default', in_review: 'processing', published: 'success' } as const;
const KIND_OPTIONS: { value: ReportingBodyKind; label: string }[] = [
  { value: 'department', label: '政府部门（1月31日前公布）' },
  { value: 'government', label: '人民政府（3月31日前公布）' },
];

/** /annual-reports: the year staff work on now. */
export function AnnualReportIndex() {
  return <Navigate to={`/annual-reports/${currentReportYear(chinaToday())}`} replace />;
}

interface Draft {
  kind: ReportingBodyKind;
  sections: AnnualReportSections;
  table2: Table2;
}

const draftOf = (view: AnnualReportView): Draft => ({ kind: view.kind, sections: view.sections, table2: view.table2 });

/**
 * 政府信息公开工作年度报告 of one year: the six parts, the tables in the official layout with their checks beside them,
 * overrides with reasons, and the workflow (draft → a second person's review → publication, then frozen).
 */
export function AnnualReportPage() {
  const year = Number(useParams().year);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { profile, hasRole } = useSession();
  const [importing, setImporting] = useState(false);
  const [view, setView] = useState<AnnualReportView | null>(null);
  const [years, setYears] = useState<AnnualReportSummary[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [overrideValue, setOverrideValue] = useState<number | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [returning, setReturning] = useState(false);
  const [returnComment, setReturnComment] = useState('');

  const show = useCallback((loaded: AnnualReportView) => {
    setView(loaded);
    setDraft(draftOf(loaded));
    setDirty(false);
  }, []);
  const load = useCallback(() => {
    setError(null);
    setView(null);
    api.admin.annualReports.get(year).then(show).catch((caught) => setError(errorMessage(caught)));
  }, [year, show]);
  useEffect(load, [load]);
  useEffect(() => {
    api.admin.annualReports.list().then(setYears).catch(() => setYears([]));
  }, [view?.status]);

  if (!Number.isInteger(year)) return <Navigate to="/annual-reports" replace />;
  const importModal = (
    <ImportPastReportModal
      open={importing}
      onClose={() => setImporting(false)}
      onImported={(summary) => {
        setImporting(false);
        navigate(`/annual-reports/${summary.year}`);
      }}
    />
  );
  const yearSelect = (
    <Select
      value={year}
      onChange={(next) => navigate(`/annual-reports/${next}`)}
      options={[...new Set([currentReportYear(chinaToday()), year, ...years.map((item) => item.year)])]
        .sort((a, b) => b - a)
        .map((value) => ({ value, label: years.find((item) => item.year === value)?.source === 'imported' ? `${value}年度（导入）` : `${value}年度` }))}
      aria-label="报告年度"
      style={{ width: 170 }}
    />
  );
  const importButton = hasRole(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN) && <Button onClick={() => setImporting(true)}>导入往年报告</Button>;
  // An imported past report is its text alone: the console points to its public page instead of tables to edit.
  if (years.find((item) => item.year === year)?.source === 'imported') {
    return (
      <>
        <Result
          status="info"
          title={`${year}年度报告为导入的往年报告`}
          subTitle="该报告在本系统上线前已经公开，这里只保存其全文，没有系统计算的表格。"
          extra={
            <Space wrap>
              {yearSelect}
              <Button type="primary" href={`/api${api.annualReports.htmlPath(year)}`} target="_blank">查看公开页面</Button>
              {importButton}
            </Space>
          }
        />
        {importModal}
      </>
    );
  }
  if (error) return <Result status="warning" title={`${year}年度报告加载失败`} subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  if (!view || !draft) return <Skeleton active paragraph={{ rows: 12 }} />;

  const editable = view.allowedSteps.includes('edit');
  const edit = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
  };
  const run = async (key: string, action: () => Promise<AnnualReportView>, done: string) => {
    setBusy(key);
    try {
      show(await action());
      message.success(done);
      return true;
    } catch (caught) {
      message.error(errorMessage(caught));
      return false;
    } finally {
      setBusy(null);
    }
  };
  const save = () => run('save', () => api.admin.annualReports.save(year, draft), '已保存，检查结果已更新');
  const step = (action: AnnualReportStep) => {
    const reports = api.admin.annualReports;
    if (action === 'return') return setReturning(true);
    if (action === 'publish') {
      return modal.confirm({
        title: `公开${year}年度报告`,
        content: '公开后报告即在网站和小程序发布，表中数字冻结，不能再修改。确定公开吗？',
        okText: '确定',
        cancelText: '取消',
        onOk: () => run('publish', () => reports.publish(year), '报告已公开'),
      });
    }
    const calls = { submit: () => reports.submit(year), approve: () => reports.approve(year), edit: () => reports.get(year) };
    const done = { submit: '已提交审核', approve: '审核已通过，可以公开', edit: '' };
    return run(action, calls[action], done[action]);
  };
  const pickCell = (cell: string) => {
    const existing = view.overrides.find((item) => item.cell === cell);
    const parsed = parseReportCell(cell)!;
    const value = parsed.table === 'table3' ? (view.table3.rows as Record<string, Record<string, number>>)[parsed.row][parsed.column] : view.table4[parsed.group][parsed.cell];
    setPicked(cell);
    setOverrideValue(value);
    setOverrideReason(existing?.reason ?? '');
  };
  const pickedOverride = view.overrides.find((item) => item.cell === picked);
  const pickedLabel = picked ? describeReportCell(parseReportCell(picked)!) : '';
  const waitingForOther = view.status === 'in_review' && view.workflow.approvedBy === null && view.workflow.submittedBy === profile?.displayName;

  const download = async (kind: 'docx' | 'xlsx') => {
    const path = kind === 'docx' ? api.admin.annualReports.docxPath(year) : api.admin.annualReports.xlsxPath(year);
    const response = await fetch(`/api${path}`, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
    if (!response.ok) return message.error('下载失败，请稍后重试');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${view.title}.${kind}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const sectionCard = (key: AnnualReportSectionKey, title: string, table?: React.ReactNode, hint?: React.ReactNode) => (
    <Card key={key} size="small" title={<h2 className="card-heading">{`${key}、${title}`}</h2>} style={{ marginBottom: 16 }} data-testid={`section-${key}`}>
      {hint}
      {editable ? (
        <Input.TextArea
          value={draft.sections[key]}
          onChange={(event) => edit({ sections: { ...draft.sections, [key]: event.target.value } })}
          autoSize={{ minRows: table ? 1 : 3, maxRows: 12 }}
          placeholder={table ? '表前说明（可不填）' : '请填写本部分内容'}
          aria-label={`${key}、${title}`}
        />
      ) : (
        draft.sections[key] && <Typography.Paragraph className="section-text">{draft.sections[key]}</Typography.Paragraph>
      )}
      {table && <div style={{ marginTop: 12 }}>{table}</div>}
    </Card>
  );

  return (
    <>
      <div className="page-header">
        <div>
          <PageHeading title={view.title} />
          <Space wrap size={[12, 4]}>
            <Tag color={STATUS_COLORS[view.status]} data-testid="report-status">{view.statusLabel}</Tag>
            <span>{view.layout === '2021' ? '国办公开办函〔2021〕30号格式' : '国办公开办函〔2019〕60号格式'}</span>
            <span>公布截止：{formatChinaDate(view.dueDate)}</span>
            {view.countdown && <CountdownText countdown={view.countdown} />}
          </Space>
        </div>
        <Space wrap>
          {yearSelect}
          <Button icon={<DownloadOutlined />} onClick={() => download('docx')}>下载 Word</Button>
          <Button icon={<DownloadOutlined />} onClick={() => download('xlsx')}>下载 Excel 表格</Button>
          {importButton}
        </Space>
      </div>

      {view.status === 'published' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="frozen-note"
          message={`本报告已于 ${view.workflow.publishedAt ? formatChinaDate(chinaDateOfInstant(view.workflow.publishedAt)) : ''} 公开，内容和数字均已冻结`}
          description="表中数字是提交审核时冻结的数字。此后办件的变化（如复议结果、补登记的申请）不会改变已公开的报告，将在下一年度报告中说明。"
        />
      )}
      {view.status === 'in_review' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="报告正在审核，表中数字已于提交时冻结" description="如需修改，请审核人退回后再改。" />
      )}
      {view.workflow.returnComment && view.status === 'draft' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="审核人退回修改" description={view.workflow.returnComment} data-testid="return-comment" />
      )}
      {view.laterChanges.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`按现有办件重新计算，有 ${view.laterChanges.length} 个数字与冻结的数字不同`}
          description={
            <ul className="plain-list">
              {view.laterChanges.map((change) => (
                <li key={change.cell}>
                  {change.label}：报告中为 {change.frozen}，现为 {change.recomputed}（请在下一年度报告中说明）
                </li>
              ))}
            </ul>
          }
        />
      )}

      <Row gutter={16} align="top">
        <Col xs={24} xl={17}>
          {editable && (
            <Card size="small" style={{ marginBottom: 16 }}>
              <Space wrap>
                <span id="kind-label">报告主体</span>
                <Select value={draft.kind} onChange={(kind) => edit({ kind })} options={KIND_OPTIONS} aria-labelledby="kind-label" style={{ width: 260 }} />
                <Typography.Text type="secondary">表三、表四的数字由办件数据自动计算；点击数字可人工修改（须写明原因）。</Typography.Text>
              </Space>
            </Card>
          )}
          {ANNUAL_REPORT_SECTIONS.map(({ key, title }) => {
            if (key === '二') return sectionCard(key, title, <Table2Editor table={draft.table2} onChange={editable ? (table2) => edit({ table2 }) : undefined} />);
            if (key === '三') return sectionCard(key, title, <Table3View layout={view.layout} table={view.table3} overrides={view.overrides} onPick={editable ? pickCell : undefined} />);
            if (key === '四') return sectionCard(key, title, <Table4View table={view.table4} overrides={view.overrides} onPick={editable ? pickCell : undefined} />);
            if (key === '六')
              return sectionCard(
                key,
                title,
                undefined,
                <Typography.Paragraph type="secondary">本年收取信息处理费 {view.feesCollected} 元{view.feesCollected > 0 ? '，本部分须写明“信息处理费”及金额' : ''}。</Typography.Paragraph>,
              );
            return sectionCard(key, title);
          })}
          {view.overrides.length > 0 && (
            <Card size="small" title={<h2 className="card-heading">人工修改的数字</h2>} style={{ marginBottom: 16 }} data-testid="overrides">
              <Table
                rowKey="cell"
                size="small"
                pagination={false}
                dataSource={view.overrides}
                columns={[
                  { title: '单元格', dataIndex: 'label' },
                  { title: '计算值', dataIndex: 'computed', width: 80 },
                  { title: '修改为', dataIndex: 'value', width: 80 },
                  { title: '原因', dataIndex: 'reason' },
                  { title: '修改人', render: (_, item) => `${item.by} · ${formatChinaDateTime(item.at)}` },
                ]}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={7}>
          <div className="report-side">
            <Card size="small" title={<h2 className="card-heading">审核与公开</h2>} style={{ marginBottom: 16 }} data-testid="report-workflow">
              {view.status === 'published' && <Typography.Paragraph>报告已公开，不能再修改。</Typography.Paragraph>}
              <Space wrap style={{ marginBottom: view.allowedSteps.length ? 12 : 0 }}>
                {editable && (
                  <Button type={dirty ? 'primary' : 'default'} loading={busy === 'save'} onClick={save} disabled={!dirty}>
                    {dirty ? '保存修改' : '已保存'}
                  </Button>
                )}
                {view.allowedSteps
                  .filter((action) => action !== 'edit')
                  .map((action) => (
                    <Button
                      key={action}
                      type={action === 'return' ? 'default' : 'primary'}
                      danger={action === 'return'}
                      loading={busy === action}
                      disabled={dirty && action === 'submit'}
                      onClick={() => step(action)}
                    >
                      {ANNUAL_REPORT_STEP_LABELS[action]}
                    </Button>
                  ))}
              </Space>
              {dirty && <Typography.Paragraph type="warning">有未保存的修改，保存后检查结果才会更新。</Typography.Paragraph>}
              {view.status === 'draft' && !view.allowedSteps.includes('submit') && editable && !dirty && (
                <Typography.Paragraph type="secondary">{view.checks.some((check) => !check.ok) ? '检查全部通过后才能提交审核。' : `${year}年结束后才能提交审核。`}</Typography.Paragraph>
              )}
              {waitingForOther && <Typography.Paragraph type="secondary">等待其他人员审核（起草人不能审核自己提交的报告）。</Typography.Paragraph>}
              {view.status === 'in_review' && view.workflow.approvedBy && !view.allowedSteps.includes('publish') && <Typography.Paragraph type="secondary">已审核通过，等待公开办负责人公开。</Typography.Paragraph>}
              <Descriptions column={1} size="small">
                <Descriptions.Item label="提交">{view.workflow.submittedBy ? `${view.workflow.submittedBy} · ${formatChinaDateTime(view.workflow.submittedAt!)}` : '—'}</Descriptions.Item>
                <Descriptions.Item label="审核">{view.workflow.approvedBy ? `${view.workflow.approvedBy} · ${formatChinaDateTime(view.workflow.approvedAt!)}` : '—'}</Descriptions.Item>
                <Descriptions.Item label="公开">{view.workflow.publishedBy ? `${view.workflow.publishedBy} · ${formatChinaDateTime(view.workflow.publishedAt!)}` : '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <ReportChecksCard checks={view.checks} />
          </div>
        </Col>
      </Row>

      <Modal
        open={picked !== null}
        title="人工修改数字"
        okText="保存修改"
        cancelText="取消"
        confirmLoading={busy === 'override'}
        okButtonProps={{ disabled: !overrideReason.trim() || overrideValue === null }}
        onCancel={() => setPicked(null)}
        onOk={async () => {
          if (picked && (await run('override', () => api.admin.annualReports.override(year, { cell: picked, value: overrideValue!, reason: overrideReason.trim() }), '已修改，检查结果已更新'))) setPicked(null);
        }}
        footer={(original) => (
          <Space>
            {pickedOverride && (
              <Button
                danger
                onClick={async () => {
                  if (await run('override', () => api.admin.annualReports.removeOverride(year, picked!), '已恢复计算值')) setPicked(null);
                }}
              >
                恢复计算值（{pickedOverride.computed}）
              </Button>
            )}
            {original}
          </Space>
        )}
      >
        <Typography.Paragraph strong>{pickedLabel}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">数字由办件数据计算得出。只有在系统外办理的事项未录入等情况下才人工修改；修改后该格带“*”标记，原因随报告公开。</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          <label htmlFor="override-value">修改为</label>
          <InputNumber id="override-value" min={0} precision={0} value={overrideValue} onChange={setOverrideValue} />
          <label htmlFor="override-reason">原因（必填）</label>
          <Input.TextArea id="override-reason" rows={3} value={overrideReason} onChange={(event) => setOverrideReason(event.target.value)} placeholder="如：纸质登记簿补录一件当面申请" />
        </Space>
      </Modal>

      <Modal
        open={returning}
        title="退回修改"
        okText="确定"
        cancelText="取消"
        confirmLoading={busy === 'return'}
        okButtonProps={{ disabled: !returnComment.trim() }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          if (await run('return', () => api.admin.annualReports.returnToDraft(year, returnComment.trim()), '已退回起草人')) {
            setReturning(false);
            setReturnComment('');
          }
        }}
      >
        <Input.TextArea rows={4} value={returnComment} onChange={(event) => setReturnComment(event.target.value)} placeholder="请写明需要修改的内容（必填）" aria-label="意见" />
      </Modal>
      {importModal}
    </>
  );
}
