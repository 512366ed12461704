import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestEvent, Table3Group, table3ColumnOfCode, table3LeafOfCode } from '@govopen/domain';
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

/** One group of table3Groups: MySQL answers the sums as strings, SQLite as numbers. */
interface GroupRow {
  reportColumn: number | string | null;
  reportLeaf: number | string | null;
  withinClosed: number | string;
  withinOpen: number | string;
  beforeClosed: number | string;
  beforeOpen: number | string;
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
   * The agency's requests as table 三 of `year` counts them, in one grouped query over projected columns: the
   * receipt and closing dates and the table-三 codes (applicant column; leaf once closed) DisclosureCaseStore writes
   * from the events with the domain's table3CodesOf. Groups follow the covering index ix_disclosure_request_report
   * (agency, column, leaf, dates), so the database reads that narrow index once and never sorts; each group counts
   * its requests in the four positions table 三 reads them in (received before or within the year × closed within
   * it or not), as table3GroupOf places one request. A year of a million requests comes back as a few dozen rows.
   */
  async table3Groups(agencyId: number, year: number, tx: Transaction = this.dataSource.manager): Promise<Table3Group[]> {
    const closedIn = 'r.closed_date IS NOT NULL AND r.closed_date <= :end';
    const stillOpen = '(r.closed_date IS NULL OR r.closed_date > :end)';
    const rows = await managerOf(tx)
      .getRepository(DisclosureRequest)
      .createQueryBuilder('r')
      .select('r.report_column', 'reportColumn')
      .addSelect('r.report_leaf', 'reportLeaf')
      .addSelect(`SUM(CASE WHEN r.received_date >= :start AND ${closedIn} THEN 1 ELSE 0 END)`, 'withinClosed')
      .addSelect(`SUM(CASE WHEN r.received_date >= :start AND ${stillOpen} THEN 1 ELSE 0 END)`, 'withinOpen')
      .addSelect(`SUM(CASE WHEN r.received_date < :start AND ${closedIn} THEN 1 ELSE 0 END)`, 'beforeClosed')
      .addSelect(`SUM(CASE WHEN r.received_date < :start AND ${stillOpen} THEN 1 ELSE 0 END)`, 'beforeOpen')
      .where('r.agency_id = :agencyId', { agencyId })
      .andWhere('r.received_date IS NOT NULL AND r.received_date <= :end')
      .andWhere('(r.closed_date IS NULL OR r.closed_date >= :start)')
      .setParameters({ start: `${year}-01-01`, end: `${year}-12-31` })
      .groupBy('r.report_column')
      .addGroupBy('r.report_leaf')
      .getRawMany<GroupRow>();
    return rows.flatMap((row) => {
      const column = row.reportColumn === null ? null : table3ColumnOfCode(Number(row.reportColumn));
      // The same refusals as the domain's for one request: never a guessed column or leaf in a published table.
      if (!column) throw new RangeError('法人或其他组织申请人未登记组织类型，无法计入年度报告表三的申请人栏目');
      const leaf = row.reportLeaf === null ? null : table3LeafOfCode(Number(row.reportLeaf));
      const positions = [
        { received: 'within', closed: true, count: Number(row.withinClosed) },
        { received: 'within', closed: false, count: Number(row.withinOpen) },
        { received: 'before', closed: true, count: Number(row.beforeClosed) },
        { received: 'before', closed: false, count: Number(row.beforeOpen) },
      ] as const;
      return positions
        .filter(({ count }) => count > 0)
        .map(({ received, closed, count }): Table3Group => {
          if (closed && !leaf) throw new RangeError('已办结的申请没有办理结果，无法计入年度报告表三');
          return { column, received, leaf: closed ? leaf : null, count };
        });
    });
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
