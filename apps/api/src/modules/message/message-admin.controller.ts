import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { MessageContact, MessageEscalationCounts, MessageReplyTemplate, MessageSettings, Page, StaffMessageSummary, StaffMessageView, StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ListMessageInboxDto, PerformMessageActionDto, SaveMessageSettingsDto } from './dto/staff-message.dto';
import { EscalationScan, MessageEscalationService } from './message-escalation.service';
import { messageIdPipe } from './message.controller';
import { MessageService } from './message.service';

@ApiTags('网民留言（办理）')
@ApiBearerAuth()
@Controller('admin/messages')
@UseGuards(StaffAuthGuard)
export class MessageAdminController {
  constructor(
    private readonly service: MessageService,
    private readonly escalations: MessageEscalationService,
  ) {}

  @Get()
  inbox(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListMessageInboxDto): Promise<Page<StaffMessageSummary>> {
    return this.service.inbox(staff, query);
  }

  @Get('escalation')
  escalation(@CurrentStaff() staff: StaffPrincipal): Promise<MessageEscalationCounts> {
    return this.service.escalationCounts(staff);
  }

  /** Runs the reminder scan now (it also runs on a timer). */
  @Post('escalation/run')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD)
  runEscalation(): Promise<EscalationScan> {
    return this.escalations.scan();
  }

  @Get('templates')
  templates(@CurrentStaff() staff: StaffPrincipal): Promise<MessageReplyTemplate[]> {
    return this.service.templates(staff);
  }

  @Get('settings')
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
  settings(): Promise<MessageSettings> {
    return this.service.settings();
  }

  @Put('settings')
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
  saveSettings(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveMessageSettingsDto, @RequestActor() actor: Actor): Promise<MessageSettings> {
    return this.service.saveSettings(staff, body, actor);
  }

  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', messageIdPipe) id: number): Promise<StaffMessageView> {
    return this.service.getForStaff(staff, id);
  }

  @Get(':id/contact')
  contact(@CurrentStaff() staff: StaffPrincipal, @Param('id', messageIdPipe) id: number, @RequestActor() actor: Actor): Promise<MessageContact> {
    return this.service.contact(staff, id, actor);
  }

  @Post(':id/actions')
  @HttpCode(200)
  act(@CurrentStaff() staff: StaffPrincipal, @Param('id', messageIdPipe) id: number, @Body() body: PerformMessageActionDto, @RequestActor() actor: Actor): Promise<StaffMessageView> {
    return this.service.act(staff, id, body, actor);
  }
}
