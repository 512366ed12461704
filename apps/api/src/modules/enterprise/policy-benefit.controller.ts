import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PolicyBenefitSummary, PolicyBenefitView, PolicyCalculatorResponse, StaffPolicyBenefitView, StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { ListPolicyBenefitsDto, ListStaffPolicyBenefitsDto, PolicyCalculatorRequestDto, SavePolicyBenefitDto } from './dto/policy-benefit.dto';
import { PolicyBenefitService } from './policy-benefit.service';

const benefitIdPipe = new ParseIntPipe({ exceptionFactory: () => AppException.notFound('惠企政策不存在') });

@ApiTags('惠企政策')
@Controller()
export class PolicyBenefitController {
  constructor(private readonly benefits: PolicyBenefitService) {}

  @ApiOperation({ summary: '惠企政策列表' })
  @Get('policy-benefits')
  list(@Query() query: ListPolicyBenefitsDto): Promise<Page<PolicyBenefitSummary>> {
    return this.benefits.listPublished(query);
  }

  @ApiOperation({ summary: '惠企政策详情（申兑指南）' })
  @Get('policy-benefits/:id')
  one(@Param('id', benefitIdPipe) id: number): Promise<PolicyBenefitView> {
    return this.benefits.getPublished(id);
  }

  /** No sign-in: a visitor types what they know and sees which items apply and why. */
  @ApiOperation({ summary: '政策计算器' })
  @Post('policy-calculator')
  @HttpCode(200)
  @RateLimit('reads')
  calculate(@Body() body: PolicyCalculatorRequestDto): Promise<PolicyCalculatorResponse> {
    return this.benefits.calculate(body);
  }
}

@ApiTags('惠企政策（管理）')
@ApiBearerAuth()
@Controller('admin/policy-benefits')
@UseGuards(StaffAuthGuard)
@Roles(StaffRole.OFFICE_HEAD, StaffRole.PUBLISHER, StaffRole.HANDLER)
export class PolicyBenefitAdminController {
  constructor(private readonly benefits: PolicyBenefitService) {}

  @ApiOperation({ summary: '惠企政策列表（管理）' })
  @Get()
  list(@CurrentStaff() staff: StaffPrincipal, @Query() query: ListStaffPolicyBenefitsDto): Promise<Page<StaffPolicyBenefitView>> {
    return this.benefits.listForStaff(staff, query);
  }

  @ApiOperation({ summary: '惠企政策详情（管理）' })
  @Get(':id')
  one(@CurrentStaff() staff: StaffPrincipal, @Param('id', benefitIdPipe) id: number): Promise<StaffPolicyBenefitView> {
    return this.benefits.getForStaff(staff, id);
  }

  @ApiOperation({ summary: '新建惠企政策' })
  @Post()
  create(@CurrentStaff() staff: StaffPrincipal, @Body() body: SavePolicyBenefitDto, @RequestActor() actor: Actor): Promise<StaffPolicyBenefitView> {
    return this.benefits.create(staff, body, actor);
  }

  @ApiOperation({ summary: '修改惠企政策' })
  @Put(':id')
  update(@CurrentStaff() staff: StaffPrincipal, @Param('id', benefitIdPipe) id: number, @Body() body: SavePolicyBenefitDto, @RequestActor() actor: Actor): Promise<StaffPolicyBenefitView> {
    return this.benefits.update(staff, id, body, actor);
  }

  @ApiOperation({ summary: '发布惠企政策' })
  @Post(':id/publish')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.PUBLISHER)
  publish(@CurrentStaff() staff: StaffPrincipal, @Param('id', benefitIdPipe) id: number, @RequestActor() actor: Actor): Promise<StaffPolicyBenefitView> {
    return this.benefits.setPublished(staff, id, true, actor);
  }

  @ApiOperation({ summary: '撤回惠企政策' })
  @Post(':id/unpublish')
  @HttpCode(200)
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.PUBLISHER)
  unpublish(@CurrentStaff() staff: StaffPrincipal, @Param('id', benefitIdPipe) id: number, @RequestActor() actor: Actor): Promise<StaffPolicyBenefitView> {
    return this.benefits.setPublished(staff, id, false, actor);
  }
}
