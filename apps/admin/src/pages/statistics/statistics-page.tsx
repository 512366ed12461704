import { Column, Line, Pie } from '@ant-design/charts';
import { DownloadOutlined } from '@ant-design/icons';
import { MESSAGE_BOARD_LABELS, MessageBoard, RequestFigures, StatisticsReport } from '@govopen/contracts';
import { chinaToday, currentReportYear, formatChinaDate } from '@govopen/domain';
import { App, Button, Card, Col, Descriptions, Empty, Result, Row, Select, Skeleton, Space, Table, Typography } from 'antd';
import { ReactNode, useCallback, useEffect, useState } from 'react';
import { api, errorMessage, tokenStore } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);
const days = (value: number | null) => (value === null ? '—' : `${value} 个工作日`);
const MONTHS = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);

/** A chart and the same figures as a table under it: the table is what a screen reader (and a clerk copying) reads. */
function ChartCard({ title, description, chart, table, empty }: { title: string; description: string; chart: ReactNode; table: ReactNode; empty: boolean }) {
  return (
    <Card size="small" title={<h2 className="card-heading">{title}</h2>} style={{ marginBottom: 16 }} data-testid="chart-card">
      {empty ? (
        <Empty description="该年度暂无数据" />
      ) : (
        <>
          <figure role="img" aria-label={`${title}图表：${description}，数字见下表`} style={{ margin: 0, height: 280 }} data-testid="chart">
            {chart}
          </figure>
          <div style={{ marginTop: 12 }}>{table}</div>
        </>
      )}
    </Card>
  );
}

const requestColumns = (first: string) => [
  { title: first, dataIndex: 'label' },
  { title: '收到申请', dataIndex: 'received' },
  { title: '办结', dataIndex: 'answered' },
  { title: '按时办结', dataIndex: 'answeredOnTime' },
  { title: '逾期', dataIndex: 'overdue' },
  { title: '平均答复用时', dataIndex: 'averageWorkingDays', render: days },
];

/**
 * 统计: a year of 依申请公开 (by month, outcome and unit, deadlines in working days), messages (by month and board) and
 * 意见征集, computed by the API from the case facts; the office sees the agency, a unit its own cases.
 */
