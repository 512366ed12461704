/**
 * The outcome of a closed request: exactly one leaf of table 三 of the annual report (国办公开办函〔2021〕30号),
 * with the article of the 条例 (国务院令第711号) the reply letter rests on.
 */
export enum Outcome {
  DISCLOSED = 'disclosed',
  PARTIALLY_DISCLOSED = 'partially_disclosed',
  WITHHELD_STATE_SECRET = 'withheld_state_secret',
  WITHHELD_PROHIBITED_BY_LAW = 'withheld_prohibited_by_law',
  WITHHELD_SECURITY_STABILITY = 'withheld_security_stability',
  WITHHELD_THIRD_PARTY_RIGHTS = 'withheld_third_party_rights',
  WITHHELD_INTERNAL_AFFAIRS = 'withheld_internal_affairs',
  WITHHELD_PROCESS_INFORMATION = 'withheld_process_information',
  WITHHELD_ENFORCEMENT_FILE = 'withheld_enforcement_file',
  WITHHELD_ADMINISTRATIVE_QUERY = 'withheld_administrative_query',
  /** 信息不存在 (Art. 36(4)). */
  UNAVAILABLE_NOT_HELD = 'unavailable_not_held',
  /** 不属于本机关负责公开 (Art. 36(5)): the letter names the competent agency. Same row 三（四）1. */
  UNAVAILABLE_NOT_RESPONSIBLE = 'unavailable_not_responsible',
  UNAVAILABLE_NEEDS_CREATION = 'unavailable_needs_creation',
  UNAVAILABLE_STILL_UNCLEAR = 'unavailable_still_unclear',
  NOT_PROCESSED_PETITION = 'not_processed_petition',
  NOT_PROCESSED_REPEATED = 'not_processed_repeated',
  NOT_PROCESSED_PUBLICATION = 'not_processed_publication',
  NOT_PROCESSED_EXCESSIVE = 'not_processed_excessive',
  NOT_PROCESSED_CONFIRMATION = 'not_processed_confirmation',
  OTHER_SUPPLEMENT_OVERDUE = 'other_supplement_overdue',
  OTHER_FEE_UNPAID = 'other_fee_unpaid',
  OTHER = 'other',
}

export type OutcomeGroup = '予以公开' | '部分公开' | '不予公开' | '无法提供' | '不予处理' | '其他处理';

export interface OutcomeInfo {
  /** The row of table 三, e.g. 三（三）4. */
  row: string;
  group: OutcomeGroup;
  label: string;
  /** The article of the 条例 the reply cites; null where no single article decides it and staff state the basis. */
  article: string | null;
  /**
   * The decision paragraph of the reply letter, with {{占位符}} (compose-letter fills them). Each leaf says what the
   * law lets it say: 不予重复处理 is not 不作为申请处理, and a 不属于本机关负责公开 names who is.
   */
  decision: string;
  /** What the reply must also name (where to raise it, where to obtain it, the competent agency), if anything. */
  referral: 'channel' | 'source' | 'competent_agency' | null;
}

const DECISIONS = {
  disclosed: '{{法律依据}}您申请获取的政府信息属于公开范围，本机关予以公开，按您选择的方式提供。',
  partial: '{{法律依据}}您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的部分，不予公开的部分及理由见说明。',
  withheld: '您申请获取的信息{{答复类型}}，{{法律依据}}本机关不予公开。',
  unavailable: '经检索查找，{{答复类型}}，{{法律依据}}本机关无法提供。',
  other: '{{答复类型}}。{{法律依据}}',
};

type Leaf = Omit<OutcomeInfo, 'decision' | 'referral'> & Partial<Pick<OutcomeInfo, 'decision' | 'referral'>>;

const GROUP_DECISION: Record<OutcomeGroup, string> = {
  予以公开: DECISIONS.disclosed,
  部分公开: DECISIONS.partial,
  不予公开: DECISIONS.withheld,
  无法提供: DECISIONS.unavailable,
  // Every 不予处理 leaf has its own wording below; this is never used for one.
  不予处理: DECISIONS.other,
  其他处理: DECISIONS.other,
};

export function outcomeInfo(outcome: Outcome): OutcomeInfo {
  const leaf = outcomeLeaf(outcome);
  return { ...leaf, decision: leaf.decision ?? GROUP_DECISION[leaf.group], referral: leaf.referral ?? null };
}

