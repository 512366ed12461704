import { checkReport } from './check-report';
import { computeTable3 } from './compute-table3';
import { Table2 } from './table2';
import { Table4 } from './table4';

const noReviews: Table4 = {
  reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  litigation_after_reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
};

const ENTERED: Table2 = {
  regulations: { issued: 0, repealed: 0, inForce: 0, source: '本机关规章台账' },
  normativeDocuments: { issued: 3, repealed: 1, inForce: 12, source: '规范性文件备案登记簿' },
  licensing: { decisions: 120, source: '政务服务平台办件统计' },
  punishment: { decisions: 8, source: '行政执法信息平台' },
  enforcement: { decisions: 0, source: '行政执法信息平台' },
  administrativeFees: { amountWanYuan: 0, source: '财务科收费台账' },
};

const PROBLEMS = '政策解读形式较为单一。下一步将推进图解、视频等解读形式。';

function narrativeChecks(problemsAndImprovements: string, otherMatters: string, feesYuan: number) {
  const checks = checkReport({ table2: ENTERED, table3: computeTable3([], 2025), table4: noReviews, problemsAndImprovements, otherMatters, feesYuan });
  return checks.filter((check) => check.rule === 'section5_present' || check.rule === 'fees_stated');
}

describe('the report as a whole', () => {
  it('runs the tables\' checks first (三, 四, 二), then the narrative\'s', () => {
    const checks = checkReport({ table2: ENTERED, table3: computeTable3([], 2025), table4: noReviews, problemsAndImprovements: PROBLEMS, otherMatters: '无。', feesYuan: 0 });
    expect(checks).toHaveLength(39 + 3 + 6 + 2);
    expect(checks.slice(-2).map((check) => check.rule)).toEqual(['section5_present', 'fees_stated']);
    expect(checks.every((check) => check.ok)).toBe(true);
  });

  it.each`
    edge                               | text          | ok
    ${'written'}                       | ${PROBLEMS}   | ${true}
    ${'empty'}                         | ${''}         | ${false}
    ${'only spaces and line breaks'}   | ${' \n　'}    | ${false}
    ${'a bare 无。'}                   | ${'无。'}     | ${false}
    ${'a bare 暂无'}                   | ${'暂无'}     | ${false}
  `('section 五 $edge', ({ text, ok }) => {
    const [sectionFive] = narrativeChecks(text, '', 0);
    expect(sectionFive).toMatchObject({ rule: 'section5_present', ok });
    if (!ok) expect(sectionFive.detail).toBe('第五部分“存在的主要问题及改进情况”为空，应写明本年工作存在的问题和改进措施');
  });

  it.each`
    edge                                          | otherMatters                                                   | fees    | ok
    ${'no fee collected, nothing to say'}         | ${'无。'}                                                      | ${0}    | ${true}
    ${'fee and amount stated'}                    | ${'依据《政府信息公开信息处理费管理办法》，本年共收取信息处理费400元。'} | ${400}  | ${true}
    ${'amount with a thousands separator'}        | ${'收取信息处理费共计 1,200 元。'}                             | ${1200} | ${true}
    ${'amount in 万元'}                           | ${'收取信息处理费0.12万元。'}                                  | ${1200} | ${true}
    ${'amount with 角 and 分'}                    | ${'收取信息处理费 12.50 元。'}                                 | ${12.5} | ${true}
    ${'fee collected, section 六 says 无'}        | ${'无。'}                                                      | ${400}  | ${false}
    ${'fee named, amount missing'}                | ${'本年依法收取了信息处理费。'}                                | ${400}  | ${false}
    ${'fee named, another amount'}                | ${'收取信息处理费300元。'}                                     | ${400}  | ${false}
    ${'an amount, but not said to be the fee'}    | ${'行政事业性收费400元。'}                                     | ${400}  | ${false}
    ${'400 inside 1400 is not 400'}               | ${'收取信息处理费1400元。'}                                    | ${400}  | ${false}
  `('section 六: $edge', ({ otherMatters, fees, ok }) => {
    const [, feesStated] = narrativeChecks(PROBLEMS, otherMatters, fees);
    expect(feesStated).toMatchObject({ rule: 'fees_stated', ok });
  });

  it('says what section 六 is missing', () => {
    const [, feesStated] = narrativeChecks(PROBLEMS, '无。', 400);
    expect(feesStated.detail).toBe('本年收取信息处理费 400 元，第六部分“其他需要报告的事项”应写明“信息处理费”及金额 400 元');
  });
});
