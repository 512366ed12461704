export interface DashboardSummary {
  agencyName: string;
  today: string;
  todayWorking: boolean;
  todayName: string | null;
  warnings: string[];
  units: number;
  staff: number;
  calendarYears: number[];
}
