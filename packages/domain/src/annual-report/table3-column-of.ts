import { ReportFacts } from './report-facts-of';
import { ApplicantColumn } from './table3-rows';

/**
 * The applicant column of table 三 a request counts in. An organization without its kind is refused rather than
 * guessed into 其他: the column would be wrong in a published report.
 */
export function table3ColumnOf(facts: Pick<ReportFacts, 'applicantType' | 'organizationKind'>): ApplicantColumn {
  if (facts.applicantType === 'citizen') return 'citizen';
  if (facts.organizationKind === null) throw new RangeError('法人或其他组织申请人未登记组织类型，无法计入年度报告表三的申请人栏目');
  return facts.organizationKind;
}
