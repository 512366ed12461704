import { Injectable } from '@nestjs/common';
import { DashboardSummary } from '@govopen/contracts';
import { chinaDateOf, describeDay } from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { OrganizationRepository } from '../organization/organization.repository';
import { AnnualReportService } from './annual-report.service';

@Injectable()
export class ReportService {
  constructor(
    private readonly clock: Clock,
    private readonly calendarService: CalendarService,
    private readonly organization: OrganizationRepository,
    private readonly annualReports: AnnualReportService,
  ) {}

  async dashboard(staff: StaffPrincipal): Promise<DashboardSummary> {
    const now = this.clock.now();
    const [status, calendar, agency, units, staffCount, annualReport] = await Promise.all([
      this.calendarService.status(),
      this.calendarService.getCalendar(),
      this.organization.findAgency(staff.agencyId),
      this.organization.listUnits(staff.agencyId),
      this.organization.countActiveStaff(staff.agencyId),
      this.annualReports.dueCountdown(staff.agencyId),
    ]);
    const today = chinaDateOf(now);
    const day = calendar.years.has(Number(today.slice(0, 4))) ? describeDay(calendar, today) : null;
    return {
      agencyName: agency?.name ?? '',
      today,
      todayWorking: day?.working ?? false,
      todayName: day?.name ?? null,
      warnings: status.warning ? [status.warning] : [],
      units: units.filter((unit) => unit.active).length,
      staff: staffCount,
      calendarYears: status.years,
      calendarMissingYears: status.missing,
      annualReport,
    };
  }
}
