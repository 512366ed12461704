import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnnualReportSummary, AnnualReportView, PublicAnnualReportSummary } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { ApiErrors } from '../../openapi/api-errors';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ANNUAL_REPORT_IMPORT_ROLES, ANNUAL_REPORT_STEP_ROLES } from './annual-report-access';
import { annualReportDocx } from './annual-report-docx';
import { AnnualReportImportService } from './annual-report-import.service';
import { AnnualReportWorkflowService } from './annual-report-workflow.service';
import { annualReportXlsx } from './annual-report-xlsx';
import { AnnualReportService } from './annual-report.service';
import { ImportAnnualReportDto } from './dto/import-annual-report.dto';
import { OverrideAnnualReportCellDto } from './dto/override-annual-report-cell.dto';
import { RemoveAnnualReportOverrideDto } from './dto/remove-annual-report-override.dto';
import { ReturnAnnualReportDto } from './dto/return-annual-report.dto';
import { SaveAnnualReportDto } from './dto/save-annual-report.dto';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportYearPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('没有该年度的年度报告：年度应为四位数字，如 2025') });

/** The download's file name in Chinese, with an ASCII fallback for old clients. */
export function attachment(reply: FastifyReply, contentType: string, fallback: string, fileName: string): void {
  void reply.header('content-type', contentType).header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
}

@ApiTags('政府信息公开工作年度报告（管理）')
@ApiBearerAuth()
@Controller('admin/annual-reports')
@UseGuards(StaffAuthGuard)
export class AnnualReportAdminController {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly workflow: AnnualReportWorkflowService,
    private readonly imports: AnnualReportImportService,
  ) {}

  @ApiOperation({ summary: '年度报告列表（含待公开年度的倒计时）' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal): Promise<AnnualReportSummary[]> {
    return this.reports.list(staff);
  }

  @ApiOperation({ summary: '导入往年报告（产品上线前已公开的年度报告全文，作为已公开文件）' })
  @Post('imports')
  @Roles(...ANNUAL_REPORT_IMPORT_ROLES)
  importPast(@CurrentStaff() staff: StaffPrincipal, @Body() body: ImportAnnualReportDto, @RequestActor() actor: Actor): Promise<PublicAnnualReportSummary> {
    return this.imports.importPast(staff, body, actor);
  }

  @ApiOperation({ summary: '下载年度报告（Word）' })
  @Get(':year.docx')
  // An imported past report has no tables to show or export.
  @ApiErrors(409)
  @ApiFileResponse(DOCX_TYPE, '年度报告 Word 文件（正式版式）')
  async docx(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const report = await this.reports.printable(staff, year);
    attachment(reply, DOCX_TYPE, `annual-report-${year}.docx`, `${report.title}.docx`);
    return annualReportDocx(report);
  }

  @ApiOperation({ summary: '下载年度报告表格（Excel）' })
  @Get(':year.xlsx')
  // An imported past report has no tables to show or export.
  @ApiErrors(409)
  @ApiFileResponse(XLSX_TYPE, '年度报告表二、表三、表四 Excel 文件')
  async xlsx(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const report = await this.reports.printable(staff, year);
    attachment(reply, XLSX_TYPE, `annual-report-${year}.xlsx`, `${report.title}（表格）.xlsx`);
    return annualReportXlsx(report);
  }

  @ApiOperation({ summary: '年度报告（表格由办件计算，含检查结果）' })
  @Get(':year')
  // An imported past report has no tables to show or export.
  @ApiErrors(409)
  view(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number): Promise<AnnualReportView> {
    return this.reports.view(staff, year);
  }

  @ApiOperation({ summary: '保存年度报告草稿（正文、表二）' })
  @Put(':year')
  @Roles(...ANNUAL_REPORT_STEP_ROLES.edit)
  save(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number, @Body() body: SaveAnnualReportDto, @RequestActor() actor: Actor): Promise<AnnualReportView> {
    return this.reports.save(staff, year, body, actor);
  }

  @ApiOperation({ summary: '人工核定表格中的一个数字（须写明理由）' })
  @Post(':year/overrides')
  @HttpCode(200)
  @Roles(...ANNUAL_REPORT_STEP_ROLES.edit)
  override(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('year', reportYearPipe) year: number,
    @Body() body: OverrideAnnualReportCellDto,
    @RequestActor() actor: Actor,
  ): Promise<AnnualReportView> {
    return this.reports.override(staff, year, body, actor);
  }

  @ApiOperation({ summary: '取消人工核定，恢复按办件计算的数字' })
  @Delete(':year/overrides')
  @Roles(...ANNUAL_REPORT_STEP_ROLES.edit)
  removeOverride(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('year', reportYearPipe) year: number,
    @Query() query: RemoveAnnualReportOverrideDto,
    @RequestActor() actor: Actor,
  ): Promise<AnnualReportView> {
    return this.reports.removeOverride(staff, year, query.cell, actor);
  }

  @ApiOperation({ summary: '提交审核（冻结表格数字）' })
  @Post(':year/submit')
  @HttpCode(200)
  @Roles(...ANNUAL_REPORT_STEP_ROLES.submit)
  submit(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number, @RequestActor() actor: Actor): Promise<AnnualReportView> {
    return this.workflow.take(staff, year, 'submit', actor);
  }

  @ApiOperation({ summary: '审核通过（须由起草人以外的人员）' })
  @Post(':year/approve')
  @HttpCode(200)
  @Roles(...ANNUAL_REPORT_STEP_ROLES.approve)
  approve(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number, @RequestActor() actor: Actor): Promise<AnnualReportView> {
    return this.workflow.take(staff, year, 'approve', actor);
  }

  @ApiOperation({ summary: '退回修改' })
  @Post(':year/return')
  @HttpCode(200)
  @Roles(...ANNUAL_REPORT_STEP_ROLES.return)
  returnToDraft(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('year', reportYearPipe) year: number,
    @Body() body: ReturnAnnualReportDto,
    @RequestActor() actor: Actor,
  ): Promise<AnnualReportView> {
    return this.workflow.take(staff, year, 'return', actor, body.comment.trim());
  }

  @ApiOperation({ summary: '公开年度报告（公开后数字不再变化）' })
  @Post(':year/publish')
  @HttpCode(200)
  @Roles(...ANNUAL_REPORT_STEP_ROLES.publish)
  publish(@CurrentStaff() staff: StaffPrincipal, @Param('year', reportYearPipe) year: number, @RequestActor() actor: Actor): Promise<AnnualReportView> {
    return this.workflow.take(staff, year, 'publish', actor);
  }
}
