import { Controller, Get, Param, ParseIntPipe, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StatisticsReport } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff } from '../../common/request-context';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { attachment, XLSX_TYPE } from './annual-report-admin.controller';
import { statisticsXlsx } from './statistics-xlsx';
import { StatisticsService } from './statistics.service';

const YEAR_REFUSAL = '年度 year 应为 2000 至 2100 之间的四位数字，如 2026';
const yearPipe = new ParseIntPipe({ exceptionFactory: () => AppException.invalid('year', YEAR_REFUSAL) });

function checkedYear(year: number): number {
  if (year < 2000 || year > 2100) throw AppException.invalid('year', YEAR_REFUSAL);
  return year;
}

@ApiTags('统计')
@ApiBearerAuth()
@Controller('admin/statistics')
@UseGuards(StaffAuthGuard)
export class StatisticsAdminController {
  constructor(private readonly statistics: StatisticsService) {}

  @ApiOperation({ summary: '下载年度统计（Excel）' })
  @Get(':year.xlsx')
  @ApiFileResponse(XLSX_TYPE, '统计页各表格 Excel 文件')
  async xlsx(@CurrentStaff() staff: StaffPrincipal, @Param('year', yearPipe) year: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const report = await this.statistics.statistics(staff, checkedYear(year));
    attachment(reply, XLSX_TYPE, `statistics-${year}.xlsx`, `${report.scopeName}${year}年统计.xlsx`);
    return statisticsXlsx(report);
  }

  @ApiOperation({ summary: '年度统计：依申请公开、留言、意见征集（按月、按科室）' })
  @Get(':year')
  view(@CurrentStaff() staff: StaffPrincipal, @Param('year', yearPipe) year: number): Promise<StatisticsReport> {
    return this.statistics.statistics(staff, checkedYear(year));
  }
}
