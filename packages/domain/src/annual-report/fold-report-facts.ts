import { ReportFacts } from './report-facts-of';

/**
 * A request's facts as table 三 of `year` reads them: dates folded to the year's edges (received before it → 31
 * December of the year before, within it → 1 January; closed within it → 31 December, later or never → open), the
 * outcome kept only when it closed within the year; null when the request is not in that year's table at all
 * (never received, received after the year, or closed before it). Requests folding to the same facts count together
 * (computeTable3FromGroups); the repository's grouped query folds the same way in SQL.
 */
export function foldReportFacts(facts: ReportFacts, year: number): ReportFacts | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const { receivedDate, closedDate } = facts;
  if (receivedDate === null || receivedDate > end) return null;
  if (closedDate !== null && closedDate < start) return null;
  const closedInYear = closedDate !== null && closedDate <= end;
  return {
    applicantType: facts.applicantType,
    organizationKind: facts.applicantType === 'organization' ? facts.organizationKind : null,
    receivedDate: receivedDate < start ? `${year - 1}-12-31` : start,
    closedDate: closedInYear ? end : null,
    outcome: closedInYear ? facts.outcome : null,
    withdrawn: closedInYear && facts.withdrawn,
  };
}
