/** The checks a published report is held to (DOMAIN §4, §6b): the tables' own sums and the narrative's musts. */
export type ReportCheckRule =
  /** Table 三's header: in every column 一 + 二 = 三 + 四. */
  | 'table3_balance'
  /** 三（七） is the sum of the leaves 三（一）…三（六）. */
  | 'table3_results_total'
  /** Each row's 总计 is the sum of the six applicant columns. */
  | 'table3_row_total'
  /** Table 四: in each group 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
  | 'table4_group_total'
  /** Table 二: every staff-entered figure is there, with its source. */
  | 'table2_entered'
  /** Section 五 (问题及改进) is typed, never left empty. */
  | 'section5_present'
  /** 信息处理费 collected ⇒ section 六 states them. */
  | 'fees_stated';

export interface ReportCheck {
  rule: ReportCheckRule;
  ok: boolean;
  /** What was compared, in Chinese, naming the column, row or section. */
  detail: string;
}
