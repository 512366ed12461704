import { LegalRefusal } from '../law/legal-refusal';

/**
 * Each rule of the 条例 (国务院令第711号) and of 国办函〔2020〕109号 that refuses an action on a disclosure request.
 * The code travels to the client as the error code; `disclosureRuleArticle` gives each its provision.
 */
export enum DisclosureRule {
  WRONG_STATUS = 'DISCLOSURE_WRONG_STATUS',
  ALREADY_SUBMITTED = 'DISCLOSURE_ALREADY_SUBMITTED',
  DATE_BEFORE_HISTORY = 'DISCLOSURE_DATE_BEFORE_HISTORY',
  DATE_IN_FUTURE = 'DISCLOSURE_DATE_IN_FUTURE',
  RECEIPT_BEFORE_SUBMISSION = 'DISCLOSURE_RECEIPT_BEFORE_SUBMISSION',
  SAME_UNIT = 'DISCLOSURE_SAME_UNIT',
  ALREADY_HANDLER = 'DISCLOSURE_ALREADY_HANDLER',
  SUPPLEMENT_ONCE = 'DISCLOSURE_SUPPLEMENT_ONCE',
  SUPPLEMENT_NOTICE_LATE = 'DISCLOSURE_SUPPLEMENT_NOTICE_LATE',
  SUPPLEMENT_DUE_NOT_AFTER_NOTICE = 'DISCLOSURE_SUPPLEMENT_DUE_NOT_AFTER_NOTICE',
  SUPPLEMENT_RECEIVED_BEFORE_NOTICE = 'DISCLOSURE_SUPPLEMENT_RECEIVED_BEFORE_NOTICE',
  SUPPLEMENT_NOT_LAPSED = 'DISCLOSURE_SUPPLEMENT_NOT_LAPSED',
  CONSULTATION_RECEIPT_OUT_OF_RANGE = 'DISCLOSURE_CONSULTATION_RECEIPT_OUT_OF_RANGE',
  CONSULTATION_ANSWER_BEFORE_SENDING = 'DISCLOSURE_CONSULTATION_ANSWER_BEFORE_SENDING',
  CONSULTATION_NOT_LAPSED = 'DISCLOSURE_CONSULTATION_NOT_LAPSED',
  REASONS_ONCE = 'DISCLOSURE_REASONS_ONCE',
  REASONS_NOT_REQUESTED = 'DISCLOSURE_REASONS_NOT_REQUESTED',
  REASONS_PERIOD_TOO_SHORT = 'DISCLOSURE_REASONS_PERIOD_TOO_SHORT',
  REASONS_ANSWER_LATE = 'DISCLOSURE_REASONS_ANSWER_LATE',
  REASONS_ALREADY_JUDGED = 'DISCLOSURE_REASONS_ALREADY_JUDGED',
  REASONS_AWAITED = 'DISCLOSURE_REASONS_AWAITED',
  LATER_DEADLINE_NEEDS_REASONABLE = 'DISCLOSURE_LATER_DEADLINE_NEEDS_REASONABLE',
  LATER_DEADLINE_NOT_LATER = 'DISCLOSURE_LATER_DEADLINE_NOT_LATER',
  FEE_ONCE = 'DISCLOSURE_FEE_ONCE',
  FEE_NOT_POSITIVE = 'DISCLOSURE_FEE_NOT_POSITIVE',
  FEE_NOTICE_RECEIPT_OUT_OF_RANGE = 'DISCLOSURE_FEE_NOTICE_RECEIPT_OUT_OF_RANGE',
  FEE_NOT_LAPSED = 'DISCLOSURE_FEE_NOT_LAPSED',
  EXTENSION_ONCE = 'DISCLOSURE_EXTENSION_ONCE',
  EXTENSION_PENDING = 'DISCLOSURE_EXTENSION_PENDING',
  EXTENSION_DAYS = 'DISCLOSURE_EXTENSION_DAYS',
  EXTENSION_WHEN_OVERDUE = 'DISCLOSURE_EXTENSION_WHEN_OVERDUE',
  EXTENSION_SELF_APPROVAL = 'DISCLOSURE_EXTENSION_SELF_APPROVAL',
  NO_PENDING_EXTENSION = 'DISCLOSURE_NO_PENDING_EXTENSION',
  OUTCOME_BY_LAPSE_ONLY = 'DISCLOSURE_OUTCOME_BY_LAPSE_ONLY',
  OUTCOME_NEEDS_SUPPLEMENT = 'DISCLOSURE_OUTCOME_NEEDS_SUPPLEMENT',
  OUTCOME_NEEDS_UNREASONABLE = 'DISCLOSURE_OUTCOME_NEEDS_UNREASONABLE',
  SUPPLEMENTARY_REPLY_AFTER_ABANDONMENT = 'DISCLOSURE_SUPPLEMENTARY_REPLY_AFTER_ABANDONMENT',
}

