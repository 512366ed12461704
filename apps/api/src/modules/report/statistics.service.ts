import { Injectable } from '@nestjs/common';
import { StatisticsReport } from '@govopen/contracts';
import { chinaDateOf, MessageStatsRow, Outcome, summarizeConsultationStatistics, summarizeMessageMonth, summarizeRequestStatistics } from '@govopen/domain';
import { StaffPrincipal } from '../../common/actor';
import { Clock } from '../../common/clock';
import { CalendarService } from '../calendar/calendar.service';
import { isOfficeHead } from '../disclosure-request/disclosure-access';
import { OrganizationRepository } from '../organization/organization.repository';
import { StatisticsRepository, StatisticsScope } from './statistics.repository';

const percent = (part: number, whole: number): number | null => (whole ? Math.round((part * 1000) / whole) / 10 : null);

/** 统计: a year's figures from the case facts, scoped as the queues are (the 公开办 the agency, a unit its own cases). */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly repository: StatisticsRepository,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly organization: OrganizationRepository,
  ) {}

  async statistics(staff: StaffPrincipal, year: number): Promise<StatisticsReport> {
    const today = chinaDateOf(this.clock.now());
    const office = isOfficeHead(staff);
    const scope: StatisticsScope = office ? { agencyId: staff.agencyId } : { agencyId: staff.agencyId, unitId: staff.unitId };
    const [requests, messages, consultations, calendar, units, agency] = await Promise.all([
      this.repository.requestRows(scope, year),
      this.repository.messageRows(scope, year),
      this.repository.consultationRows(scope, year),
      this.calendar.getCalendar(),
      this.organization.listUnits(staff.agencyId),
      this.organization.findAgency(staff.agencyId),
    ]);
    const unitName = (id: number | null) => (id === null ? '未分办' : (units.find((unit) => unit.id === id)?.name ?? '已撤销的科室'));
    const requestStats = summarizeRequestStatistics(
      requests.map((row) => ({ unitId: row.unitId, receivedDate: row.receivedDate, dueDate: row.dueDate, closedDate: row.closedDate, outcome: row.outcome as Outcome | null })),
      year,
      today,
      calendar,
    );
    const messageRows: MessageStatsRow[] = messages.map((row) => ({ board: row.board, receivedDate: row.receivedDate, repliedDate: row.repliedDate, dueDate: row.dueDate, invalid: row.status === 'invalid', rating: row.rating }));
    const receivedInYear = messageRows.filter((row) => !row.invalid && row.receivedDate?.startsWith(String(year)));
    const count = (comments: { decision: string | null }[], decision: string) => comments.filter((comment) => comment.decision === decision).length;
    return {
      year,
      asOf: today,
      scope: office ? 'agency' : 'unit',
      scopeName: office ? (agency?.name ?? '') : unitName(staff.unitId),
      requests: { total: requestStats.total, months: requestStats.months, outcomes: requestStats.outcomes, units: requestStats.units.map((row) => ({ ...row, unitName: unitName(row.unitId) })) },
      messages: {
        total: summarizeMessageMonth(messageRows, String(year)),
        months: Array.from({ length: 12 }, (_, index) => summarizeMessageMonth(messageRows, `${year}-${String(index + 1).padStart(2, '0')}`)),
        replyRate: percent(receivedInYear.filter((row) => row.repliedDate !== null).length, receivedInYear.length),
      },
      consultations: summarizeConsultationStatistics(
        consultations.map(({ consultation, comments }) => ({
          endDate: consultation.endDate,
          adoptionPublished: consultation.adoptionPublishedAt !== null,
          comments: comments.length,
          adopted: count(comments, 'adopted'),
          partiallyAdopted: count(comments, 'partially_adopted'),
          notAdopted: count(comments, 'not_adopted'),
        })),
        year,
        today,
      ),
    };
  }
}
