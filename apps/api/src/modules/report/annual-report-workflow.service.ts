import { Injectable } from '@nestjs/common';
import { AnnualReportView } from '@govopen/contracts';
import { ANNUAL_REPORT_STEP_LABELS, AnnualReportStep, takeAnnualReportStep } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { AuditService } from '../audit/audit.service';
import { printableOf } from './annual-report.mapper';
import { AnnualReportRepository } from './annual-report.repository';
import { AnnualReportService } from './annual-report.service';

export type AnnualReportWorkflowStep = Exclude<AnnualReportStep, 'edit'>;

/**
 * Submit, approve, return, publish: each step decided by the domain (takeAnnualReportStep) on the report as it
 * stands in the step's transaction, written with its audit record. Submission freezes the figures the cases give
 * then; the reviewer approves those figures and publication prints them, stored as published for good.
 */
@Injectable()
export class AnnualReportWorkflowService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: AnnualReportRepository,
    private readonly reports: AnnualReportService,
    private readonly audit: AuditService,
  ) {}

  async take(staff: StaffPrincipal, year: number, step: AnnualReportWorkflowStep, actor: Actor, comment?: string): Promise<AnnualReportView> {
    this.reports.assertReportYear(year);
    const now = this.clock.now();
    const today = this.reports.today();
    const row = await this.repository.transaction(async (tx) => {
      const { row: found, composed: current } = await this.reports.load(staff.agencyId, year, tx, await this.repository.findForUpdate(staff.agencyId, year, tx));
      // A report never saved is an empty draft: the domain refuses every step of it (its checks fail, it is not in review).
      const next = takeAnnualReportStep(current.workflow, step, { staffId: staff.id, year, today, checks: current.checks });
      if (!found) throw AppException.notFound(`${year}年度报告尚未起草`);
      const row = found;
      row.status = next.status;
      switch (step) {
        case 'submit':
          row.frozenFigures = JSON.stringify(current.computed);
          row.submittedBy = staff.id;
          row.submittedAt = now;
          row.approvedBy = null;
          row.approvedAt = null;
          row.returnComment = null;
          break;
        case 'approve':
          row.approvedBy = staff.id;
          row.approvedAt = now;
          break;
        case 'return':
          row.frozenFigures = null;
          row.submittedBy = null;
          row.submittedAt = null;
          row.approvedBy = null;
          row.approvedAt = null;
          row.returnComment = comment ?? null;
          break;
        case 'publish': {
          row.publishedBy = staff.id;
          row.publishedAt = now;
          // Stored without its date: the row's published_at dates it (publishedViewOf).
          row.publishedReport = JSON.stringify({ ...printableOf(current, (await this.repository.agencyName(staff.agencyId)) ?? '', null), publishedAt: undefined });
          break;
        }
      }
      row.updatedAt = now;
      await this.repository.save(row, tx);
      const detail = `${year}年度报告：${ANNUAL_REPORT_STEP_LABELS[step]}${comment ? `，意见：${comment}` : ''}`;
      await this.audit.record(actor, { action: `annual_report.${step}`, targetType: 'annual_report', targetId: row.id, detail }, tx);
      return row;
    });
    const { composed } = await this.reports.load(staff.agencyId, year, undefined, row);
    return this.reports.viewOf(staff, row, composed);
  }
}
