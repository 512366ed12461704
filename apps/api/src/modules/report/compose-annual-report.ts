import {
  AnnualReportLayout,
  annualReportLayoutOf,
  AnnualReportSections,
  AnnualReportStatus,
  AnnualReportWorkflow,
  applyReportOverrides,
  checkReport,
  compareReportFigures,
  emptyAnnualReportSections,
  completeTable2,
  NEW_ANNUAL_REPORT,
  ReportCheck,
  ReportFigureChange,
  ReportFigures,
  ReportFiguresWithFees,
  ReportingBodyKind,
  Table2,
} from '@govopen/domain';
import { AnnualReport } from './annual-report.entity';

/** An override as stored: the figure, why, and who set it when (their display name then, as the audit keeps it). */
export interface StoredOverride {
  cell: string;
  value: number;
  reason: string;
  staffId: number;
  staffName: string;
  at: string;
}

/** Where the report stands in its workflow (a report never saved is a new draft). */
export function workflowOf(row: AnnualReport | null): AnnualReportWorkflow {
  return row ? { status: row.status, submittedBy: row.submittedBy, approvedBy: row.approvedBy } : NEW_ANNUAL_REPORT;
}

/** Everything a view, a check or an export of one report reads, worked out once. */
export interface ComposedAnnualReport {
  year: number;
  layout: AnnualReportLayout;
  kind: ReportingBodyKind;
  status: AnnualReportStatus;
  workflow: AnnualReportWorkflow;
  sections: AnnualReportSections;
  table2: Table2;
  overrides: StoredOverride[];
  /** The figures from the cases: frozen at submission, else computed now. */
  computed: ReportFiguresWithFees;
  /** The figures as printed: the computed ones with the overrides in. */
  printed: ReportFigures;
  checks: ReportCheck[];
  frozen: boolean;
  /** Where today's cases give other figures than the frozen ones; empty for a draft. */
  laterChanges: ReportFigureChange[];
}

/**
 * One report from its row (null before anyone saved it: an empty draft) and the figures the cases give now. A draft
 * prints today's figures; from submission the frozen ones, with today's differences listed beside them. The checks
 * run on the printed tables, overrides included.
 */
export function composeAnnualReport(row: AnnualReport | null, year: number, live: ReportFiguresWithFees): ComposedAnnualReport {
  const sections: AnnualReportSections = row ? JSON.parse(row.sections) : emptyAnnualReportSections();
  const table2: Table2 = completeTable2(row ? JSON.parse(row.table2) : null);
  const overrides: StoredOverride[] = row ? JSON.parse(row.overrides) : [];
  const frozenFigures: ReportFiguresWithFees | null = row?.frozenFigures ? JSON.parse(row.frozenFigures) : null;
  const computed = frozenFigures ?? live;
  const printed = applyReportOverrides(computed, overrides);
  const checks = checkReport({
    table2,
    table3: printed.table3,
    table4: printed.table4,
    problemsAndImprovements: sections['五'],
    otherMatters: sections['六'],
    feesYuan: computed.feesYuan,
  });
  return {
    year,
    layout: annualReportLayoutOf(year),
    kind: row?.kind ?? 'department',
    status: row?.status ?? 'draft',
    workflow: workflowOf(row),
    sections,
    table2,
    overrides,
    computed,
    printed,
    checks,
    frozen: frozenFigures !== null,
    laterChanges: frozenFigures ? compareReportFigures(frozenFigures, live) : [],
  };
}
