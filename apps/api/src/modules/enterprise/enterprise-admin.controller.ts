import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EnterpriseBindingView, EnterpriseDistricts, EnterpriseMemberPhone, Page, StaffEnterpriseSummary, StaffEnterpriseView, StaffRole } from '@govopen/contracts';
import type { FastifyReply } from 'fastify';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { ApiFileResponse } from '../../openapi/api-file-response';
import { MediaService } from '../media/media.service';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ListBindingsDto, ListEnterprisesDto, RejectBindingDto, SaveDistrictsDto, VerificationDecisionDto } from './dto/enterprise-profile.dto';
import { enterpriseIdPipe, memberIdPipe } from './enterprise.controller';
import { EnterpriseBindingService } from './enterprise-binding.service';
import { EnterpriseProfileService } from './enterprise-profile.service';

const bindingIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('绑定申请不存在') });

/** Staff who serve enterprises: decide claims, read profiles and members. */
const ENTERPRISE_STAFF = [StaffRole.OFFICE_HEAD, StaffRole.HANDLER, StaffRole.PUBLISHER];

@ApiTags('企业服务（管理）')
@ApiBearerAuth()
@Controller('admin')
@UseGuards(StaffAuthGuard)
@Roles(...ENTERPRISE_STAFF)
export class EnterpriseAdminController {
  constructor(
    private readonly bindings: EnterpriseBindingService,
    private readonly profiles: EnterpriseProfileService,
    private readonly media: MediaService,
  ) {}

  @ApiOperation({ summary: '企业绑定审核列表' })
  @Get('enterprise-bindings')
  listBindings(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListBindingsDto): Promise<Page<EnterpriseBindingView>> {
    return this.profiles.listBindings(staff, query);
  }

  @ApiOperation({ summary: '通过企业绑定申请' })
  @Post('enterprise-bindings/:id/approve')
  @HttpCode(200)
  async approve(@CurrentStaff() staff: StaffPrincipal, @Param('id', bindingIdPipe) id: number, @RequestActor() actor: Actor): Promise<EnterpriseBindingView> {
    return this.profiles.bindingView(staff, await this.bindings.approve(staff, id, actor));
  }

  @ApiOperation({ summary: '不通过企业绑定申请' })
  @Post('enterprise-bindings/:id/reject')
  @HttpCode(200)
  async reject(@CurrentStaff() staff: StaffPrincipal, @Param('id', bindingIdPipe) id: number, @Body() body: RejectBindingDto, @RequestActor() actor: Actor): Promise<EnterpriseBindingView> {
    return this.profiles.bindingView(staff, await this.bindings.reject(staff, id, body.reason, actor));
  }

  @ApiOperation({ summary: '下载绑定证明材料（留痕）' })
  @Get('enterprise-bindings/:id/evidence')
  @ApiFileResponse('application/octet-stream', '授权书或营业执照（类型见 Content-Type）')
  async evidence(@CurrentStaff() staff: StaffPrincipal, @Param('id', bindingIdPipe) id: number, @RequestActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await this.media.send(await this.bindings.evidenceForStaff(staff, id, actor), reply);
  }

  @ApiOperation({ summary: '企业列表' })
  @Get('enterprises')
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListEnterprisesDto): Promise<Page<StaffEnterpriseSummary>> {
    return this.profiles.listEnterprises(staff, query);
  }

  @ApiOperation({ summary: '企业详情（成员、修改记录）' })
  @Get('enterprises/:id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', enterpriseIdPipe) id: number): Promise<StaffEnterpriseView> {
    return this.profiles.getForStaff(staff, id);
  }

  /** Decides the enterprise's pending claim (memberId names it when there are several). */
  @ApiOperation({ summary: '企业认证审核' })
  @Post('enterprises/:id/verification')
  @HttpCode(200)
  async verification(@CurrentStaff() staff: StaffPrincipal, @Param('id', enterpriseIdPipe) id: number, @Body() body: VerificationDecisionDto, @RequestActor() actor: Actor): Promise<StaffEnterpriseView> {
    await this.bindings.decideForEnterprise(staff, id, body, actor);
    return this.profiles.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '查看企业成员完整联系电话（留痕）' })
  @Get('enterprises/:id/members/:memberId/phone')
  phone(@CurrentStaff() staff: StaffPrincipal, @Param('id', enterpriseIdPipe) id: number, @Param('memberId', memberIdPipe) memberId: number, @RequestActor() actor: Actor): Promise<EnterpriseMemberPhone> {
    return this.profiles.memberPhone(staff, id, memberId, actor);
  }

  @ApiOperation({ summary: '企业所在区（市）列表' })
  @Get('enterprise-districts')
  @Roles(...ENTERPRISE_STAFF, StaffRole.SYSTEM_ADMIN)
  districts(@CurrentStaff() staff: StaffPrincipal): Promise<EnterpriseDistricts> {
    return this.profiles.districts(staff);
  }

  /** A per-agency setting: the system administrator's, or the 公开办负责人's. */
  @ApiOperation({ summary: '设置企业所在区（市）列表' })
  @Put('enterprise-districts')
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
  saveDistricts(@CurrentStaff() staff: StaffPrincipal, @Body() body: SaveDistrictsDto, @RequestActor() actor: Actor): Promise<EnterpriseDistricts> {
    return this.profiles.saveDistricts(staff, body, actor);
  }
}
