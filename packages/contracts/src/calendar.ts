export interface CalendarDayResponse {
  date: string;
  working: boolean;
  name: string | null;
}

export interface AddWorkingDaysResponse {
  from: string;
  days: number;
  date: string;
}

export type CalendarYearSource = 'package' | 'manual';

export interface CalendarYearSummary {
  year: number;
  source: CalendarYearSource;
  holidays: number;
  makeUpWorkdays: number;
  note: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface CalendarExceptionDay {
  date: string;
  working: boolean;
  name: string | null;
}

export interface CalendarYearDetail extends CalendarYearSummary {
  days: CalendarExceptionDay[];
}

/** A year's State Council schedule as staff enter it: only the days that differ from Monday–Friday. */
/** A day as staff enter it: the name may be left out. */
export interface CalendarExceptionDayInput {
  date: string;
  working: boolean;
  name?: string | null;
}

export interface PutCalendarYearRequest {
  days: CalendarExceptionDayInput[];
  note?: string;
}

export interface CalendarStatus {
  today: string;
  years: number[];
  /** The years needed now (this one; from 1 November the next too) that have no schedule yet. */
  missing: number[];
  /** Set from 1 November when next year's schedule has not been entered. */
  warning: string | null;
}
