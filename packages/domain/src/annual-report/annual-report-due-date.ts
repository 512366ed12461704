import { LocalDate } from '../calendar/local-date';

/** Who publishes the report: a 县级以上人民政府部门, or a 县级以上地方人民政府 (its 主管部门 publishes it). */
export type ReportingBodyKind = 'department' | 'government';

/**
 * The last day to publish the report for `year` (条例 Art. 49): a department by 31 January of the next year, a
 * government's report by 31 March. "每年1月31日前" is read as that day included, as the seeds' agencies do.
 */
export function annualReportDueDate(year: number, kind: ReportingBodyKind): LocalDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9998) throw new RangeError(`not a report year: ${year}`);
  return `${year + 1}-${kind === 'department' ? '01-31' : '03-31'}`;
}