function outcomeLeaf(outcome: Outcome): Leaf {
  switch (outcome) {
    case Outcome.DISCLOSED:
      return { row: '三（一）', group: '予以公开', label: '予以公开', article: '第三十六条第（一）项、第（二）项' };
    case Outcome.PARTIALLY_DISCLOSED:
      return { row: '三（二）', group: '部分公开', label: '部分公开（区分处理）', article: '第三十七条' };
    case Outcome.WITHHELD_STATE_SECRET:
      return { row: '三（三）1', group: '不予公开', label: '属于国家秘密', article: '第十四条' };
    case Outcome.WITHHELD_PROHIBITED_BY_LAW:
      return { row: '三（三）2', group: '不予公开', label: '其他法律行政法规禁止公开', article: '第十四条' };
    case Outcome.WITHHELD_SECURITY_STABILITY:
      return { row: '三（三）3', group: '不予公开', label: '危及“三安全一稳定”', article: '第十四条' };
    case Outcome.WITHHELD_THIRD_PARTY_RIGHTS:
      return { row: '三（三）4', group: '不予公开', label: '保护第三方合法权益', article: '第十五条' };
    case Outcome.WITHHELD_INTERNAL_AFFAIRS:
      return { row: '三（三）5', group: '不予公开', label: '属于三类内部事务信息', article: '第十六条第一款' };
    case Outcome.WITHHELD_PROCESS_INFORMATION:
      return { row: '三（三）6', group: '不予公开', label: '属于四类过程性信息', article: '第十六条第二款' };
    case Outcome.WITHHELD_ENFORCEMENT_FILE:
      return { row: '三（三）7', group: '不予公开', label: '属于行政执法案卷', article: '第十六条第二款' };
    case Outcome.WITHHELD_ADMINISTRATIVE_QUERY:
      return { row: '三（三）8', group: '不予公开', label: '属于行政查询事项', article: '第三十六条第（七）项' };
    case Outcome.UNAVAILABLE_NOT_HELD:
      return {
        row: '三（四）1',
        group: '无法提供',
        label: '本机关不掌握相关政府信息（信息不存在）',
        article: '第三十六条第（四）项',
        decision: '经检索查找，本机关未制作或者获取您申请获取的政府信息。{{法律依据}}告知您该政府信息不存在。',
      };
    case Outcome.UNAVAILABLE_NOT_RESPONSIBLE:
      return {
        row: '三（四）1',
        group: '无法提供',
        label: '本机关不掌握相关政府信息（不属于本机关负责公开）',
        article: '第三十六条第（五）项',
        decision: '经审查，您申请获取的政府信息不属于本机关负责公开。{{法律依据}}告知您该政府信息由{{去向}}负责公开，联系方式：{{去向联系方式}}。',
        referral: 'competent_agency',
      };
    case Outcome.UNAVAILABLE_NEEDS_CREATION:
      return { row: '三（四）2', group: '无法提供', label: '没有现成信息需要另行制作', article: '第三十八条' };
    case Outcome.UNAVAILABLE_STILL_UNCLEAR:
      return { row: '三（四）3', group: '无法提供', label: '补正后申请内容仍不明确', article: '第三十条' };
    case Outcome.NOT_PROCESSED_PETITION:
      return {
        row: '三（五）1',
        group: '不予处理',
        label: '信访举报投诉类申请',
        article: '第三十九条第一款',
        decision: '您的申请系以政府信息公开申请的形式进行信访、投诉、举报等活动，{{法律依据}}本机关不作为政府信息公开申请处理。您可以通过{{去向}}提出。',
        referral: 'channel',
      };
    case Outcome.NOT_PROCESSED_REPEATED:
      return {
        row: '三（五）2',
        group: '不予处理',
        label: '重复申请',
        article: '第三十六条第（六）项',
        decision: '本机关已就您申请获取的政府信息作出过答复，您重复申请公开相同的政府信息。{{法律依据}}本机关不予重复处理。',
      };
    case Outcome.NOT_PROCESSED_PUBLICATION:
      return {
        row: '三（五）3',
        group: '不予处理',
        label: '要求提供公开出版物',
        article: '第三十九条第二款',
        decision: '您申请获取的是政府公报、报刊、书籍等公开出版物，{{法律依据}}告知您获取的途径：{{去向}}。',
        referral: 'source',
      };
    case Outcome.NOT_PROCESSED_EXCESSIVE:
      return {
        row: '三（五）4',
        group: '不予处理',
        label: '无正当理由大量反复申请',
        article: '第三十五条',
        decision: '您申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，您未在期限内说明理由或者所说明的理由不合理。{{法律依据}}本机关不予处理。',
      };
    case Outcome.NOT_PROCESSED_CONFIRMATION:
      // No article names this leaf. Art. 2 defines 政府信息 as information the agency made or obtained and keeps;
      // a confirmation or a re-issue is a new act asked of the agency, not existing information (cf. Art. 38: no
      // processing into new information is owed).
      return {
        row: '三（五）5',
        group: '不予处理',
        label: '要求行政机关确认或重新出具已获取信息',
        article: '第二条、第三十八条',
        decision: '您的申请系要求本机关对您已经获取的信息予以确认或者重新出具，不属于申请获取本机关已制作或者获取的政府信息。{{法律依据}}本机关不作为政府信息公开申请处理。',
      };
    case Outcome.OTHER_SUPPLEMENT_OVERDUE:
      return { row: '三（六）1', group: '其他处理', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', article: '第三十条' };
    case Outcome.OTHER_FEE_UNPAID:
      return { row: '三（六）2', group: '其他处理', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', article: '第四十二条' };
    case Outcome.OTHER:
      return { row: '三（六）3', group: '其他处理', label: '其他', article: null };
  }
}

export const ALL_OUTCOMES: readonly Outcome[] = Object.values(Outcome);

/** The outcomes only a lapse reaches (Art. 30, 109号 Art. 7): the lapse actions close the case themselves. */
export const LAPSE_OUTCOMES: readonly Outcome[] = [Outcome.OTHER_SUPPLEMENT_OVERDUE, Outcome.OTHER_FEE_UNPAID];
