import { Injectable } from '@nestjs/common';
import { AnnualReportCountdown, AnnualReportSummary, AnnualReportView, OverrideAnnualReportCell, PublicAnnualReportDocument, PublicAnnualReportSummary, SaveAnnualReport } from '@govopen/contracts';
import {
  ANNUAL_REPORT_STATUS_LABELS,
  annualReportDueDate,
  annualReportTitle,
  chinaDateOf,
  emptyAnnualReportSections,
  completeTable2,
  emptyTable2,
  parseReportCell,
  showAnnualReportCountdown,
  takeAnnualReportStep,
} from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AuditService } from '../audit/audit.service';
import { StaffDirectoryRepository } from '../organization/staff-directory.repository';
import { allowedAnnualReportSteps } from './annual-report-access';
import { AnnualReport } from './annual-report.entity';
import { AnnualReportFigures } from './annual-report-figures';
import { overrideViews, PrintableAnnualReport, printableOf, publicDocumentOf, publicSummaryOf, publishedViewOf, summaryOf, table3Of } from './annual-report.mapper';
import { AnnualReportRepository } from './annual-report.repository';
import { ComposedAnnualReport, composeAnnualReport, StoredOverride, workflowOf } from './compose-annual-report';

/** The 条例 took effect on 1 May 2008: no report is owed for a year before. */
export const FIRST_REPORT_YEAR = 2008;

/** An imported report is its text alone: there are no tables to show, edit or export. */
function assertGenerated(row: AnnualReport | null): void {
  if (row?.source === 'imported') {
    throw new AppException(ErrorCode.CONFLICT, `${row.year}年度报告是导入的往年报告，只有正文，没有可查看或导出的表格；请在公开页面查看`);
  }
}

export interface LoadedAnnualReport {
  row: AnnualReport | null;
  composed: ComposedAnnualReport;
}

