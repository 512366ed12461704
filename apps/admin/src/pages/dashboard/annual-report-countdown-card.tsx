import { AnnualReportSummary } from '@govopen/contracts';
import { currentReportYear, formatChinaDate, LocalDate, showAnnualReportCountdown } from '@govopen/domain';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { CountdownText } from '../annual-report/countdown-text';

/**
 * From 1 December until it is published, the countdown to the year's 政府信息公开工作年度报告 (条例 Art. 49: by 31 January
 * for a department, 31 March for a government), with the way to the report.
 */
export function AnnualReportCountdownCard({ today }: { today: LocalDate }) {
  const navigate = useNavigate();
  const [reports, setReports] = useState<AnnualReportSummary[] | null>(null);
  useEffect(() => {
    api.admin.annualReports.list().then(setReports).catch(() => setReports([]));
  }, []);
  if (!reports) return null;
  const year = currentReportYear(today);
  const report = reports.find((item) => item.year === year);
  if (report?.status === 'published') return null;
  const countdown = report?.countdown ?? showAnnualReportCountdown(today, year, report?.kind ?? 'department');
  if (!countdown) return null;
  return (
    <Alert
      type={countdown.overdue || countdown.daysLeft <= 10 ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="annual-report-countdown"
      message={
        <>
          {year}年政府信息公开工作年度报告（{report?.statusLabel ?? '草稿'}）：<CountdownText countdown={countdown} />
        </>
      }
      description={`须于 ${formatChinaDate(countdown.dueDate)} 前公布（《政府信息公开条例》第四十九条）。`}
      action={
        <Button size="small" type="primary" onClick={() => navigate(`/annual-reports/${year}`)}>
          打开{year}年度报告
        </Button>
      }
    />
  );
}
