import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PolicyPushAudience, PolicyPushRecipientView, PolicyPushRunReport, PolicyPushSummary, PolicyPushView, StaffRole } from '@govopen/contracts';
import { Actor, ResidentPrincipal, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { PageQueryDto } from '../../common/page-query.dto';
import { CurrentResident, CurrentStaff, RequestActor } from '../../common/request-context';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ComposePolicyPushDto, DecidePolicyPushDto, ListPolicyPushesDto, PushAudienceDto } from './dto/policy-push.dto';
import { PolicyPushSender } from './policy-push-sender.service';
import { PolicyPushService, PUSH_APPROVER_ROLES } from './policy-push.service';

const pushIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('推送不存在') });

@ApiTags('惠企政策推送（管理）')
@ApiBearerAuth()
@Controller('admin/pushes')
@UseGuards(StaffAuthGuard)
@Roles(StaffRole.OFFICE_HEAD, StaffRole.PUBLISHER, StaffRole.HANDLER)
export class PolicyPushAdminController {
  constructor(
    private readonly pushes: PolicyPushService,
    private readonly sender: PolicyPushSender,
  ) {}

  /** The live audience of a composition: count, yes/check split and a sample with reasons. */
  @ApiOperation({ summary: '预览推送对象' })
  @Post('audience')
  @HttpCode(200)
  audience(@CurrentStaff() staff: StaffPrincipal, @Body() body: PushAudienceDto): Promise<PolicyPushAudience> {
    return this.pushes.audience(staff, body);
  }

  @ApiOperation({ summary: '撰写推送（提交审核）' })
  @Post()
  compose(@CurrentStaff() staff: StaffPrincipal, @Body() body: ComposePolicyPushDto, @RequestActor() actor: Actor): Promise<PolicyPushView> {
    return this.pushes.compose(staff, body, actor);
  }

  @ApiOperation({ summary: '推送列表' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListPolicyPushesDto): Promise<Page<PolicyPushSummary>> {
    return this.pushes.list(staff, query);
  }

  @ApiOperation({ summary: '推送详情与送达统计' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', pushIdPipe) id: number): Promise<PolicyPushView> {
    return this.pushes.get(staff, id);
  }

  @ApiOperation({ summary: '修改推送（撰写人）' })
  @Put(':id')
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', pushIdPipe) id: number, @Body() body: ComposePolicyPushDto, @RequestActor() actor: Actor): Promise<PolicyPushView> {
    return this.pushes.update(staff, id, body, actor);
  }

  /** By a publisher or office head other than the composer. */
  @ApiOperation({ summary: '审核推送（通过或退回）' })
  @Post(':id/approval')
  @HttpCode(200)
  @Roles(...PUSH_APPROVER_ROLES)
  approval(@CurrentStaff() staff: StaffPrincipal, @Param('id', pushIdPipe) id: number, @Body() body: DecidePolicyPushDto, @RequestActor() actor: Actor): Promise<PolicyPushView> {
    return this.pushes.decide(staff, id, body, actor);
  }

  @ApiOperation({ summary: '取消推送' })
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@CurrentStaff() staff: StaffPrincipal, @Param('id', pushIdPipe) id: number, @RequestActor() actor: Actor): Promise<PolicyPushView> {
    return this.pushes.cancel(staff, id, actor);
  }

  /** Sends an approved push that is due now (a timer does it too); a re-run writes only what is missing. */
  @ApiOperation({ summary: '立即发送推送' })
  @Post(':id/send')
  @HttpCode(200)
  @Roles(...PUSH_APPROVER_ROLES)
  send(@CurrentStaff() staff: StaffPrincipal, @Param('id', pushIdPipe) id: number, @RequestActor() actor: Actor): Promise<PolicyPushRunReport> {
    return this.sender.sendNow(staff, id, actor);
  }

  @ApiOperation({ summary: '推送对象企业及送达情况' })
  @Get(':id/recipients')
  recipients(@CurrentStaff() staff: StaffPrincipal, @Param('id', pushIdPipe) id: number, @Query() query: PageQueryDto): Promise<Page<PolicyPushRecipientView>> {
    return this.pushes.recipients(staff, id, query);
  }
}

@ApiTags('惠企政策')
@ApiBearerAuth()
@Controller('policy-pushes')
@UseGuards(ResidentAuthGuard)
export class PolicyPushController {
  constructor(private readonly pushes: PolicyPushService) {}

  /** The item was opened from the push: the resident's notice counts as opened. */
  @ApiOperation({ summary: '记录推送已打开' })
  @Post(':id/opened')
  @HttpCode(204)
  async opened(@CurrentResident() resident: ResidentPrincipal, @Param('id', pushIdPipe) id: number): Promise<void> {
    await this.pushes.opened(resident, id);
  }
}