/** The provision each rule rests on, or null for a rule of procedure (the order of events) rather than of law. */
export function disclosureRuleArticle(rule: DisclosureRule): string | null {
  switch (rule) {
    case DisclosureRule.WRONG_STATUS:
    case DisclosureRule.ALREADY_SUBMITTED:
    case DisclosureRule.DATE_BEFORE_HISTORY:
    case DisclosureRule.DATE_IN_FUTURE:
    case DisclosureRule.SAME_UNIT:
    case DisclosureRule.ALREADY_HANDLER:
    case DisclosureRule.NO_PENDING_EXTENSION:
      return null;
    case DisclosureRule.RECEIPT_BEFORE_SUBMISSION:
      return '《政府信息公开条例》第三十一条';
    case DisclosureRule.SUPPLEMENT_ONCE:
    case DisclosureRule.SUPPLEMENT_NOTICE_LATE:
    case DisclosureRule.SUPPLEMENT_DUE_NOT_AFTER_NOTICE:
    case DisclosureRule.SUPPLEMENT_RECEIVED_BEFORE_NOTICE:
    case DisclosureRule.SUPPLEMENT_NOT_LAPSED:
    case DisclosureRule.OUTCOME_NEEDS_SUPPLEMENT:
    case DisclosureRule.SUPPLEMENTARY_REPLY_AFTER_ABANDONMENT:
      return '《政府信息公开条例》第三十条';
    case DisclosureRule.CONSULTATION_RECEIPT_OUT_OF_RANGE:
    case DisclosureRule.CONSULTATION_ANSWER_BEFORE_SENDING:
    case DisclosureRule.CONSULTATION_NOT_LAPSED:
      return '《政府信息公开条例》第三十二条、第三十四条';
    case DisclosureRule.REASONS_ONCE:
    case DisclosureRule.REASONS_NOT_REQUESTED:
    case DisclosureRule.REASONS_PERIOD_TOO_SHORT:
    case DisclosureRule.REASONS_ANSWER_LATE:
    case DisclosureRule.REASONS_ALREADY_JUDGED:
    case DisclosureRule.REASONS_AWAITED:
    case DisclosureRule.LATER_DEADLINE_NEEDS_REASONABLE:
    case DisclosureRule.LATER_DEADLINE_NOT_LATER:
    case DisclosureRule.OUTCOME_NEEDS_UNREASONABLE:
      return '《政府信息公开条例》第三十五条';
    case DisclosureRule.FEE_ONCE:
      return '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条';
    case DisclosureRule.FEE_NOT_POSITIVE:
      return '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条、第五条';
    case DisclosureRule.FEE_NOTICE_RECEIPT_OUT_OF_RANGE:
    case DisclosureRule.FEE_NOT_LAPSED:
      return '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第七条';
    case DisclosureRule.EXTENSION_ONCE:
    case DisclosureRule.EXTENSION_PENDING:
    case DisclosureRule.EXTENSION_DAYS:
    case DisclosureRule.EXTENSION_WHEN_OVERDUE:
    case DisclosureRule.EXTENSION_SELF_APPROVAL:
      return '《政府信息公开条例》第三十三条第二款';
    case DisclosureRule.OUTCOME_BY_LAPSE_ONLY:
      return '《政府信息公开条例》第三十条、国办函〔2020〕109号第七条';
  }
}

/** Refuses an action on a disclosure request by `rule`; `message` is for the clerk and gets the article appended. */
export function refuseDisclosure(rule: DisclosureRule, message: string): never {
  throw new LegalRefusal(rule, disclosureRuleArticle(rule), message);
}
