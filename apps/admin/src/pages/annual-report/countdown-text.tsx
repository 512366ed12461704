import { AnnualReportCountdown } from '@govopen/contracts';
import { formatChinaDate } from '@govopen/domain';
import { Typography } from 'antd';

/** "距公布截止还有 20 天", or how many days late: the days are calendar days (Art. 49 names a date). */
export function CountdownText({ countdown }: { countdown: AnnualReportCountdown }) {
  if (countdown.overdue) {
    return (
      <Typography.Text type="danger" strong data-testid="report-countdown">
        已超过公布截止日（{formatChinaDate(countdown.dueDate)}）{-countdown.daysLeft} 天
      </Typography.Text>
    );
  }
  return (
    <Typography.Text strong type={countdown.daysLeft <= 10 ? 'warning' : undefined} data-testid="report-countdown">
      {countdown.daysLeft === 0 ? '今天是公布截止日' : `距公布截止还有 ${countdown.daysLeft} 天`}
    </Typography.Text>
  );
}
