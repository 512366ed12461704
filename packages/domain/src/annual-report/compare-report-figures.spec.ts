import { Outcome } from '../disclosure/outcome';
import { compareReportFigures } from './compare-report-figures';
import { computeTable3 } from './compute-table3';
import { emptyTable4 } from './compute-table4';
import { ReportFacts } from './report-facts-of';

const open: ReportFacts = { applicantType: 'citizen', organizationKind: null, receivedDate: '2025-12-19', closedDate: null, outcome: null, withdrawn: false };

describe('what a recomputation says differently from the frozen figures', () => {
  it('nothing when nothing changed', () => {
    const figures = { table3: computeTable3([open], 2025), table4: emptyTable4(), feesYuan: 0 };
    expect(compareReportFigures(figures, { ...figures })).toEqual([]);
  });

  it('a request registered late with a receipt date in the year: each moved cell, in printed order', () => {
    const frozen = { table3: computeTable3([open], 2025), table4: emptyTable4(), feesYuan: 0 };
    const late: ReportFacts = { ...open, receivedDate: '2025-12-30' };
    const recomputed = { table3: computeTable3([open, late], 2025), table4: emptyTable4(), feesYuan: 0 };
    expect(compareReportFigures(frozen, recomputed)).toEqual([
      { cell: 'table3/一/citizen', label: '表三 一 本年新收政府信息公开申请数量 · 自然人', frozen: 1, recomputed: 2 },
      { cell: 'table3/一/total', label: '表三 一 本年新收政府信息公开申请数量 · 总计', frozen: 1, recomputed: 2 },
      { cell: 'table3/四/citizen', label: '表三 四 结转下年度继续办理 · 自然人', frozen: 1, recomputed: 2 },
      { cell: 'table3/四/total', label: '表三 四 结转下年度继续办理 · 总计', frozen: 1, recomputed: 2 },
    ]);
  });

  it('a 复议 result and a fee', () => {
    const table3 = computeTable3([{ ...open, closedDate: '2025-12-22', outcome: Outcome.DISCLOSED }], 2025);
    const frozen = { table3, table4: emptyTable4(), feesYuan: 100 };
    const table4 = emptyTable4();
    table4.reconsideration.pending = 1;
    table4.reconsideration.total = 1;
    expect(compareReportFigures(frozen, { table3, table4, feesYuan: 150 })).toEqual([
      { cell: 'table4/reconsideration/pending', label: '表四 行政复议 · 尚未审结', frozen: 0, recomputed: 1 },
      { cell: 'table4/reconsideration/total', label: '表四 行政复议 · 总计', frozen: 0, recomputed: 1 },
      { cell: 'feesCollected', label: '收取信息处理费（元）', frozen: 100, recomputed: 150 },
    ]);
  });
});
