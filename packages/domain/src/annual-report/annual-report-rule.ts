import { LegalRefusal } from '../law/legal-refusal';

/**
 * The rules a step of the annual report's workflow can break, each refused as a LegalRefusal (HTTP 409) naming its
 * basis; a new rule without its article does not compile.
 */
export enum AnnualReportRule {
  /** Submitting or publishing the report of a year that has not ended. */
  YEAR_NOT_OVER = 'ANNUAL_REPORT_YEAR_NOT_OVER',
  /** Submitting or publishing with a failing check. */
  CHECKS_FAILING = 'ANNUAL_REPORT_CHECKS_FAILING',
  /** The person who submitted the report approving it. */
  SELF_APPROVAL = 'ANNUAL_REPORT_SELF_APPROVAL',
  /** Publishing what no second person has approved. */
  NOT_APPROVED = 'ANNUAL_REPORT_NOT_APPROVED',
  /** Changing a report under review: the reviewer approves what is published. */
  IN_REVIEW = 'ANNUAL_REPORT_IN_REVIEW',
  /** Changing a published report. */
  PUBLISHED_FROZEN = 'ANNUAL_REPORT_PUBLISHED_FROZEN',
  /** A step the report's status does not allow (approving a draft, submitting twice). */
  WRONG_STATUS = 'ANNUAL_REPORT_WRONG_STATUS',
}

const REGULATION = '《政府信息公开条例》';

export function annualReportRuleArticle(rule: AnnualReportRule): string | null {
  switch (rule) {
    case AnnualReportRule.YEAR_NOT_OVER:
    case AnnualReportRule.PUBLISHED_FROZEN:
      // Art. 49: the report published each year is the one of the year before.
      return `${REGULATION}第四十九条`;
    case AnnualReportRule.CHECKS_FAILING:
      // Art. 50 lists the contents; the format (30号) prints the table's sums.
      return `${REGULATION}第五十条、国办公开办函〔2021〕30号`;
    case AnnualReportRule.SELF_APPROVAL:
    case AnnualReportRule.NOT_APPROVED:
    case AnnualReportRule.IN_REVIEW:
      // Art. 17: information is reviewed before it is made public, with the procedure and responsibility set.
      return `${REGULATION}第十七条`;
    case AnnualReportRule.WRONG_STATUS:
      return null;
  }
}

/** Refuses a step of the report's workflow by `rule`; `message` is for the clerk and gets the article appended. */
export function refuseAnnualReport(rule: AnnualReportRule, message: string): never {
  throw new LegalRefusal(rule, annualReportRuleArticle(rule), message);
}
