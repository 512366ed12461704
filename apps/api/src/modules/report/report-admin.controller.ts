import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardSummary } from '@govopen/contracts';
import { StaffPrincipal } from '../../common/actor';
import { CurrentStaff } from '../../common/request-context';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { ReportService } from './report.service';

@ApiTags('工作台')
@ApiBearerAuth()
@Controller('admin/dashboard')
@UseGuards(StaffAuthGuard)
export class ReportAdminController {
  constructor(private readonly reportService: ReportService) {}

  @ApiOperation({ summary: '工作台概况' })
  @Get()
  dashboard(@CurrentStaff() staff: StaffPrincipal): Promise<DashboardSummary> {
    return this.reportService.dashboard(staff);
  }
}
