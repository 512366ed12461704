import type {
  AnnualReportCountdown,
  AnnualReportLayout,
  AnnualReportSections,
  AnnualReportStatus,
  AnnualReportStep,
  ReportCheck,
  ReportFigureChange,
  ReportingBodyKind,
  Table2,
  Table3,
  Table3Layout2019,
  Table4,
} from '@govopen/domain';

// The report's words, rows, columns, statuses and checks are the domain's; the wire carries them as they are.
export type {
  AnnualReportCountdown,
  AnnualReportLayout,
  AnnualReportSectionKey,
  AnnualReportSections,
  AnnualReportStatus,
  AnnualReportStep,
  ReportCellAddress,
  ReportCheck,
  ReportCheckRule,
  ReportFigureChange,
  ReportingBodyKind,
  Table2,
  Table2AmountRow,
  Table2DecisionsRow,
  Table2DocumentsRow,
  Table2RowKey,
  Table3,
  Table3Column,
  Table3Layout2019,
  Table3Row,
  Table3RowKey,
  Table3RowKey2019,
  Table4,
  Table4Cell,
} from '@govopen/domain';
export {
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_STATUS_LABELS,
  ANNUAL_REPORT_STEP_LABELS,
  TABLE2_HEADINGS,
  TABLE2_ROWS,
  TABLE3_APPLICANTS_LABEL,
  TABLE3_BALANCE_NOTE,
  TABLE3_COLUMNS,
  TABLE3_ORGANIZATIONS_LABEL,
  TABLE3_RESULTS_LABEL,
  TABLE3_ROWS,
  TABLE3_ROWS_2019,
  TABLE4_CELLS,
  TABLE4_GROUPS,
} from '@govopen/domain';

/** Table 三 in the year's layout: the 30号 rows from 2021 (三（六）1–3), the 60号 rows before (one 三（六）). */
export interface AnnualReportTable3 {
  rows: Table3 | Table3Layout2019;
}

/** A figure staff set by hand in place of the computed one: printed with a mark, its reason beside the table. */
export interface AnnualReportOverride {
  /** `table3/<row>/<column>` or `table4/<group>/<cell>`, e.g. `table3/三（三）4/business` (a ReportCellAddress). */
  cell: string;
  /** The cell in the printed table's words: "表三 三（三）4 保护第三方合法权益 · 商业企业". */
  label: string;
  value: number;
  /** What the cases give for the cell. */
  computed: number;
  reason: string;
  /** Who set it (display name). */
  by: string;
  at: string;
}

/** Who took each step of the report, by display name, and when. */
export interface AnnualReportWorkflowView {
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  /** The reviewer's words when the report was last returned to draft. */
  returnComment: string | null;
}

/**
 * `GET /api/admin/annual-reports/{year}`: the report of one year as staff see it. A draft's tables are computed from
 * the cases now; from submission they are the figures frozen then (`frozen`), and `laterChanges` lists where the
 * cases now give different figures (a note for next year's report; the frozen report never changes).
 */
export interface AnnualReportView {
  year: number;
  layout: AnnualReportLayout;
  status: AnnualReportStatus;
  statusLabel: string;
  /** 部门 (due 31 January) or 政府 (due 31 March), 条例 Art. 49. */
  kind: ReportingBodyKind;
  title: string;
  dueDate: string;
  /** From 1 December of the year until publication; null otherwise. */
  countdown: AnnualReportCountdown | null;
  /** Every check the report is held to before submission and publication, on the tables as printed (overrides in). */
  checks: ReportCheck[];
  sections: AnnualReportSections;
  table2: Table2;
  table3: AnnualReportTable3;
  table4: Table4;
  /** 信息处理费 collected in the year, in 元 (section 六 must state it). */
  feesCollected: number;
  overrides: AnnualReportOverride[];
  frozen: boolean;
  laterChanges: ReportFigureChange[];
  workflow: AnnualReportWorkflowView;
  /** The steps the signed-in staff member may take now. */
  allowedSteps: AnnualReportStep[];
}

/** One year in the console's list. */
export interface AnnualReportSummary {
  year: number;
  status: AnnualReportStatus;
  /** An imported report is read on its public page: it has no tables to edit. */
  source: AnnualReportSource;
  statusLabel: string;
  kind: ReportingBodyKind;
  dueDate: string;
  countdown: AnnualReportCountdown | null;
  publishedAt: string | null;
}

/** `PUT /api/admin/annual-reports/{year}`: what staff type (a draft only). The computed figures are not sent. */
export interface SaveAnnualReport {
  kind: ReportingBodyKind;
  sections: AnnualReportSections;
  table2: Table2;
}

/** `POST /api/admin/annual-reports/{year}/overrides`: sets one computed figure by hand, with the reason. */
export interface OverrideAnnualReportCell {
  /** A ReportCellAddress: `table3/<row>/<column>` or `table4/<group>/<cell>`. */
  cell: string;
  value: number;
  reason: string;
}

/** `DELETE /api/admin/annual-reports/{year}/overrides?cell=…`: the computed figure counts again. */
export interface RemoveAnnualReportOverrideQuery {
  cell: string;
}

/** `POST /api/admin/annual-reports/{year}/return`: back to draft, saying what to change. */
export interface ReturnAnnualReport {
  comment: string;
}

/** A mark the published report carries beside a figure set by hand. */
export interface PublicAnnualReportNote {
  cell: string;
  label: string;
  reason: string;
}

/**
 * Where a published report comes from: `generated` from the case data (it has the tables), `imported` as the text of
 * a report published before the product (no computed tables).
 */
export type AnnualReportSource = 'generated' | 'imported';

/** `GET /api/annual-reports`: the published reports, latest year first. */
export interface PublicAnnualReportSummary {
  year: number;
  title: string;
  agencyName: string;
  publishedAt: string;
  source: AnnualReportSource;
  /** The page in the official layout, under /api. */
  htmlPath: string;
}

/** `GET /api/annual-reports/{year}`: a published report as published (its frozen figures). */
export interface PublicAnnualReportView {
  source: 'generated';
  year: number;
  layout: AnnualReportLayout;
  kind: ReportingBodyKind;
  title: string;
  agencyName: string;
  publishedAt: string;
  sections: AnnualReportSections;
  table2: Table2;
  table3: AnnualReportTable3;
  table4: Table4;
  feesCollected: number;
  notes: PublicAnnualReportNote[];
}

/** `GET /api/annual-reports/{year}` of a report imported from before the product: its title, date and full text. */
export interface ImportedAnnualReportView {
  source: 'imported';
  year: number;
  title: string;
  agencyName: string;
  publishedAt: string;
  /** The report's text as published; paragraphs are separated by blank lines. */
  text: string;
}

/** `GET /api/annual-reports/{year}`: a generated report or an imported one, told apart by `source`. */
export type PublicAnnualReportDocument = PublicAnnualReportView | ImportedAnnualReportView;

/** `POST /api/admin/annual-reports/imports`: a past year's report, published before the product, as a published document. */
export interface ImportAnnualReport {
  year: number;
  title: string;
  /** The day it was published (China time), YYYY-MM-DD. */
  publishedOn: string;
  /** The full text; paragraphs separated by blank lines. */
  text: string;
}
