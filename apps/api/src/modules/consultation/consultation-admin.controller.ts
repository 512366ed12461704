import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ConsultationWindowRule, StaffConsultationSummary, StaffConsultationView, StaffRole } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ConsultationReminderService } from './consultation-reminder.service';
import { consultationIdPipe } from './consultation.controller';
import { ConsultationService } from './consultation.service';
import { DecideCommentDto, ModerateCommentDto, PublishAdoptionDto, RecordDecisionDto, SaveConsultationDto, WindowRuleQueryDto } from './dto/consultation.dto';

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
  @Post('reminders/run')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD)
  runReminders(): Promise<{ notices: number }> {
    return this.reminders.scan();
  }

  @Get()
  list(@CurrentStaff() staff: StaffPrincipal): Promise<StaffConsultationSummary[]> {
    return this.service.staffList(staff);
  }

  /** The earliest last day a window may have without a stated reason, for a draft to be published on startDate. */
  @Get('window-rule')
  windowRule(@CurrentStaff() staff: StaffPrincipal, @Query() query: WindowRuleQueryDto): Promise<ConsultationWindowRule> {
    return this.service.windowRule(staff, query.startDate);
  }

  @Post()
  create(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveConsultationDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.create(staff, body, actor);
  }

  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number): Promise<StaffConsultationView> {
    return this.service.staffGet(staff, id);
  }

  @Put(':id')
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: SaveConsultationDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.update(staff, id, body, actor);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.publish(staff, id, actor);
  }

  /** The day the decision was made: the 采纳情况 is due 10 working days after it. */
  @Put(':id/decision')
  recordDecision(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: RecordDecisionDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.recordDecision(staff, id, body.decisionDate, actor);
  }

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

  @Get(':id/comments.xlsx')
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

  @Put(':id/adoption')
  saveAdoption(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: PublishAdoptionDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.saveAdoption(staff, id, body.summary, actor);
  }

  @Post(':id/adoption/publish')
  @HttpCode(200)
  publishAdoption(@CurrentStaff() staff: StaffPrincipal, @Param('id', consultationIdPipe) id: number, @Body() body: PublishAdoptionDto, @RequestActor() actor: Actor): Promise<StaffConsultationView> {
    return this.service.publishAdoption(staff, id, body.summary, actor);
  }
}
