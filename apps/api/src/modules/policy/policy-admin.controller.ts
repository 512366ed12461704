import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, StaffPolicySummary, StaffPolicyView, StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ListStaffContentDto } from '../publishing/dto/list-content.dto';
import { ReviewContentDto } from '../publishing/dto/review-content.dto';
import { PublishingService } from '../publishing/publishing.service';
import { ChangeValidityDto } from './dto/change-validity.dto';
import { SavePolicyDto } from './dto/save-policy.dto';
import { policyIdPipe } from './policy.controller';
import { PolicyService } from './policy.service';

@ApiTags('政策文件（发布管理）')
@ApiBearerAuth()
@Controller('admin/policies')
@UseGuards(StaffAuthGuard)
export class PolicyAdminController {
  constructor(
    private readonly policies: PolicyService,
    private readonly publishing: PublishingService,
  ) {}

  @ApiOperation({ summary: '政策文件列表（管理）' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListStaffContentDto): Promise<Page<StaffPolicySummary>> {
    return this.policies.listForStaff(staff, query);
  }

  @ApiOperation({ summary: '新建政策文件' })
  @Post()
  create(@CurrentStaff() staff: StaffPrincipal, @Body() body: SavePolicyDto, @RequestActor() actor: Actor): Promise<StaffPolicyView> {
    return this.policies.create(staff, body, actor);
  }

  @ApiOperation({ summary: '政策文件详情（管理）' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', policyIdPipe) id: number): Promise<StaffPolicyView> {
    return this.policies.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '修改政策文件' })
  @Put(':id')
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', policyIdPipe) id: number, @Body() body: SavePolicyDto, @RequestActor() actor: Actor): Promise<StaffPolicyView> {
    return this.policies.update(staff, id, body, actor);
  }

  /** 提交审查 / 审查通过 / 退回修改 / 发布 (now or scheduled) / 撤回. */
  @ApiOperation({ summary: '政策文件审查与发布' })
  @Post(':id/review')
  @HttpCode(200)
  async review(@CurrentStaff() staff: StaffPrincipal, @Param('id', policyIdPipe) id: number, @Body() body: ReviewContentDto, @RequestActor() actor: Actor): Promise<StaffPolicyView> {
    await this.publishing.review('policy', id, staff, body, actor);
    return this.policies.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '变更文件效力' })
  @Post(':id/validity')
  @HttpCode(200)
  @Roles(StaffRole.PUBLISHER, StaffRole.OFFICE_HEAD)
  validity(@CurrentStaff() staff: StaffPrincipal, @Param('id', policyIdPipe) id: number, @Body() body: ChangeValidityDto, @RequestActor() actor: Actor): Promise<StaffPolicyView> {
    return this.policies.changeValidity(staff, id, body.validity, body.replacedById ?? null, actor);
  }
}
