import { ReportCheck } from './report-check';
import { APPLICANT_COLUMNS, Table3, TABLE3_COLUMNS, TABLE3_LEAF_KEYS, TABLE3_ROWS } from './table3-rows';

const unequal = (ok: boolean) => (ok ? '' : '，两者不相等');

/**
 * The sums of table 三, one check per column or row so a failure names its cell: per column 一 + 二 = 三（七） + 四
 * (the rule printed in the table's header), per column 三（七） = the sum of the leaves, per row 总计 = the six
 * applicant columns. A computed table passes them all; they catch a table edited or imported by hand.
 */
export function checkTable3(table: Table3): ReportCheck[] {
  const balance = TABLE3_COLUMNS.map(({ key, label }): ReportCheck => {
    const [received, carried, results, carriedOut] = [table['一'][key], table['二'][key], table['三（七）'][key], table['四'][key]];
    const ok = received + carried === results + carriedOut;
    return {
      rule: 'table3_balance',
      ok,
      detail: `${label}：一 + 二 = ${received} + ${carried} = ${received + carried}，三（七）+ 四 = ${results} + ${carriedOut} = ${results + carriedOut}${unequal(ok)}`,
    };
  });
  const resultsTotal = TABLE3_COLUMNS.map(({ key, label }): ReportCheck => {
    const sum = TABLE3_LEAF_KEYS.reduce((total, leaf) => total + table[leaf][key], 0);
    const ok = sum === table['三（七）'][key];
    return { rule: 'table3_results_total', ok, detail: `${label}：三（一）至三（六）各项之和为 ${sum}，三（七）总计为 ${table['三（七）'][key]}${unequal(ok)}` };
  });
  const rowTotal = TABLE3_ROWS.map(({ key, label }): ReportCheck => {
    const sum = APPLICANT_COLUMNS.reduce((total, column) => total + table[key][column], 0);
    const ok = sum === table[key].total;
    return { rule: 'table3_row_total', ok, detail: `${key} ${label}：六类申请人之和为 ${sum}，总计栏为 ${table[key].total}${unequal(ok)}` };
  });
  return [...balance, ...resultsTotal, ...rowTotal];
}
