import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComplianceReport } from '@govopen/contracts';
import { StaffPrincipal } from '../../common/actor';
import { CurrentStaff } from '../../common/request-context';
import { StaffAuthGuard } from '../session/staff-auth.guard';
import { ComplianceService } from './compliance.service';

/** Kept at its old address under admin/publishing; it lives here because it reads policies, interpretations and the catalog. */
@ApiTags('发布管理')
@ApiBearerAuth()
@Controller('admin/publishing')
@UseGuards(StaffAuthGuard)
export class ComplianceAdminController {
  constructor(private readonly compliance: ComplianceService) {}

  /** The seeds' rules on interpretations and the catalog, for the dashboard. */
  @ApiOperation({ summary: '发布合规检查' })
  @Get('compliance')
  report(@CurrentStaff() staff: StaffPrincipal): Promise<ComplianceReport> {
    return this.compliance.compliance(staff);
  }
}
