import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { KeyTaskImportPreview, KeyTaskLedgerSummary, KeyTaskLedgerView, KeyTaskView } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { attachment, XLSX_TYPE } from '../report/annual-report-admin.controller';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { AssignKeyTaskDto } from './dto/assign-key-task.dto';
import { ImportKeyTasksDto } from './dto/import-key-tasks.dto';
import { KeyTaskLedgerQueryDto } from './dto/key-task-ledger-query.dto';
import { ReportKeyTaskProgressDto } from './dto/report-key-task-progress.dto';
import { KEY_TASK_MANAGER_ROLES, KeyTaskService } from './key-task.service';

const ledgerIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('重点工作台账不存在') });
const taskIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('重点工作任务不存在') });

@ApiTags('重点工作台账（管理）')
@ApiBearerAuth()
@Controller('admin')
@UseGuards(StaffAuthGuard)
export class KeyTaskAdminController {
  constructor(private readonly keyTasks: KeyTaskService) {}

  @ApiOperation({ summary: '预览导入：从重点工作/责任分工文件正文识别任务（不保存）' })
  @Post('key-task-ledgers/preview')
  @HttpCode(200)
  @Roles(...KEY_TASK_MANAGER_ROLES)
  preview(@Body() body: ImportKeyTasksDto): KeyTaskImportPreview {
    return this.keyTasks.preview(body);
  }

  @ApiOperation({ summary: '导入重点工作文件，生成本年度台账' })
  @Post('key-task-ledgers')
  @Roles(...KEY_TASK_MANAGER_ROLES)
  importLedger(@CurrentStaff() staff: StaffPrincipal, @Body() body: ImportKeyTasksDto, @RequestActor() actor: Actor): Promise<KeyTaskLedgerView> {
    return this.keyTasks.importLedger(staff, body, actor);
  }

  @ApiOperation({ summary: '重点工作台账列表（科室人员只计本科室的任务）' })
  @Get('key-task-ledgers')
  ledgers(@CurrentStaff() staff: StaffPrincipal): Promise<KeyTaskLedgerSummary[]> {
    return this.keyTasks.ledgers(staff);
  }

  @ApiOperation({ summary: '下载重点工作台账（Excel，一页）' })
  @Get('key-task-ledgers/:id.xlsx')
  @ApiFileResponse(XLSX_TYPE, '重点工作台账 Excel 文件')
  async xlsx(@CurrentStaff() staff: StaffPrincipal, @Param('id', ledgerIdPipe) id: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { title, file } = await this.keyTasks.xlsx(staff, id);
    attachment(reply, XLSX_TYPE, `key-tasks-${id}.xlsx`, `${title}（台账）.xlsx`);
    return file;
  }

  @ApiOperation({ summary: '重点工作台账（含逾期、即将到期标记；科室人员只见本科室的任务）' })
  @Get('key-task-ledgers/:id')
  ledger(@CurrentStaff() staff: StaffPrincipal, @Param('id', ledgerIdPipe) id: number, @Query() query: KeyTaskLedgerQueryDto): Promise<KeyTaskLedgerView> {
    return this.keyTasks.ledger(staff, id, { status: query.status, unitId: query.unitId });
  }

  @ApiOperation({ summary: '分配任务的承办科室' })
  @Put('key-tasks/:id/unit')
  @Roles(...KEY_TASK_MANAGER_ROLES)
  assign(@CurrentStaff() staff: StaffPrincipal, @Param('id', taskIdPipe) id: number, @Body() body: AssignKeyTaskDto, @RequestActor() actor: Actor): Promise<KeyTaskView> {
    return this.keyTasks.assign(staff, id, body.unitId ?? null, actor);
  }

  @ApiOperation({ summary: '填报任务进展（承办科室人员）' })
  @Post('key-tasks/:id/progress')
  reportProgress(@CurrentStaff() staff: StaffPrincipal, @Param('id', taskIdPipe) id: number, @Body() body: ReportKeyTaskProgressDto, @RequestActor() actor: Actor): Promise<KeyTaskView> {
    return this.keyTasks.reportProgress(staff, id, body, actor);
  }
}
