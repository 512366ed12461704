import { checkTable3 } from './check-table3';
import { computeTable3 } from './compute-table3';
import { ReportFacts } from './report-facts-of';
import { Table3 } from './table3-rows';

const facts: ReportFacts[] = [
  { applicantType: 'citizen', organizationKind: null, receivedDate: '2025-03-03', closedDate: '2025-03-10', outcome: null, withdrawn: true },
  { applicantType: 'organization', organizationKind: 'research', receivedDate: '2024-12-20', closedDate: null, outcome: null, withdrawn: false },
];

function edited(edit: (table: Table3) => void): Table3 {
  const table = computeTable3(facts, 2025);
  edit(table);
  return table;
}

describe('the sums of table 三', () => {
  it('a computed table passes all 43: 7 balances, 7 result totals, 25 row totals', () => {
    const checks = checkTable3(computeTable3(facts, 2025));
    expect(checks.map((check) => check.rule)).toEqual([
      ...Array(7).fill('table3_balance'),
      ...Array(7).fill('table3_results_total'),
      ...Array(25).fill('table3_row_total'),
    ]);
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(checks[1].detail).toBe('商业企业：一 + 二 = 0 + 0 = 0，三（七）+ 四 = 0 + 0 = 0');
    expect(checks[2].detail).toBe('科研机构：一 + 二 = 0 + 1 = 1，三（七）+ 四 = 0 + 1 = 1');
    expect(checks[7].detail).toBe('自然人：三（一）至三（六）各项之和为 1，三（七）总计为 1');
    expect(checks[36].detail).toBe('三（六）3 其他：六类申请人之和为 1，总计栏为 1');
  });

  it.each`
    edge                                                                   | edit                                                     | failing
    ${'one more carried in than went out breaks the balance of its column'} | ${(t: Table3) => { t['二'].citizen = 1; t['二'].total = 2; }} | ${[['table3_balance', '自然人：一 + 二 = 1 + 1 = 2，三（七）+ 四 = 1 + 0 = 1，两者不相等'], ['table3_balance', '总计：一 + 二 = 1 + 2 = 3，三（七）+ 四 = 1 + 1 = 2，两者不相等']]}
    ${'a leaf added without its total: 三（七） no longer adds up'}        | ${(t: Table3) => { t['三（六）1'].citizen = 1; t['三（六）1'].total = 1; }} | ${[['table3_results_total', '自然人：三（一）至三（六）各项之和为 2，三（七）总计为 1，两者不相等'], ['table3_results_total', '总计：三（一）至三（六）各项之和为 2，三（七）总计为 1，两者不相等']]}
    ${'a row total typed wrong'}                                           | ${(t: Table3) => { t['四'].total = 2; }}                 | ${[['table3_balance', '总计：一 + 二 = 1 + 1 = 2，三（七）+ 四 = 1 + 2 = 3，两者不相等'], ['table3_row_total', '四 结转下年度继续办理：六类申请人之和为 1，总计栏为 2，两者不相等']]}
  `('$edge', ({ edit, failing }) => {
    const failed = checkTable3(edited(edit)).filter((check) => !check.ok);
    expect(failed.map((check) => [check.rule, check.detail])).toEqual(failing);
  });
});
