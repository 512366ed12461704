import type { ConsultationStatistics, MessageMonthStats, OutcomeGroup, RequestFigures } from '@govopen/domain';

export type { ConsultationStatistics, RequestFigures } from '@govopen/domain';

/** One 承办 unit's year of 依申请公开. */
export interface UnitRequestFigures {
  /** null: cases not yet assigned to a unit. */
  unitId: number | null;
  unitName: string;
  figures: RequestFigures;
}

/**
 * 统计 of a year, computed from the case facts: 依申请公开 by month, outcome and unit; messages by month and board;
 * 意见征集 and what was adopted. Staff of a unit see their unit's cases; the 公开办 sees the agency's.
 */
export interface StatisticsReport {
  year: number;
  /** The day the figures were computed for (China date); months after it are empty. */
  asOf: string;
  scope: 'agency' | 'unit';
  /** The agency's or the unit's name, as the page heads its figures. */
  scopeName: string;
  requests: {
    total: RequestFigures;
    /** January to December. */
    months: RequestFigures[];
    outcomes: { group: OutcomeGroup; count: number }[];
    units: UnitRequestFigures[];
  };
  messages: {
    total: MessageMonthStats;
    months: MessageMonthStats[];
    /** Of the messages received in the year, answered by now, in per cent with one decimal; null when none. */
    replyRate: number | null;
  };
  consultations: ConsultationStatistics;
}
