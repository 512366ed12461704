import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { OrganizationModule } from '../organization/organization.module';
import { ReportAdminController } from './report-admin.controller';
import { ReportService } from './report.service';

@Module({
  imports: [CalendarModule, OrganizationModule],
  controllers: [ReportAdminController],
  providers: [ReportService],
})
export class ReportModule {}
