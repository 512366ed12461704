import { Injectable } from '@nestjs/common';
import { computeTable3FromGroups, computeTable4, feesCollected, ReportFiguresWithFees } from '@govopen/domain';
import { Transaction } from '../../database/unit-of-work/transaction';
import { AnnualReportRepository } from './annual-report.repository';

/**
 * The figures of a year's report from the agency's cases as they stand now: table 三 from the projected columns (one
 * grouped query; the projection is the events' own, DisclosureCaseStore), table 四 and the 信息处理费 from the review
 * and fee events. The rules are the domain's. Folding each request's events instead (reportFactsOf, computeTable3)
 * gives the same table (the e2e checks it) but reads every event of every request: seconds, not a second, at a
 * million requests (test/bench/annual-report.bench.mjs).
 */
@Injectable()
export class AnnualReportFigures {
  constructor(private readonly repository: AnnualReportRepository) {}

  async compute(agencyId: number, year: number, tx?: Transaction): Promise<ReportFiguresWithFees> {
    const [groups, histories] = await Promise.all([
      this.repository.table3Groups(agencyId, year, tx),
      this.repository.reviewAndFeeHistories(agencyId, `${year}-12-31`, tx),
    ]);
    return { table3: computeTable3FromGroups(groups), table4: computeTable4(histories, year), feesYuan: feesCollected(histories, year) };
  }
}
