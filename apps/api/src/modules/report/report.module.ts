import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrganizationModule } from '../organization/organization.module';
import { ComplianceAdminController } from './compliance-admin.controller';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';
import { ReportAdminController } from './report-admin.controller';
import { ReportService } from './report.service';

@Module({
  imports: [CalendarModule, CatalogModule, OrganizationModule],
  controllers: [ReportAdminController, ComplianceAdminController],
  providers: [ReportService, ComplianceRepository, ComplianceService],
})
export class ReportModule {}
