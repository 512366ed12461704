import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicantType, OrganizationKind } from '@govopen/contracts';
import { Outcome, ReportFactsGroup, RequestEvent, RequestStatus } from '@govopen/domain';
import { DataSource } from 'typeorm';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { isUniqueViolation } from '../../common/unique-violation';
import { managerOf, runInTransaction, Transaction } from '../../database/unit-of-work/transaction';
import { DisclosureRequestEvent } from '../disclosure-request/disclosure-request-event.entity';
import { DisclosureRequest } from '../disclosure-request/disclosure-request.entity';
import { parsePayload } from '../disclosure-request/disclosure-request.mapper';
import { Agency } from '../organization/agency.entity';
import { AnnualReport } from './annual-report.entity';

/** The events tables 四 and the fees are computed from; nothing else of a case history is read for the report. */
const REPORT_EVENT_TYPES = ['review_recorded', 'fee_notified', 'fee_paid'];

interface GroupRow {
  applicantType: ApplicantType;
  organizationKind: OrganizationKind | null;
  receivedDate: string;
  closedDate: string | null;
  outcome: string | null;
  withdrawn: number | string;
  requests: number | string;
}

@Injectable()
export class AnnualReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return runInTransaction(this.dataSource, work);
  }

  find(agencyId: number, year: number, tx: Transaction = this.dataSource.manager): Promise<AnnualReport | null> {
    return managerOf(tx).getRepository(AnnualReport).findOneBy({ agencyId, year });
  }

  /** The row locked for a workflow step (MySQL); SQLite serialises writers anyway. */
  findForUpdate(agencyId: number, year: number, tx: Transaction): Promise<AnnualReport | null> {
    const query = managerOf(tx).getRepository(AnnualReport).createQueryBuilder('report').where('report.agency_id = :agencyId AND report.year = :year', { agencyId, year });
    if (this.dataSource.options.type === 'mysql') query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** A new row; a concurrent first save of the same year loses to the unique index and is asked to retry. */
  async insert(report: Omit<AnnualReport, 'id'>, tx: Transaction): Promise<AnnualReport> {
    try {
      return await managerOf(tx).getRepository(AnnualReport).save(report as AnnualReport);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException(ErrorCode.CONFLICT, '该年度报告刚被其他人创建，请刷新后重试');
      throw error;
    }
  }

  async save(report: AnnualReport, tx: Transaction): Promise<void> {
    await managerOf(tx).getRepository(AnnualReport).save(report);
  }

  list(agencyId: number): Promise<AnnualReport[]> {
    return this.dataSource.getRepository(AnnualReport).find({ where: { agencyId }, order: { year: 'DESC' } });
  }

  listPublished(agencyId: number): Promise<AnnualReport[]> {
    return this.dataSource.getRepository(AnnualReport).find({ where: { agencyId, status: 'published' }, order: { year: 'DESC' } });
  }

  findPublished(agencyId: number, year: number): Promise<AnnualReport | null> {
    return this.dataSource.getRepository(AnnualReport).findOneBy({ agencyId, year, status: 'published' });
  }

  agencyName(agencyId: number): Promise<string | null> {
    return this.dataSource
      .getRepository(Agency)
      .findOne({ where: { id: agencyId }, select: { id: true, name: true } })
      .then((agency) => agency?.name ?? null);
  }

  /**
   * The agency's requests as table 三 of `year` reads them, in one grouped query over the projected columns (the
   * receipt and closing dates, outcome and status that DisclosureCaseStore writes from the events, and the applicant
   * columns): dates folded to the year's edges exactly as foldReportFacts does, then counted, so a year of a million
   * requests comes back as a few dozen groups read from one covering index (ix_disclosure_request_report). The
   * domain turns the groups into the table (computeTable3FromGroups).
   */
  async table3Groups(agencyId: number, year: number, tx: Transaction = this.dataSource.manager): Promise<ReportFactsGroup[]> {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const closedInYear = 'r.closed_date IS NOT NULL AND r.closed_date <= :end';
    const folded = {
      applicantType: 'r.applicant_type',
      organizationKind: "CASE WHEN r.applicant_type = 'organization' THEN r.organization_kind ELSE NULL END",
      receivedDate: 'CASE WHEN r.received_date < :start THEN :dayBefore ELSE :start END',
      closedDate: `CASE WHEN ${closedInYear} THEN :end ELSE NULL END`,
      outcome: `CASE WHEN ${closedInYear} THEN r.outcome ELSE NULL END`,
      withdrawn: `CASE WHEN ${closedInYear} AND r.status = :withdrawn THEN 1 ELSE 0 END`,
    };
    const query = managerOf(tx)
      .getRepository(DisclosureRequest)
      .createQueryBuilder('r')
      .select(folded.applicantType, 'applicantType')
      .addSelect(folded.organizationKind, 'organizationKind')
      .addSelect(folded.receivedDate, 'receivedDate')
      .addSelect(folded.closedDate, 'closedDate')
      .addSelect(folded.outcome, 'outcome')
      .addSelect(folded.withdrawn, 'withdrawn')
      .addSelect('COUNT(*)', 'requests')
      .where('r.agency_id = :agencyId', { agencyId })
      .andWhere('r.received_date IS NOT NULL AND r.received_date <= :end')
      .andWhere('(r.closed_date IS NULL OR r.closed_date >= :start)')
      .setParameters({ start, end, dayBefore: `${year - 1}-12-31`, withdrawn: RequestStatus.WITHDRAWN });
    // The same expressions, not their aliases: MariaDB's ONLY_FULL_GROUP_BY accepts them and SQLite does not mind.
    for (const expression of Object.values(folded)) query.addGroupBy(expression);
    const rows = await query.getRawMany<GroupRow>();
    return rows.map((row) => ({
      facts: {
        applicantType: row.applicantType,
        organizationKind: row.organizationKind,
        receivedDate: row.receivedDate,
        closedDate: row.closedDate,
        outcome: row.outcome as Outcome | null,
        withdrawn: Number(row.withdrawn) === 1,
      },
      count: Number(row.requests),
    }));
  }

  /**
   * The review and fee events of the agency's requests dated by `end`, each request's in order: what table 四 and
   * the 信息处理费 are computed from (read through ix_disclosure_event_type_date, not the whole history).
   */
  async reviewAndFeeHistories(agencyId: number, end: string, tx: Transaction = this.dataSource.manager): Promise<RequestEvent[][]> {
    const rows = await managerOf(tx)
      .getRepository(DisclosureRequestEvent)
      .createQueryBuilder('e')
      .innerJoin(DisclosureRequest, 'r', 'r.id = e.request_id')
      .select(['e.requestId', 'e.seq', 'e.payload'])
      .where('r.agency_id = :agencyId', { agencyId })
      .andWhere('e.type IN (:...types)', { types: REPORT_EVENT_TYPES })
      .andWhere('e.event_date <= :end', { end })
      .orderBy('e.request_id', 'ASC')
      .addOrderBy('e.seq', 'ASC')
      .getMany();
    const histories = new Map<number, RequestEvent[]>();
    for (const row of rows) {
      const events = histories.get(row.requestId) ?? [];
      events.push(parsePayload(row).event);
      histories.set(row.requestId, events);
    }
    return [...histories.values()];
  }
}
