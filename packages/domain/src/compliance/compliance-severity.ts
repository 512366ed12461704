/** How a compliance flag reads: nothing to do, something owed soon, or a rule already broken. */
export type ComplianceSeverity = 'ok' | 'warning' | 'violation';

/** A flag is as serious as its worst finding: any broken rule makes it a violation, anything merely owed a warning. */
export function complianceSeverity(violations: number, warnings = 0): ComplianceSeverity {
  if (violations > 0) return 'violation';
  return warnings > 0 ? 'warning' : 'ok';
}
