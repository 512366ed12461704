import { checkTable2 } from './check-table2';
import { checkTable3 } from './check-table3';
import { checkTable4 } from './check-table4';
import { ReportCheck } from './report-check';
import { Table2 } from './table2';
import { Table3 } from './table3-rows';
import { Table4 } from './table4';

export interface AnnualReportContent {
  table2: Table2;
  table3: Table3;
  table4: Table4;
  /** 五、存在的主要问题及改进情况: typed by staff. */
  problemsAndImprovements: string;
  /** 六、其他需要报告的事项: typed by staff. */
  otherMatters: string;
  /** 信息处理费 collected in the year, in 元 (feesCollected). */
  feesYuan: number;
}

/** A bare "无" says nothing about problems: checkers count it as empty. */
const NOTHING = /^(无|暂无|没有|无问题)?[。.]?$/;

/** Every amount written in 元 or 万元 in the text ("共计400元", "1,200 元", "0.12万元"), in fen. */
function amountsInFen(text: string): number[] {
  const plain = text.replace(/(\d),(?=\d{3})/g, '$1');
  return [...plain.matchAll(/(\d+(?:\.\d+)?)\s*(万)?元/g)].map((match) => Math.round(Number(match[1]) * (match[2] ? 10000 : 1) * 100));
}

/**
 * Every check of a report before it is published: table 三's and table 四's sums, table 二's entered figures, then the
 * narrative's musts. Section
 * 五 is not empty: 条例 Art. 50(4) asks for the main problems and their improvement. Where 信息处理费 (109号) was
 * collected, section 六 (Art. 50(5) 其他需要报告的事项; DOMAIN §4) names the fee and states the amount.
 */
export function checkReport(report: AnnualReportContent): ReportCheck[] {
  const problems = report.problemsAndImprovements.replace(/\s/g, '');
  const sectionFive: ReportCheck = NOTHING.test(problems)
    ? { rule: 'section5_present', ok: false, detail: '第五部分“存在的主要问题及改进情况”为空，应写明本年工作存在的问题和改进措施' }
    : { rule: 'section5_present', ok: true, detail: '第五部分“存在的主要问题及改进情况”已填写' };

  const fen = Math.round(report.feesYuan * 100);
  const yuan = fen / 100;
  let fees: ReportCheck;
  if (fen === 0) {
    fees = { rule: 'fees_stated', ok: true, detail: '本年未收取信息处理费' };
  } else {
    const stated = report.otherMatters.includes('信息处理费') && amountsInFen(report.otherMatters).includes(fen);
    fees = stated
      ? { rule: 'fees_stated', ok: true, detail: `本年收取信息处理费 ${yuan} 元，第六部分已说明` }
      : { rule: 'fees_stated', ok: false, detail: `本年收取信息处理费 ${yuan} 元，第六部分“其他需要报告的事项”应写明“信息处理费”及金额 ${yuan} 元` };
  }
  return [...checkTable3(report.table3), ...checkTable4(report.table4), ...checkTable2(report.table2), sectionFive, fees];
}
