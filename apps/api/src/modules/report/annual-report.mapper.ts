import {
  AnnualReportOverride,
  AnnualReportSummary,
  AnnualReportTable3,
  ImportedAnnualReportView,
  PublicAnnualReportDocument,
  PublicAnnualReportNote,
  PublicAnnualReportSummary,
  PublicAnnualReportView,
} from '@govopen/contracts';
import {
  ANNUAL_REPORT_STATUS_LABELS,
  AnnualReportLayout,
  annualReportDueDate,
  annualReportTitle,
  describeReportCell,
  parseReportCell,
  ReportFigures,
  ReportingBodyKind,
  showAnnualReportCountdown,
  Table3,
  toLayout2019,
} from '@govopen/domain';
import { AnnualReport } from './annual-report.entity';
import { ComposedAnnualReport, StoredOverride } from './compose-annual-report';

/** A report ready to print (the HTML page, the .docx, the .xlsx): the public view, with a date only once published. */
export type PrintableAnnualReport = Omit<PublicAnnualReportView, 'publishedAt'> & { publishedAt: string | null };

/** What an imported report's row keeps in published_report: the view without what the row itself says. */
export type StoredImportedReport = Omit<ImportedAnnualReportView, 'source' | 'year' | 'publishedAt'>;

/** Table 三 in the year's layout: the 60号 rows fold 三（六）1–3 into one. */
export function table3Of(layout: AnnualReportLayout, table: Table3): AnnualReportTable3 {
  return { rows: layout === '2021' ? table : toLayout2019(table) };
}

function figureAt(figures: ReportFigures, address: string): number {
  const cell = parseReportCell(address);
  if (!cell) return 0;
  return cell.table === 'table3' ? figures.table3[cell.row][cell.column] : figures.table4[cell.group][cell.cell];
}

function labelOf(address: string): string {
  const cell = parseReportCell(address);
  return cell ? describeReportCell(cell) : address;
}

export function overrideViews(composed: ComposedAnnualReport): AnnualReportOverride[] {
  return composed.overrides.map((override: StoredOverride) => ({
    cell: override.cell,
    label: labelOf(override.cell),
    value: override.value,
    computed: figureAt(composed.computed, override.cell),
    reason: override.reason,
    by: override.staffName,
    at: override.at,
  }));
}

export function notesOf(composed: ComposedAnnualReport): PublicAnnualReportNote[] {
  return composed.overrides.map((override) => ({ cell: override.cell, label: labelOf(override.cell), reason: override.reason }));
}

export function printableOf(composed: ComposedAnnualReport, agencyName: string, publishedAt: Date | null): PrintableAnnualReport {
  return {
    source: 'generated',
    year: composed.year,
    layout: composed.layout,
    kind: composed.kind,
    title: annualReportTitle(agencyName, composed.year),
    agencyName,
    publishedAt: publishedAt?.toISOString() ?? null,
    sections: composed.sections,
    table2: composed.table2,
    table3: table3Of(composed.layout, composed.printed.table3),
    table4: composed.printed.table4,
    feesCollected: composed.computed.feesYuan,
    notes: notesOf(composed),
  };
}

/** A generated report as it was published: the stored JSON, never recomputed, dated by the publication. */
export function publishedViewOf(row: AnnualReport): PublicAnnualReportView {
  const stored = JSON.parse(row.publishedReport!) as PrintableAnnualReport;
  // Reports published before imports existed were stored without their source.
  return { ...stored, source: 'generated', publishedAt: row.publishedAt!.toISOString() };
}

export function importedViewOf(row: AnnualReport): ImportedAnnualReportView {
  const { title, agencyName, text } = JSON.parse(row.publishedReport!) as StoredImportedReport;
  return { source: 'imported', year: row.year, title, agencyName, publishedAt: row.publishedAt!.toISOString(), text };
}

export function publicDocumentOf(row: AnnualReport): PublicAnnualReportDocument {
  return row.source === 'imported' ? importedViewOf(row) : publishedViewOf(row);
}

export function publicSummaryOf(row: AnnualReport): PublicAnnualReportSummary {
  const { title, agencyName } = JSON.parse(row.publishedReport!) as { title: string; agencyName: string };
  return { year: row.year, title, agencyName, publishedAt: row.publishedAt!.toISOString(), source: row.source, htmlPath: `/api/annual-reports/${row.year}.html` };
}

export function summaryOf(year: number, kind: ReportingBodyKind, row: AnnualReport | null, today: string): AnnualReportSummary {
  const status = row?.status ?? 'draft';
  return {
    year,
    status,
    source: row?.source ?? 'generated',
    statusLabel: ANNUAL_REPORT_STATUS_LABELS[status],
    kind,
    dueDate: annualReportDueDate(year, kind),
    countdown: status === 'published' ? null : showAnnualReportCountdown(today, year, kind),
    publishedAt: row?.publishedAt?.toISOString() ?? null,
  };
}
