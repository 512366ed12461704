import { LegalRefusal } from '../law/legal-refusal';

/**
 * The rules of 意见征集 a staff action can break. Each is refused as a LegalRefusal (HTTP 409) naming its article; a
 * new rule without an entry in `consultationRuleText` does not compile.
 */
export enum ConsultationRule {
  /** A window shorter than the minimum, saved without a stated reason. */
  CONSULTATION_WINDOW_TOO_SHORT = 'CONSULTATION_WINDOW_TOO_SHORT',
  /** Publishing after the planned start would leave less than the minimum, and no reason was stated. */
  CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW = 'CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW',
}

// 713号 Art. 15 ¶2: 公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明.
const ART_15 = '《重大行政决策程序暂行条例》第十五条';
// 民法典 Art. 201 (a period in days starts the next day) and Art. 203 (a last day on a holiday moves past it).
const COUNTING = '期限自发布次日起算，末日遇节假日顺延至节后第一个工作日（《民法典》第二百零一条、第二百零三条）';

export function consultationRuleText(rule: ConsultationRule): { article: string; message: string } {
  switch (rule) {
    case ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT:
      return { article: ART_15, message: `征求意见期限不少于 30 日，${COUNTING}；期限更短的，应当说明理由 shortWindowReason` };
    case ConsultationRule.CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW:
      return {
        article: ART_15,
        message: `草案晚于计划开始日期发布，征求意见期限从实际发布次日重新起算，已不足 30 日（${COUNTING}）；请延后截止日期，或说明缩短期限的理由 shortWindowReason 后再发布`,
      };
  }
}

/** The refusal for a broken rule, with its article; `detail` adds the facts of the case (dates). */
export function consultationRefusal(rule: ConsultationRule, detail?: string): LegalRefusal {
  const { article, message } = consultationRuleText(rule);
  return new LegalRefusal(rule, article, detail ? `${message}。${detail}` : message);
}

export function refuseConsultation(rule: ConsultationRule, detail?: string): never {
  throw consultationRefusal(rule, detail);
}
