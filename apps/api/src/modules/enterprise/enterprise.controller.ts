import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EnterpriseColleagueView, EnterpriseInvitationView, EnterpriseOptions, MyEnterpriseView, PolicyCalculatorResponse } from '@govopen/contracts';
import { Actor, ResidentPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentResident, RequestActor } from '../../common/request-context';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { ResidentAuthGuard } from '../session/resident-auth.guard';
import { BindEnterpriseDto, ChangeMemberRoleDto, SaveSubscriptionDto, UpdateEnterpriseDto } from './dto/enterprise-profile.dto';
import { EnterpriseBindingService } from './enterprise-binding.service';
import { EnterpriseMembershipService } from './enterprise-membership.service';
import { EnterpriseProfileService } from './enterprise-profile.service';
import { PolicyBenefitService } from './policy-benefit.service';

export const enterpriseIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('企业不存在') });
export const memberIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('成员不存在') });

@ApiTags('企业服务')
@Controller('enterprise-options')
export class EnterpriseOptionsController {
  constructor(private readonly profiles: EnterpriseProfileService) {}

  /** What the forms offer: industries (门类 and 大类), sizes, qualifications, the agency's districts, topics. */
  @ApiOperation({ summary: '企业信息选项（行业、规模、资质、区市、主题）' })
  @Get()
  options(): Promise<EnterpriseOptions> {
    return this.profiles.options();
  }
}

@ApiTags('企业服务')
@ApiBearerAuth()
@Controller()
@UseGuards(ResidentAuthGuard)
export class EnterpriseController {
  constructor(
    private readonly bindings: EnterpriseBindingService,
    private readonly profiles: EnterpriseProfileService,
    private readonly memberships: EnterpriseMembershipService,
    private readonly benefits: PolicyBenefitService,
  ) {}

  /** Claims an enterprise: pending until staff approve it against the uploaded 授权书/营业执照. */
  @ApiOperation({ summary: '绑定企业（提交认证）' })
  @Post('enterprises')
  @HttpCode(201)
  @RateLimit('writes')
  bind(@CurrentResident() resident: ResidentPrincipal, @Body() body: BindEnterpriseDto, @RequestActor() actor: Actor): Promise<MyEnterpriseView> {
    return this.bindings.bind(resident, body, actor);
  }

  @ApiOperation({ summary: '我的企业' })
  @Get('enterprises/mine')
  mine(@CurrentResident() resident: ResidentPrincipal): Promise<MyEnterpriseView[]> {
    return this.profiles.mine(resident);
  }

  @ApiOperation({ summary: '我的企业详情' })
  @Get('enterprises/:id')
  one(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number): Promise<MyEnterpriseView> {
    return this.profiles.getMine(resident, id);
  }

  @ApiOperation({ summary: '修改企业信息（留存修改记录）' })
  @Put('enterprises/:id')
  update(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number, @Body() body: UpdateEnterpriseDto, @RequestActor() actor: Actor): Promise<MyEnterpriseView> {
    return this.profiles.update(resident, id, body, actor);
  }

  @ApiOperation({ summary: '生成成员邀请码（企业管理员）' })
  @Post('enterprises/:id/invitations')
  @HttpCode(201)
  @RateLimit('writes')
  invite(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number, @RequestActor() actor: Actor): Promise<EnterpriseInvitationView> {
    return this.bindings.invite(resident, id, actor);
  }

  @ApiOperation({ summary: '凭邀请码加入企业' })
  @Post('enterprise-invitations/:code/accept')
  @HttpCode(200)
  @RateLimit('writes')
  accept(@CurrentResident() resident: ResidentPrincipal, @Param('code') code: string, @RequestActor() actor: Actor): Promise<MyEnterpriseView> {
    return this.bindings.acceptInvitation(resident, code, actor);
  }

  /** The last 管理员 may not leave while verified colleagues remain (409 ENTERPRISE_LAST_ADMIN). */
  @ApiOperation({ summary: '退出企业（或撤回绑定申请）' })
  @Post('enterprises/:id/leave')
  @HttpCode(204)
  async leave(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number, @RequestActor() actor: Actor): Promise<void> {
    await this.memberships.leave(resident, id, actor);
  }

  @ApiOperation({ summary: '本企业已认证成员' })
  @Get('enterprises/:id/members')
  members(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number): Promise<EnterpriseColleagueView[]> {
    return this.memberships.colleagues(resident, id);
  }

  /** By a verified 管理员; the last 管理员 is never made a 成员 (409 ENTERPRISE_LAST_ADMIN). */
  @ApiOperation({ summary: '设置成员角色（企业管理员）' })
  @Put('enterprises/:id/members/:memberId/role')
  changeMemberRole(
    @CurrentResident() resident: ResidentPrincipal,
    @Param('id', enterpriseIdPipe) id: number,
    @Param('memberId', memberIdPipe) memberId: number,
    @Body() body: ChangeMemberRoleDto,
    @RequestActor() actor: Actor,
  ): Promise<EnterpriseColleagueView[]> {
    return this.memberships.changeRole(resident, id, memberId, body.role, actor);
  }

  @ApiOperation({ summary: '设置政策订阅主题与免打扰' })
  @Put('enterprises/:id/subscription')
  subscription(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number, @Body() body: SaveSubscriptionDto, @RequestActor() actor: Actor): Promise<MyEnterpriseView> {
    return this.profiles.saveSubscription(resident, id, body, actor);
  }

  /** The published 惠企政策 items against the enterprise's stored profile, explained. */
  @ApiOperation({ summary: '本企业适用的惠企政策' })
  @Get('enterprises/:id/matches')
  matches(@CurrentResident() resident: ResidentPrincipal, @Param('id', enterpriseIdPipe) id: number): Promise<PolicyCalculatorResponse> {
    return this.benefits.matchesOf(resident, id);
  }
}
