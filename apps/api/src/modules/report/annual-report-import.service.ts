import { Injectable } from '@nestjs/common';
import { ImportAnnualReport, PublicAnnualReportSummary } from '@govopen/contracts';
import { emptyAnnualReportSections, emptyTable2, isLocalDate } from '@govopen/domain';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { publicSummaryOf, StoredImportedReport } from './annual-report.mapper';
import { AnnualReportRepository } from './annual-report.repository';
import { AnnualReportService, FIRST_REPORT_YEAR } from './annual-report.service';

/**
 * A past year's report, published before the product, imported as a published document: its text only, with no
 * figures, workflow or drafts. A year can hold one report, so a year that already has one (generated or imported)
 * is refused rather than replaced.
 */
@Injectable()
export class AnnualReportImportService {
  constructor(
    private readonly clock: Clock,
    private readonly repository: AnnualReportRepository,
    private readonly reports: AnnualReportService,
    private readonly audit: AuditService,
  ) {}

  async importPast(staff: StaffPrincipal, body: ImportAnnualReport, actor: Actor): Promise<PublicAnnualReportSummary> {
    const today = this.reports.today();
    const current = Number(today.slice(0, 4));
    // The year in progress is not past: its report is the one the product generates.
    if (body.year < FIRST_REPORT_YEAR || body.year >= current) {
      throw AppException.invalid('year', `年度 year 应在 ${FIRST_REPORT_YEAR} 年至 ${current - 1} 年之间：只能导入已经过去的年度的报告`);
    }
    if (!isLocalDate(body.publishedOn)) throw AppException.invalid('publishedOn', `公开日期 publishedOn 不是有效日期：${body.publishedOn}`);
    if (body.publishedOn > today) throw AppException.invalid('publishedOn', '公开日期 publishedOn 不能晚于今天');
    if (body.publishedOn <= `${body.year}-12-31`) throw AppException.invalid('publishedOn', `公开日期 publishedOn 应在 ${body.year} 年度结束之后`);
    const title = body.title.trim();
    if (!title) throw AppException.invalid('title', '请填写报告标题 title');
    // Line endings as pasted from Windows or old Mac files; paragraphs are the blank lines between them.
    const text = body.text.replace(/\r\n?/g, '\n').trim();
    if (!text) throw AppException.invalid('text', '请粘贴报告全文 text');

    const row = await this.repository.transaction(async (tx) => {
      if (await this.repository.findForUpdate(staff.agencyId, body.year, tx)) {
        throw new AppException(ErrorCode.CONFLICT, `${body.year}年度已有年度报告，不能再导入；如需更正，请联系系统管理员`);
      }
      const now = this.clock.now();
      const stored: StoredImportedReport = { title, agencyName: (await this.repository.agencyName(staff.agencyId)) ?? '', text };
      const inserted = await this.repository.insert(
        {
          agencyId: staff.agencyId,
          year: body.year,
          kind: 'department',
          status: 'published',
          source: 'imported',
          sections: JSON.stringify(emptyAnnualReportSections()),
          table2: JSON.stringify(emptyTable2()),
          overrides: '[]',
          frozenFigures: null,
          publishedReport: JSON.stringify(stored),
          submittedBy: null,
          submittedAt: null,
          approvedBy: null,
          approvedAt: null,
          publishedBy: staff.id,
          // Midnight China time of the day it was published: chinaDateOf gives that day back.
          publishedAt: new Date(`${body.publishedOn}T00:00:00+08:00`),
          returnComment: null,
          createdAt: now,
          updatedAt: now,
        },
        tx,
      );
      const detail = `${body.year}年度报告：导入往年报告“${title}”（${body.publishedOn} 公开，全文 ${text.length} 字）`;
      await this.audit.record(actor, { action: 'annual_report.import', targetType: 'annual_report', targetId: inserted.id, detail }, tx);
      return inserted;
    });
    return publicSummaryOf(row);
  }
}
