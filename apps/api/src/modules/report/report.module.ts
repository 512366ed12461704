import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrganizationModule } from '../organization/organization.module';
import { ComplianceAdminController } from './compliance-admin.controller';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';
import { AnnualReportAdminController } from './annual-report-admin.controller';
import { AnnualReportController } from './annual-report.controller';
import { AnnualReportFigures } from './annual-report-figures';
import { AnnualReportImportService } from './annual-report-import.service';
import { AnnualReportRepository } from './annual-report.repository';
import { AnnualReportService } from './annual-report.service';
import { AnnualReportWorkflowService } from './annual-report-workflow.service';
import { ReportAdminController } from './report-admin.controller';
import { ReportService } from './report.service';
import { StatisticsAdminController } from './statistics-admin.controller';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [CalendarModule, CatalogModule, OrganizationModule],
  controllers: [ReportAdminController, ComplianceAdminController, StatisticsAdminController, AnnualReportAdminController, AnnualReportController],
  providers: [ReportService, ComplianceRepository, ComplianceService, AnnualReportRepository, AnnualReportFigures, AnnualReportService, AnnualReportWorkflowService, AnnualReportImportService, StatisticsRepository, StatisticsService],
})
export class ReportModule {}
