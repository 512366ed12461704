import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MessageContact, MessageEscalationCounts, MessageEscalationRun, MessageReplyTemplate, MessageSettings, Page, StaffMessageSummary, StaffMessageView, StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ListMessageInboxDto, PerformMessageActionDto, SaveMessageSettingsDto } from './dto/staff-message.dto';
import { MessageActionService } from './message-action.service';
import { MessageBoardSettingsService } from './message-board-settings.service';
import { MessageEscalationService } from './message-escalation.service';
import { MessageWorkbenchService } from './message-workbench.service';
import { messageIdPipe } from './message.controller';

@ApiTags('网民留言（办理）')
@ApiBearerAuth()
@Controller('admin/messages')
@UseGuards(StaffAuthGuard)
export class MessageAdminController {
  constructor(
    private readonly workbench: MessageWorkbenchService,
    private readonly actions: MessageActionService,
    private readonly boardSettings: MessageBoardSettingsService,
    private readonly escalations: MessageEscalationService,
  ) {}

  @ApiOperation({ summary: '留言办理列表' })
  @Get()
  inbox(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListMessageInboxDto): Promise<Page<StaffMessageSummary>> {
    return this.workbench.inbox(staff, query);
  }

  @ApiOperation({ summary: '留言督办统计' })
  @Get('escalation')
  escalation(@CurrentStaff() staff: StaffPrincipal): Promise<MessageEscalationCounts> {
    return this.workbench.escalationCounts(staff);
  }

  /** Runs the reminder scan now (it also runs on a timer). */
  @ApiOperation({ summary: '立即运行留言督办提醒' })
  @Post('escalation/run')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD)
  runEscalation(): Promise<MessageEscalationRun> {
    return this.escalations.scan();
  }

  @ApiOperation({ summary: '答复模板' })
  @Get('templates')
  templates(@CurrentStaff() staff: StaffPrincipal): Promise<MessageReplyTemplate[]> {
    return this.boardSettings.templates(staff);
  }

  @ApiOperation({ summary: '留言设置' })
  @Get('settings')
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
  settings(): Promise<MessageSettings> {
    return this.boardSettings.settings();
  }

  @ApiOperation({ summary: '保存留言设置' })
  @Put('settings')
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
  saveSettings(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveMessageSettingsDto, @RequestActor() actor: Actor): Promise<MessageSettings> {
    return this.boardSettings.saveSettings(staff, body, actor);
  }

  @ApiOperation({ summary: '留言详情（办理）' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', messageIdPipe) id: number): Promise<StaffMessageView> {
    return this.workbench.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '查看留言人联系方式（留痕）' })
  @Get(':id/contact')
  contact(@CurrentStaff() staff: StaffPrincipal, @Param('id', messageIdPipe) id: number, @RequestActor() actor: Actor): Promise<MessageContact> {
    return this.workbench.contact(staff, id, actor);
  }

  @ApiOperation({ summary: '办理留言（分办、答复、公开等）' })
  @Post(':id/actions')
  @HttpCode(200)
  act(@CurrentStaff() staff: StaffPrincipal, @Param('id', messageIdPipe) id: number, @Body() body: PerformMessageActionDto, @RequestActor() actor: Actor): Promise<StaffMessageView> {
    return this.actions.act(staff, id, body, actor);
  }
}