/**
 * The annual report as staff read and draft it, and as the public reads it once published. A draft's tables are
 * computed from the cases on every read; what staff type (the six parts, table 二, overrides) is saved on the row.
 * The workflow steps are AnnualReportWorkflowService's.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: AnnualReportRepository,
    private readonly figures: AnnualReportFigures,
    private readonly staffDirectory: StaffDirectoryRepository,
    private readonly audit: AuditService,
  ) {}

  today(): string {
    return chinaDateOf(this.clock.now());
  }

  /** A year there can be a report of: from 2008 to the current year (a draft of the year in progress may be read). */
  assertReportYear(year: number): void {
    const current = Number(this.today().slice(0, 4));
    if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > current) {
      throw AppException.notFound(`没有 ${year} 年度的年度报告：年度应在 ${FIRST_REPORT_YEAR} 年至 ${current} 年之间`);
    }
  }

  async load(agencyId: number, year: number, tx?: Transaction, row?: AnnualReport | null): Promise<LoadedAnnualReport> {
    const [found, live] = await Promise.all([row === undefined ? this.repository.find(agencyId, year, tx) : Promise.resolve(row), this.figures.compute(agencyId, year, tx)]);
    return { row: found, composed: composeAnnualReport(found, year, live) };
  }

  /**
   * The countdown to the report now due, for the dashboard: last year's until it is published (overdue once late),
   * then from 1 December this year's (showAnnualReportCountdown); null when neither is running.
   */
  async dueCountdown(agencyId: number): Promise<AnnualReportCountdown | null> {
    const today = this.today();
    const current = Number(today.slice(0, 4));
    for (const year of [current - 1, current]) {
      const row = await this.repository.find(agencyId, year);
      if (row?.status === 'published') continue;
      const countdown = showAnnualReportCountdown(today, year, row?.kind ?? 'department');
      if (countdown) return countdown;
    }
    return null;
  }

  /** The years the office head works on: every stored report, and last year's until it is published (it is due). */
  async list(staff: StaffPrincipal): Promise<AnnualReportSummary[]> {
    const today = this.today();
    const rows = await this.repository.list(staff.agencyId);
    const due = Number(today.slice(0, 4)) - 1;
    const summaries = rows.map((row) => summaryOf(row.year, row.kind, row, today));
    if (!rows.some((row) => row.year === due)) summaries.push(summaryOf(due, 'department', null, today));
    return summaries.sort((a, b) => b.year - a.year);
  }

  async view(staff: StaffPrincipal, year: number): Promise<AnnualReportView> {
    this.assertReportYear(year);
    const { row, composed } = await this.load(staff.agencyId, year);
    assertGenerated(row);
    return this.viewOf(staff, row, composed);
  }

  async viewOf(staff: StaffPrincipal, row: AnnualReport | null, composed: ComposedAnnualReport): Promise<AnnualReportView> {
    const today = this.today();
    const [names, agencyName] = await Promise.all([
      this.staffDirectory.displayNames([row?.submittedBy ?? null, row?.approvedBy ?? null, row?.publishedBy ?? null]),
      this.repository.agencyName(staff.agencyId),
    ]);
    const nameOf = (id: number | null | undefined) => (id ? (names.get(id) ?? null) : null);
    return {
      year: composed.year,
      layout: composed.layout,
      status: composed.status,
      statusLabel: composed.status === 'in_review' && composed.workflow.approvedBy !== null ? '审核通过，待公开' : ANNUAL_REPORT_STATUS_LABELS[composed.status],
      kind: composed.kind,
      title: annualReportTitle(agencyName ?? '', composed.year),
      dueDate: annualReportDueDate(composed.year, composed.kind),
      countdown: composed.status === 'published' ? null : showAnnualReportCountdown(today, composed.year, composed.kind),
      checks: composed.checks,
      sections: composed.sections,
      table2: composed.table2,
      table3: table3Of(composed.layout, composed.printed.table3),
      table4: composed.printed.table4,
      feesCollected: composed.computed.feesYuan,
      overrides: overrideViews(composed),
      frozen: composed.frozen,
      laterChanges: composed.laterChanges,
      workflow: {
        submittedBy: nameOf(row?.submittedBy),
        submittedAt: row?.submittedAt?.toISOString() ?? null,
        approvedBy: nameOf(row?.approvedBy),
        approvedAt: row?.approvedAt?.toISOString() ?? null,
        publishedBy: nameOf(row?.publishedBy),
        publishedAt: row?.publishedAt?.toISOString() ?? null,
        returnComment: row?.returnComment ?? null,
      },
      allowedSteps: allowedAnnualReportSteps(staff, composed, today),
    };
  }

  /** Saves what staff type: the reporting body's kind, the six parts and table 二 (a draft only). */
  async save(staff: StaffPrincipal, year: number, body: SaveAnnualReport, actor: Actor): Promise<AnnualReportView> {
    return this.edit(staff, year, actor, (row) => {
      row.kind = body.kind;
      row.sections = JSON.stringify(body.sections);
      // The DTO refuses a left-out figure; completing still drops keys outside the table before they are stored.
      row.table2 = JSON.stringify(completeTable2(body.table2));
      return { action: 'annual_report.save', detail: `${year}年度报告：保存草稿` };
    });
  }

  /** Sets one computed figure by hand; the reason is printed with the report and the audit keeps who and when. */
  async override(staff: StaffPrincipal, year: number, body: OverrideAnnualReportCell, actor: Actor): Promise<AnnualReportView> {
    const cell = parseReportCell(body.cell);
    if (!cell) throw AppException.invalid('cell', `年度报告中没有单元格“${body.cell}”；格式如 table3/三（一）/citizen、table4/reconsideration/pending`);
    const reason = body.reason.trim();
    if (!reason) throw AppException.invalid('reason', '请写明人工核定的理由 reason');
    return this.edit(staff, year, actor, (row) => {
      const overrides = (JSON.parse(row.overrides) as StoredOverride[]).filter((override) => override.cell !== body.cell);
      overrides.push({ cell: body.cell, value: body.value, reason, staffId: staff.id, staffName: staff.displayName, at: this.clock.now().toISOString() });
      row.overrides = JSON.stringify(overrides);
      return { action: 'annual_report.override', detail: `${year}年度报告：人工核定 ${body.cell} = ${body.value}，理由：${reason}` };
    });
  }

  async removeOverride(staff: StaffPrincipal, year: number, cell: string, actor: Actor): Promise<AnnualReportView> {
    return this.edit(staff, year, actor, (row) => {
      const overrides = JSON.parse(row.overrides) as StoredOverride[];
      if (!overrides.some((override) => override.cell === cell)) throw AppException.notFound(`单元格“${cell}”没有人工核定的数字`);
      row.overrides = JSON.stringify(overrides.filter((override) => override.cell !== cell));
      return { action: 'annual_report.override_removed', detail: `${year}年度报告：取消人工核定 ${cell}，恢复按办件计算的数字` };
    });
  }

  /** One change to a draft, in a transaction with its audit record; the domain refuses it once submitted. */
  private async edit(staff: StaffPrincipal, year: number, actor: Actor, change: (row: AnnualReport) => { action: string; detail: string }): Promise<AnnualReportView> {
    this.assertReportYear(year);
    const today = this.today();
    const row = await this.repository.transaction(async (tx) => {
      const stored = (await this.repository.findForUpdate(staff.agencyId, year, tx)) ?? (await this.repository.insert(this.newRow(staff.agencyId, year), tx));
      takeAnnualReportStep(workflowOf(stored), 'edit', { staffId: staff.id, year, today, checks: [] });
      const { action, detail } = change(stored);
      stored.updatedAt = this.clock.now();
      await this.repository.save(stored, tx);
      await this.audit.record(actor, { action, targetType: 'annual_report', targetId: stored.id, detail }, tx);
      return stored;
    });
    // The figures are read after the commit: a draft's tables are today's, and the write lock is not held for them.
    const { composed } = await this.load(staff.agencyId, year, undefined, row);
    return this.viewOf(staff, row, composed);
  }

  private newRow(agencyId: number, year: number): Omit<AnnualReport, 'id'> {
    const now = this.clock.now();
    return {
      agencyId,
      year,
      kind: 'department',
      status: 'draft',
      source: 'generated',
      sections: JSON.stringify(emptyAnnualReportSections()),
      table2: JSON.stringify(emptyTable2()),
      overrides: '[]',
      frozenFigures: null,
      publishedReport: null,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
      publishedBy: null,
      publishedAt: null,
      returnComment: null,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** What the exports print: the report as published once it is, else the current state of the draft. */
  async printable(staff: StaffPrincipal, year: number): Promise<PrintableAnnualReport> {
    this.assertReportYear(year);
    const row = await this.repository.find(staff.agencyId, year);
    assertGenerated(row);
    if (row?.status === 'published') return publishedViewOf(row);
    const { composed } = await this.load(staff.agencyId, year, undefined, row);
    return printableOf(composed, (await this.repository.agencyName(staff.agencyId)) ?? '', null);
  }

  async publicList(): Promise<PublicAnnualReportSummary[]> {
    const agencyId = await this.staffDirectory.servingAgencyId();
    if (agencyId === null) return [];
    return (await this.repository.listPublished(agencyId)).map(publicSummaryOf);
  }

  /** A published report exactly as published, or an imported one's text; a year not (yet) published is not found. */
  async publicView(year: number): Promise<PublicAnnualReportDocument> {
    const agencyId = await this.staffDirectory.servingAgencyId();
    const row = agencyId === null ? null : await this.repository.findPublished(agencyId, year);
    if (!row) throw AppException.notFound(`${year}年度政府信息公开工作年度报告尚未公开`);
    return publicDocumentOf(row);
  }
}
