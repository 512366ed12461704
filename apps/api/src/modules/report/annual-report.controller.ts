import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicAnnualReportDocument, PublicAnnualReportSummary } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { reportYearPipe } from './annual-report-admin.controller';
import { annualReportHtml, importedAnnualReportHtml } from './annual-report-html';
import { AnnualReportService } from './annual-report.service';

/** The published reports, for everyone: the mini-program's 政务公开 → 年度报告 and the page inspectors read. */
@ApiTags('政府信息公开工作年度报告')
@Controller('annual-reports')
export class AnnualReportController {
  constructor(private readonly reports: AnnualReportService) {}

  @ApiOperation({ summary: '已公开的年度报告' })
  @Get()
  list(): Promise<PublicAnnualReportSummary[]> {
    return this.reports.publicList();
  }

  @ApiOperation({ summary: '年度报告网页（正式版式表格）' })
  @Get(':year.html')
  @ApiFileResponse('text/html', '年度报告网页，表格保持正式版式（合并单元格、行标题原文）')
  async html(@Param('year', reportYearPipe) year: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const report = await this.reports.publicView(year);
    void reply.header('content-type', 'text/html; charset=utf-8');
    return Buffer.from(report.source === 'imported' ? importedAnnualReportHtml(report) : annualReportHtml(report), 'utf8');
  }

  @ApiOperation({ summary: '年度报告（已公开）' })
  @Get(':year')
  one(@Param('year', reportYearPipe) year: number): Promise<PublicAnnualReportDocument> {
    return this.reports.publicView(year);
  }
}
