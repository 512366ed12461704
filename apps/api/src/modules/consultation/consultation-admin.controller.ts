import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConsultationReminderRun, ConsultationWindowRule, StaffConsultationSummary, StaffConsultationView, StaffRole } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ConsultationReminderService } from './consultation-reminder.service';
import { consultationIdPipe } from './consultation.controller';
import { ConsultationService } from './consultation.service';
import { DecideCommentDto, ModerateCommentDto, PublishAdoptionDto, RecordDecisionDto, SaveConsultationDto, WindowRuleQueryDto } from './dto/consultation.dto';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { ApiErrors } from '../../openapi/api-errors';

const commentIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('意见不存在') });

@ApiTags('意见征集（管理）')
@ApiBearerAuth()
@Controller('admin/consultations')
@UseGuards(StaffAuthGuard)
export class ConsultationAdminController {
  constructor(
    private readonly service: ConsultationService,
    private readonly reminders: ConsultationReminderService,
  ) {}

  /** Runs the 采纳情况 reminder scan now (it also runs on a timer). */
  @ApiOperation({ summary: '立即运行采纳情况提醒' })
  @Post('reminders/run')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD)
  runReminders(): Promise<ConsultationReminderRun> {
    return this.reminders.scan();
  }

  @ApiOperation({ summary: '意见征集列表（管理）' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal): Promise<StaffConsultationSummary[]> {
    return this.service.staffList(staff);
  }

  /** The earliest last day a window may have without a stated reason, for a draft to be published on startDate. */
  @ApiOperation({ summary: '征集期限规则' })
  @Get('window-rule')
  @ApiErrors(422)
  windowRule(@CurrentStaff() staff: StaffPrincipal, @Query() query: WindowRuleQueryDto): Promise<ConsultationWindowRule> {
    return this.service.windowRule(staff, query.startDate);
  }

  @ApiOperation({ summary: '新建意见征集' })
  @Post()
  @ApiErrors(422)
  create(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveConsultationDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.create(staff, body, actor);
  }

  @ApiOperation({ summary: '意见征集详情（管理）' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number): Promise<StaffConsultationView> {
    return this.service.staffGet(staff, id);
  }

  @ApiOperation({ summary: '修改意见征集' })
  @Put(':id')
  @ApiErrors(422)
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: SaveConsultationDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.update(staff, id, body, actor);
  }

  @ApiOperation({ summary: '发布意见征集' })
  @Post(':id/publish')
  @ApiErrors(422)
  @HttpCode(200)
  publish(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.publish(staff, id, actor);
  }

  /** The day the decision was made: the 采纳情况 is due 10 working days after it. */
  @ApiOperation({ summary: '记录最终决定' })
  @Put(':id/decision')
  recordDecision(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: RecordDecisionDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.recordDecision(staff, id, body.decisionDate, actor);
  }

  @ApiOperation({ summary: '审核意见（公开或不公开）' })
  @Post(':id/comments/:commentId/moderation')
  @HttpCode(200)
  moderate(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', consultationIdPipe) id: number,
    @Param('commentId', commentIdPipe) commentId: number,
    @Body() body: ModerateCommentDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffConsultationView> {
    return this.service.moderateComment(staff, id, commentId, body, actor);
  }

  @ApiOperation({ summary: '对意见作出采纳决定' })
  @Post(':id/comments/:commentId/decision')
  @HttpCode(200)
  decide(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', consultationIdPipe) id: number,
    @Param('commentId', commentIdPipe) commentId: number,
    @Body() body: DecideCommentDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffConsultationView> {
    return this.service.decideComment(staff, id, commentId, body, actor);
  }

  @ApiOperation({ summary: '导出意见（Excel）' })
  @Get(':id/comments.xlsx')
  @ApiFileResponse('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '意见汇总 Excel 文件')
  async export(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', consultationIdPipe) id: number,
    @RequestActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { fileName, buffer } = await this.service.exportComments(staff, id, actor);
    void reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="comments.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return buffer;
  }

  @ApiOperation({ summary: '保存采纳情况草稿' })
  @Put(':id/adoption')
  saveAdoption(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: PublishAdoptionDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.saveAdoption(staff, id, body.summary, actor);
  }

  @ApiOperation({ summary: '公布采纳情况' })
  @Post(':id/adoption/publish')
  @HttpCode(200)
  publishAdoption(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: PublishAdoptionDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.publishAdoption(staff, id, body.summary, actor);
  }
}
