import { formatChinaDate } from '@govopen/domain';
import { CalendarOutlined, TeamOutlined, ApartmentOutlined } from '@ant-design/icons';
import { DashboardSummary } from '@govopen/contracts';
import { Alert, Button, Card, Col, Result, Row, Skeleton, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { useSession } from '../../auth/session';
import { AnnualReportCountdownCard } from './annual-report-countdown-card';
import { ComplianceCard } from './compliance-card';
import { DisclosureFiguresCard } from './disclosure-figures-card';
import { MessageEscalationCard } from './message-escalation-card';
import { PageHeading } from '../../layout/page-heading';

export function DashboardPage() {
  const { profile } = useSession();
  const navigate = useNavigate();
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () => {
    setError(null);
    api.admin.dashboard().then(setSummary).catch((caught) => setError(errorMessage(caught)));
  };
  useEffect(load, []);

  if (error) {
    return <Result status="warning" title="工作台加载失败" subTitle={error} extra={<Button onClick={load}>重试</Button>} />;
  }
  if (!summary) return <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <>
      <div className="page-header">
        <div>
          <PageHeading title="工作台">您好，{profile?.displayName}</PageHeading>
          <Typography.Text type="secondary">
            今天是 {formatChinaDate(summary.today)}，
            <span data-testid="today-working">{summary.todayWorking ? '工作日' : '休息日'}</span>
            {summary.todayName ? `（${summary.todayName}）` : ''}
          </Typography.Text>
        </div>
      </div>
      <AnnualReportCountdownCard today={summary.today} />
      {summary.warnings.map((warning) => (
        <Alert
          key={warning}
          type="warning"
          showIcon
          message="工作日历需要更新"
          description={warning}
          action={
            <Button size="small" type="primary" onClick={() => navigate('/calendar')}>
              去录入
            </Button>
          }
          style={{ marginBottom: 16 }}
          data-testid="calendar-warning"
        />
      ))}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title="在用科室" value={summary.units} prefix={<ApartmentOutlined />} suffix="个" />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title="在岗人员" value={summary.staff} prefix={<TeamOutlined />} suffix="人" />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card data-testid="calendar-tile">
            {/* The gap, not the range entered: "2004–2100" hid that 2027 was missing. */}
            <Statistic
              title="工作日历"
              value={summary.calendarMissingYears.length ? `缺少 ${summary.calendarMissingYears.join('、')} 年的节假日安排` : '本年度及所需年份已录入'}
              valueStyle={{ fontSize: 18, color: summary.calendarMissingYears.length ? '#cf1322' : undefined }}
              prefix={<CalendarOutlined />}
            />
          </Card>
        </Col>
      </Row>
      <DisclosureFiguresCard />
      <MessageEscalationCard />
      <ComplianceCard />
    </>
  );
}