export function StatisticsPage() {
  const { message } = App.useApp();
  const thisYear = currentReportYear(chinaToday());
  const [year, setYear] = useState(thisYear);
  const [report, setReport] = useState<StatisticsReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    setReport(null);
    api.admin.statistics
      .get(year)
      .then(setReport)
      .catch((caught) => setError(errorMessage(caught)));
  }, [year]);
  useEffect(load, [load]);

  const download = async () => {
    const response = await fetch(`/api${api.admin.statistics.xlsxPath(year)}`, { headers: { authorization: `Bearer ${tokenStore.get()}` } });
    if (!response.ok) return message.error('导出失败，请稍后重试');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${report?.scopeName ?? ''}${year}年统计.xlsx`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const header = (
    <div className="page-header">
      <div>
        <PageHeading>统计</PageHeading>
        <Typography.Text type="secondary">
          {report ? `${report.scopeName}${report.scope === 'unit' ? '（本科室办理的事项）' : ''}，数据截至 ${formatChinaDate(report.asOf)}` : '依申请公开、留言和意见征集，按年度和月份'}
        </Typography.Text>
      </div>
      <Space>
        <Select
          value={year}
          onChange={setYear}
          options={Array.from({ length: 6 }, (_, index) => thisYear + 1 - index).map((value) => ({ value, label: `${value}年` }))}
          aria-label="统计年度"
          style={{ width: 120 }}
        />
        <Button icon={<DownloadOutlined />} onClick={download} disabled={!report}>导出 Excel</Button>
      </Space>
    </div>
  );
  if (error) return <>{header}<Result status="warning" title="统计数据加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} /></>;
  if (!report) return <>{header}<Skeleton active paragraph={{ rows: 12 }} /></>;

  const requests = report.requests;
  const requestRows = [...requests.months.map((figures, index) => ({ label: MONTHS[index], ...figures })), { label: '全年', ...requests.total }];
  const requestBars = requests.months.flatMap((figures, index) => [
    { month: MONTHS[index], kind: '收到申请', count: figures.received },
    { month: MONTHS[index], kind: '办结', count: figures.answered },
    { month: MONTHS[index], kind: '逾期', count: figures.overdue },
  ]);
  const decided = requests.outcomes.reduce((sum, item) => sum + item.count, 0);
  const unitRows = requests.units.map((row) => ({ label: row.unitName, key: row.unitId ?? 0, ...row.figures }));

  const messages = report.messages;
  const messageRows = [...messages.months.map((stats, index) => ({ ...stats, label: MONTHS[index] })), { ...messages.total, label: '全年' }];
  const messageBars = messages.months.flatMap((stats, index) => [
    { month: MONTHS[index], kind: '受理', count: stats.received },
    { month: MONTHS[index], kind: '答复', count: stats.answered },
  ]);
  const messageRates = messages.months.flatMap((stats, index) => [
    ...(stats.onTimeRate === null ? [] : [{ month: MONTHS[index], kind: '按期答复率', rate: stats.onTimeRate }]),
    ...(stats.satisfactionRate === null ? [] : [{ month: MONTHS[index], kind: '满意率', rate: stats.satisfactionRate }]),
  ]);
  const boards = (Object.keys(MESSAGE_BOARD_LABELS) as MessageBoard[]).map((board) => ({ board, label: MESSAGE_BOARD_LABELS[board], ...messages.total.byBoard[board] }));
  const consultations = report.consultations;
  const empty = (figures: RequestFigures) => figures.received + figures.answered + figures.overdue === 0;

  return (
    <>
      {header}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <ChartCard
            title={`依申请公开：${report.year}年每月收到、办结和逾期`}
            description="每月收到、办结和逾期的申请数；逾期按答复期限（工作日）所在月份计"
            empty={empty(requests.total)}
            chart={<Column data={requestBars} xField="month" yField="count" colorField="kind" group axis={{ y: { title: '件' } }} />}
            table={<Table rowKey="label" size="small" pagination={false} dataSource={requestRows} columns={requestColumns('月份')} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={`依申请公开：${report.year}年办理结果`}
            description={`${report.year}年办结 ${decided} 件的结果构成（年度报告表三口径）`}
            empty={decided === 0}
            chart={<Pie data={requests.outcomes.filter((item) => item.count > 0)} angleField="count" colorField="group" innerRadius={0.5} label={{ text: 'count', position: 'outside' }} />}
            table={
              <Table
                rowKey="group"
                size="small"
                pagination={false}
                dataSource={requests.outcomes}
                columns={[
                  { title: '办理结果', dataIndex: 'group' },
                  { title: '件数', dataIndex: 'count' },
                  { title: '占比', render: (_, item) => (decided ? `${Math.round((item.count * 1000) / decided) / 10}%` : '—') },
                ]}
              />
            }
          />
          <Card size="small" title={<h2 className="card-heading">{`依申请公开：${report.year}年按承办科室`}</h2>} style={{ marginBottom: 16 }}>
            {unitRows.length ? <Table rowKey="key" size="small" pagination={false} dataSource={unitRows} columns={requestColumns('承办科室')} /> : <Empty description="该年度暂无数据" />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={`留言：${report.year}年每月受理和答复`}
            description="每月受理和答复的留言数"
            empty={messages.total.received + messages.total.answered === 0}
            chart={<Column data={messageBars} xField="month" yField="count" colorField="kind" group axis={{ y: { title: '件' } }} />}
            table={
              <Table
                rowKey="label"
                size="small"
                pagination={false}
                dataSource={messageRows}
                columns={[
                  { title: '月份', dataIndex: 'label' },
                  { title: '受理', dataIndex: 'received' },
                  { title: '答复', dataIndex: 'answered' },
                  { title: '按期答复', dataIndex: 'answeredOnTime' },
                  { title: '按期答复率', dataIndex: 'onTimeRate', render: percent },
                  { title: '评价', dataIndex: 'rated' },
                  { title: '满意率', dataIndex: 'satisfactionRate', render: percent },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={`留言：${report.year}年按期答复率和满意率`}
            description="每月按期答复率和满意率（百分比）"
            empty={messageRates.length === 0}
            chart={<Line data={messageRates} xField="month" yField="rate" colorField="kind" point axis={{ y: { title: '%' } }} scale={{ y: { domain: [0, 100] } }} />}
            table={
              <>
                <Typography.Paragraph>全年答复率 {percent(messages.replyRate)}（本年受理的留言中已答复的比例）</Typography.Paragraph>
                <Table
                  rowKey="board"
                  size="small"
                  pagination={false}
                  dataSource={boards}
                  columns={[
                    { title: '栏目', dataIndex: 'label' },
                    { title: '全年受理', dataIndex: 'received' },
                    { title: '全年答复', dataIndex: 'answered' },
                    { title: '按期答复率', dataIndex: 'onTimeRate', render: percent },
                    { title: '满意率', dataIndex: 'satisfactionRate', render: percent },
                  ]}
                />
              </>
            }
          />
        </Col>
      </Row>
      <Card size="small" title={<h2 className="card-heading">{`意见征集：${report.year}年`}</h2>} style={{ marginBottom: 16 }} data-testid="consultation-statistics">
        {consultations.consultations === 0 ? (
          <Empty description="该年度没有截止的意见征集" />
        ) : (
          <Descriptions size="small" column={{ xs: 1, md: 4 }} bordered>
            <Descriptions.Item label="征集项数">{consultations.consultations}</Descriptions.Item>
            <Descriptions.Item label="已结束">{consultations.closed}</Descriptions.Item>
            <Descriptions.Item label="已公布采纳情况">{consultations.adoptionPublished}</Descriptions.Item>
            <Descriptions.Item label="收到意见">{consultations.comments}</Descriptions.Item>
            <Descriptions.Item label="采纳">{consultations.adopted}</Descriptions.Item>
            <Descriptions.Item label="部分采纳">{consultations.partiallyAdopted}</Descriptions.Item>
            <Descriptions.Item label="未采纳">{consultations.notAdopted}</Descriptions.Item>
            <Descriptions.Item label="采纳率">{percent(consultations.adoptionRate)}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </>
  );
}
