import { Column, Line, Pie } from '@ant-design/charts';
import { AnnualReportView, MESSAGE_BOARD_LABELS, MessageBoard, MessageMonthStats, StaffConsultationSummary, Table3Row } from '@govopen/contracts';
import { chinaToday, currentReportYear } from '@govopen/domain';
import { Alert, Button, Card, Col, Empty, Result, Row, Select, Skeleton, Table, Typography } from 'antd';
import { ReactNode, useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { PageHeading } from '../../layout/page-heading';

const YEARS_BACK = 5;
/** The outcome groups of table 三 (三（一）…三（六）), each the sum of its leaves. */
const OUTCOME_GROUPS: { prefix: string; label: string }[] = [
  { prefix: '三（一）', label: '予以公开' },
  { prefix: '三（二）', label: '部分公开' },
  { prefix: '三（三）', label: '不予公开' },
  { prefix: '三（四）', label: '无法提供' },
  { prefix: '三（五）', label: '不予处理' },
  { prefix: '三（六）', label: '其他处理' },
];

interface Figures {
  year: number;
  months: MessageMonthStats[];
  reports: AnnualReportView[];
  consultations: StaffConsultationSummary[];
}

const percent = (value: number | null) => (value === null ? '—' : `${value}%`);
const sumRows = (rows: Record<string, Table3Row>, prefix: string) =>
  Object.entries(rows)
    .filter(([key]) => key.startsWith(prefix))
    .reduce((sum, [, row]) => sum + row.total, 0);

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

/**
 * 统计: what the API offers today, by month and by year. Messages from the published monthly statistics, requests from
 * each year's annual report (table 三, computed from the cases), consultations from the staff list.
 */
export function StatisticsPage() {
  const thisYear = currentReportYear(chinaToday());
  const [year, setYear] = useState(thisYear);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    setFigures(null);
    const today = chinaToday();
    const months = Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`).filter((month) => month <= today.slice(0, 7));
    const years = Array.from({ length: YEARS_BACK }, (_, index) => year - YEARS_BACK + 1 + index);
    Promise.all([
      Promise.all(months.map((month) => api.messages.stats(month))),
      Promise.all(years.map((reportYear) => api.admin.annualReports.get(reportYear))),
      api.admin.consultations.list(),
    ])
      .then(([monthStats, reports, consultations]) => setFigures({ year, months: monthStats, reports, consultations }))
      .catch((caught) => setError(errorMessage(caught)));
  }, [year]);
  useEffect(load, [load]);

  const header = (
    <div className="page-header">
      <div>
        <PageHeading>统计</PageHeading>
        <Typography.Text type="secondary">依申请公开按年度（与年度报告表三口径一致），留言按月，意见征集按年度</Typography.Text>
      </div>
      <Select
        value={year}
        onChange={setYear}
        options={Array.from({ length: 6 }, (_, index) => thisYear + 1 - index).map((value) => ({ value, label: `${value}年` }))}
        aria-label="统计年度"
        style={{ width: 120 }}
      />
    </div>
  );
  if (error) return <>{header}<Result status="warning" title="统计数据加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} /></>;
  if (!figures) return <>{header}<Skeleton active paragraph={{ rows: 12 }} /></>;

  const requestYears = figures.reports.map((report) => {
    const rows = report.table3.rows as Record<string, Table3Row>;
    return { year: report.year, received: rows['一'].total, carriedIn: rows['二'].total, decided: rows['三（七）'].total, carriedOut: rows['四'].total };
  });
  const requestBars = requestYears.flatMap((item) => [
    { year: `${item.year}年`, kind: '本年新收', count: item.received },
    { year: `${item.year}年`, kind: '本年办结', count: item.decided },
    { year: `${item.year}年`, kind: '结转下年', count: item.carriedOut },
  ]);
  const current = figures.reports.find((report) => report.year === figures.year)!;
  const outcomes = OUTCOME_GROUPS.map(({ prefix, label }) => ({ label, count: sumRows(current.table3.rows as Record<string, Table3Row>, prefix) }));
  const decided = outcomes.reduce((sum, item) => sum + item.count, 0);

  const monthLabel = (month: string) => `${Number(month.slice(5))}月`;
  const messageBars = figures.months.flatMap((stats) => [
    { month: monthLabel(stats.month), kind: '受理', count: stats.received },
    { month: monthLabel(stats.month), kind: '答复', count: stats.answered },
  ]);
  const messageRates = figures.months.flatMap((stats) => [
    ...(stats.onTimeRate === null ? [] : [{ month: monthLabel(stats.month), kind: '按期答复率', rate: stats.onTimeRate }]),
    ...(stats.satisfactionRate === null ? [] : [{ month: monthLabel(stats.month), kind: '满意率', rate: stats.satisfactionRate }]),
  ]);
  const boards = (Object.keys(MESSAGE_BOARD_LABELS) as MessageBoard[]).map((board) => {
    const received = figures.months.reduce((sum, stats) => sum + stats.byBoard[board].received, 0);
    const answered = figures.months.reduce((sum, stats) => sum + stats.byBoard[board].answered, 0);
    const onTime = figures.months.reduce((sum, stats) => sum + stats.byBoard[board].answeredOnTime, 0);
    return { board, label: MESSAGE_BOARD_LABELS[board], received, answered, onTimeRate: answered ? Math.round((onTime * 1000) / answered) / 10 : null };
  });
  const consultations = figures.consultations.filter((item) => item.startDate.startsWith(String(figures.year)));
  const messageCount = figures.months.reduce((sum, stats) => sum + stats.received + stats.answered, 0);

  return (
    <>
      {header}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <ChartCard
            title="依申请公开：近五年收到和办结"
            description="每年本年新收、本年办结和结转下年的申请数"
            empty={requestYears.every((item) => item.received + item.carriedIn === 0)}
            chart={<Column data={requestBars} xField="year" yField="count" colorField="kind" group axis={{ y: { title: '件' } }} />}
            table={
              <Table
                rowKey="year"
                size="small"
                pagination={false}
                dataSource={requestYears}
                columns={[
                  { title: '年度', dataIndex: 'year', render: (value) => `${value}年` },
                  { title: '本年新收', dataIndex: 'received' },
                  { title: '上年结转', dataIndex: 'carriedIn' },
                  { title: '本年办结', dataIndex: 'decided' },
                  { title: '结转下年', dataIndex: 'carriedOut' },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={`依申请公开：${figures.year}年办理结果`}
            description={`${figures.year}年办结 ${decided} 件的结果构成`}
            empty={decided === 0}
            chart={<Pie data={outcomes.filter((item) => item.count > 0)} angleField="count" colorField="label" innerRadius={0.5} label={{ text: 'count', position: 'outside' }} />}
            table={
              <Table
                rowKey="label"
                size="small"
                pagination={false}
                dataSource={outcomes}
                columns={[
                  { title: '办理结果', dataIndex: 'label' },
                  { title: '件数', dataIndex: 'count' },
                  { title: '占比', render: (_, item) => (decided ? `${Math.round((item.count * 1000) / decided) / 10}%` : '—') },
                ]}
              />
            }
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={`留言：${figures.year}年每月受理和答复`}
            description="每月受理和答复的留言数"
            empty={messageCount === 0}
            chart={<Column data={messageBars} xField="month" yField="count" colorField="kind" group axis={{ y: { title: '件' } }} />}
            table={
              <Table
                rowKey="month"
                size="small"
                pagination={false}
                dataSource={figures.months}
                columns={[
                  { title: '月份', dataIndex: 'month', render: monthLabel },
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
            title={`留言：${figures.year}年按期答复率和满意率`}
            description="每月按期答复率和满意率（百分比）"
            empty={messageRates.length === 0}
            chart={<Line data={messageRates} xField="month" yField="rate" colorField="kind" point axis={{ y: { title: '%' } }} scale={{ y: { domain: [0, 100] } }} />}
            table={
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
                ]}
              />
            }
          />
        </Col>
      </Row>
      <Card size="small" title={<h2 className="card-heading">{`意见征集：${figures.year}年`}</h2>} style={{ marginBottom: 16 }}>
        {consultations.length === 0 ? (
          <Empty description="该年度没有发起意见征集" />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={consultations}
            columns={[
              { title: '草案', dataIndex: 'title' },
              { title: '征集期', render: (_, item) => `${item.startDate} 至 ${item.endDate}` },
              { title: '收到意见', dataIndex: 'commentCount' },
            ]}
          />
        )}
      </Card>
      <Alert
        type="info"
        showIcon
        message="尚未提供的统计"
        description="依申请公开的按月收到/答复/按期/逾期、平均答复工作日和按科室统计，意见征集的采纳情况汇总，以及统计导出 Excel，需要接口提供统计数据后再上线。"
      />
    </>
  );
}
