import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffRole, StaffUser, Unit } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { CreateStaffDto } from './dto/create-staff.dto';
import { CreateUnitDto } from './dto/create-unit.dto';
import { UpdateStaffDto } from './dto/update-staff.dto';
import { UpdateUnitDto } from './dto/update-unit.dto';
import { OrganizationService } from './organization.service';

const idPipe = new ParseIntPipe({ exceptionFactory: () => AppException.invalid('id', '编号必须是整数') });

@ApiTags('组织机构')
@ApiBearerAuth()
@Controller('admin')
@UseGuards(StaffAuthGuard)
export class OrganizationAdminController {
  constructor(private readonly organizationService: OrganizationService) {}

  @ApiOperation({ summary: '科室列表' })
  @Get('units')
  listUnits(@CurrentStaff() staff: StaffPrincipal): Promise<Unit[]> {
    return this.organizationService.listUnits(staff);
  }

  @ApiOperation({ summary: '新增科室' })
  @Post('units')
  @Roles(StaffRole.SYSTEM_ADMIN)
  createUnit(@CurrentStaff() staff: StaffPrincipal, @Body() body: CreateUnitDto, @RequestActor() actor: Actor): Promise<Unit> {
    return this.organizationService.createUnit(staff, body, actor);
  }

  @ApiOperation({ summary: '修改科室' })
  @Patch('units/:id')
  @Roles(StaffRole.SYSTEM_ADMIN)
  updateUnit(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', idPipe) id: number,
    @Body() body: UpdateUnitDto,
    @RequestActor() actor: Actor,
  ): Promise<Unit> {
    return this.organizationService.updateUnit(staff, id, body, actor);
  }

  @ApiOperation({ summary: '工作人员列表' })
  @Get('staff')
  @Roles(StaffRole.SYSTEM_ADMIN, StaffRole.OFFICE_HEAD)
  listStaff(@CurrentStaff() staff: StaffPrincipal): Promise<StaffUser[]> {
    return this.organizationService.listStaff(staff);
  }

  @ApiOperation({ summary: '新增工作人员' })
  @Post('staff')
  @Roles(StaffRole.SYSTEM_ADMIN)
  createStaff(@CurrentStaff() staff: StaffPrincipal, @Body() body: CreateStaffDto, @RequestActor() actor: Actor): Promise<StaffUser> {
    return this.organizationService.createStaff(staff, body, actor);
  }

  @ApiOperation({ summary: '修改工作人员' })
  @Patch('staff/:id')
  @Roles(StaffRole.SYSTEM_ADMIN)
  updateStaff(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', idPipe) id: number,
    @Body() body: UpdateStaffDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffUser> {
    return this.organizationService.updateStaff(staff, id, body, actor);
  }
}
