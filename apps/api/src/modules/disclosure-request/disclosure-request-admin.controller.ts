import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DisclosureLetter, DisclosurePersonalData, DisclosureQueueCounts, DisclosureReminderRun, DisclosureRequestSummary, NoticeDelivery, Page, StaffDisclosureRequestView, StaffRole } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { MediaService } from '../media/media.service';
import { NoticeDeliveryService } from '../notification/notice-delivery.service';
import { DOCX_MEDIA_TYPE, fileIdPipe, requestIdPipe, sendLetter } from './disclosure-request.controller';
import { DisclosureReminderService } from './disclosure-reminder.service';
import { DisclosureCaseworkService } from './disclosure-casework.service';
import { DisclosureIntakeService } from './disclosure-intake.service';
import { residentPageOfRequest } from './resident-page';
import { CreateDisclosureRequestOnBehalfDto } from './dto/create-disclosure-request.dto';
import { DisclosureQueueCountsDto, ListDisclosureQueueDto } from './dto/list-disclosure-queue.dto';
import { asDisclosureAction, PerformDisclosureActionDto } from './dto/perform-disclosure-action.dto';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { ApiErrors } from '../../openapi/api-errors';

@ApiTags('依申请公开（办理）')
@ApiBearerAuth()
@Controller('admin/disclosure-requests')
@UseGuards(StaffAuthGuard)
export class DisclosureRequestAdminController {
  constructor(
    private readonly casework: DisclosureCaseworkService,
    private readonly intake: DisclosureIntakeService,
    private readonly reminders: DisclosureReminderService,
    private readonly media: MediaService,
    private readonly noticeDeliveries: NoticeDeliveryService,
  ) {}

  /** Runs the reminder scan now (it also runs on a timer): for the office head after a calendar change, and tests. */
  @ApiOperation({ summary: '立即运行期限提醒' })
  @Post('reminders/run')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD)
  runReminders(): Promise<DisclosureReminderRun> {
    return this.reminders.scan();
  }

  @ApiOperation({ summary: '待办申请列表' })
  @Get()
  queue(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListDisclosureQueueDto): Promise<Page<DisclosureRequestSummary>> {
    return this.casework.queue(staff, query);
  }

  @ApiOperation({ summary: '各待办队列的件数' })
  @Get('queue-counts')
  queueCounts(@CurrentStaff() staff: StaffPrincipal, @Query() query: DisclosureQueueCountsDto): Promise<DisclosureQueueCounts> {
    return this.casework.queueCounts(staff, query);
  }

  @ApiOperation({ summary: '代录申请（当面或信函提交）' })
  @Post()
  @ApiErrors(422)
  async createOnBehalf(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: CreateDisclosureRequestOnBehalfDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffDisclosureRequestView> {
    return this.casework.getForStaff(staff, await this.intake.createOnBehalf(staff, body, actor));
  }

  @ApiOperation({ summary: '申请详情（办理）' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<StaffDisclosureRequestView> {
    return this.casework.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '本件通知的微信送达情况' })
  @Get(':id/deliveries')
  async deliveries(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<NoticeDelivery[]> {
    // Refuses a case outside the staff member's agency or unit, as the case itself does.
    await this.casework.assertVisible(staff, id);
    return this.noticeDeliveries.ofLink(staff.agencyId, residentPageOfRequest(id));
  }

  @ApiOperation({ summary: '告知书列表（办理）' })
  @Get(':id/letters')
  letters(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureLetter[]> {
    return this.casework.lettersForStaff(staff, id);
  }

  @ApiOperation({ summary: '下载告知书（Word，办理）' })
  @Get(':id/letters/:kind.docx')
  @ApiFileResponse(DOCX_MEDIA_TYPE, '告知书 Word 文件')
  async letterDocx(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendLetter(await this.casework.lettersForStaff(staff, id), kind, reply);
  }

  @ApiOperation({ summary: '查看申请人完整个人信息（留痕）' })
  @Get(':id/personal-data')
  personalData(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number, @RequestActor() actor: Actor): Promise<DisclosurePersonalData> {
    return this.casework.personalData(staff, id, actor);
  }

  @ApiOperation({ summary: '下载申请附件（办理）' })
  @Get(':id/attachments/:fileId')
  @ApiFileResponse('application/octet-stream', '附件内容（类型见 Content-Type）')
  async attachment(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('fileId', fileIdPipe) fileId: number,
    @RequestActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.media.send(await this.casework.attachmentForStaff(staff, id, fileId, actor), reply);
  }

  @ApiOperation({ summary: '办理操作（补正、延期、答复等）' })
  @Post(':id/actions')
  @ApiErrors(422)
  @HttpCode(200)
  perform(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: PerformDisclosureActionDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffDisclosureRequestView> {
    return this.casework.perform(staff, id, asDisclosureAction(body), actor);
  }
}
