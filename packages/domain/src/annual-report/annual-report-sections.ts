/** The six parts of the report (条例 Art. 50; headings as the 30号 format prints them). */
export type AnnualReportSectionKey = '一' | '二' | '三' | '四' | '五' | '六';

export const ANNUAL_REPORT_SECTIONS: readonly { key: AnnualReportSectionKey; title: string }[] = [
  { key: '一', title: '总体情况' },
  { key: '二', title: '主动公开政府信息情况' },
  { key: '三', title: '收到和处理政府信息公开申请情况' },
  { key: '四', title: '政府信息公开行政复议、行政诉讼情况' },
  { key: '五', title: '存在的主要问题及改进情况' },
  { key: '六', title: '其他需要报告的事项' },
];

/**
 * The typed text of each part. 一, 五 and 六 are narrative (a government's 一 also reports 工作考核、社会评议和责任追究
 * 结果, Art. 50); 二, 三 and 四 are the tables, and their text, if any, is printed before the table.
 */
export type AnnualReportSections = Record<AnnualReportSectionKey, string>;

export function emptyAnnualReportSections(): AnnualReportSections {
  return { 一: '', 二: '', 三: '', 四: '', 五: '', 六: '' };
}

/** "威海市工业和信息化局2025年政府信息公开工作年度报告": the heading the published reports carry, with no 文号. */
export function annualReportTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}
