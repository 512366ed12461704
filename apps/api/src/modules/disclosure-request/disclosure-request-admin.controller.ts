import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DisclosureLetter, DisclosurePersonalData, DisclosureRequestSummary, Page, StaffDisclosureRequestView, StaffRole } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { MediaService } from '../media/media.service';
import { fileIdPipe, requestIdPipe, sendLetter } from './disclosure-request.controller';
import { DisclosureReminderService, ReminderScan } from './disclosure-reminder.service';
import { DisclosureRequestService } from './disclosure-request.service';
import { CreateDisclosureRequestOnBehalfDto } from './dto/create-disclosure-request.dto';
import { ListDisclosureQueueDto } from './dto/list-disclosure-queue.dto';
import { PerformDisclosureActionDto } from './dto/perform-disclosure-action.dto';

@ApiTags('依申请公开（办理）')
@ApiBearerAuth()
@Controller('admin/disclosure-requests')
@UseGuards(StaffAuthGuard)
export class DisclosureRequestAdminController {
  constructor(
    private readonly service: DisclosureRequestService,
    private readonly reminders: DisclosureReminderService,
    private readonly media: MediaService,
  ) {}

  /** Runs the reminder scan now (it also runs on a timer): for the office head after a calendar change, and tests. */
  @Post('reminders/run')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD)
  runReminders(): Promise<ReminderScan> {
    return this.reminders.scan();
  }

  @Get()
  queue(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListDisclosureQueueDto): Promise<Page<DisclosureRequestSummary>> {
    return this.service.queue(staff, query);
  }

  @Post()
  createOnBehalf(
    @CurrentStaff() staff: StaffPrincipal,
    @Body() body: CreateDisclosureRequestOnBehalfDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffDisclosureRequestView> {
    return this.service.createOnBehalf(staff, body, actor);
  }

  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<StaffDisclosureRequestView> {
    return this.service.getForStaff(staff, id);
  }

  @Get(':id/letters')
  letters(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number): Promise<DisclosureLetter[]> {
    return this.service.lettersForStaff(staff, id);
  }

  @Get(':id/letters/:kind.docx')
  async letterDocx(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('kind') kind: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendLetter(await this.service.lettersForStaff(staff, id), kind, reply);
  }

  @Get(':id/personal-data')
  personalData(@CurrentStaff() staff: StaffPrincipal, @Param('id', requestIdPipe) id: number, @RequestActor() actor: Actor): Promise<DisclosurePersonalData> {
    return this.service.personalData(staff, id, actor);
  }

  @Get(':id/attachments/:fileId')
  async attachment(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Param('fileId', fileIdPipe) fileId: number,
    @RequestActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.media.send(await this.service.attachmentForStaff(staff, id, fileId, actor), reply);
  }

  @Post(':id/actions')
  @HttpCode(200)
  perform(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', requestIdPipe) id: number,
    @Body() body: PerformDisclosureActionDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffDisclosureRequestView> {
    return this.service.perform(staff, id, body, actor);
  }
}
