import type { AnnualReportCountdown } from '@govopen/domain';

export interface DashboardSummary {
  agencyName: string;
  today: string;
  todayWorking: boolean;
  todayName: string | null;
  warnings: string[];
  units: number;
  staff: number;
  calendarYears: number[];
  /** The years the calendar must have now and does not (missingCalendarYears): what the calendar tile shows. */
  calendarMissingYears: number[];
  /** The days left to publish the annual report now due (条例 Art. 49), from 1 December until it is published; null otherwise. */
  annualReport: AnnualReportCountdown | null;
}
