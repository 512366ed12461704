import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLogEntry, Page, StaffRole } from '@govopen/contracts';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { AuditService } from './audit.service';
import { ListAuditLogsDto } from './dto/list-audit-logs.dto';

@ApiTags('审计日志')
@ApiBearerAuth()
@Controller('admin/audit-logs')
@UseGuards(StaffAuthGuard)
export class AuditAdminController {
  constructor(private readonly auditService: AuditService) {}

  @ApiOperation({ summary: '查询审计日志' })
  @Get()
  @Roles(StaffRole.SYSTEM_ADMIN)
  list(@Query() query: ListAuditLogsDto): Promise<Page<AuditLogEntry>> {
    return this.auditService.list(query);
  }
}
