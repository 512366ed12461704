import { ReportCheck } from './report-check';
import { Table2, TABLE2_HEADINGS, TABLE2_ROWS } from './table2';

/**
 * Table 二: every figure entered (0 is a figure, an empty cell is not) and its source named, one check per row. The
 * figures are typed from registers the product does not keep, so the source is what a reviewer checks them against.
 */
export function checkTable2(table: Table2): ReportCheck[] {
  return TABLE2_ROWS.map(({ key, label }): ReportCheck => {
    const row = table[key];
    const figures: [string, number | null][] =
      'issued' in row
        ? [
            [TABLE2_HEADINGS.documents[0], row.issued],
            [TABLE2_HEADINGS.documents[1], row.repealed],
            [TABLE2_HEADINGS.documents[2], row.inForce],
          ]
        : 'decisions' in row
          ? [[TABLE2_HEADINGS.decisions, row.decisions]]
          : [[TABLE2_HEADINGS.amount, row.amountWanYuan]];
    const missing = figures.filter(([, value]) => value === null).map(([name]) => name);
    if (missing.length) return { rule: 'table2_entered', ok: false, detail: `表二“${label}”未填写${missing.join('、')}` };
    if (!row.source.trim()) return { rule: 'table2_entered', ok: false, detail: `表二“${label}”已填写数字，但未写明数据来源` };
    return { rule: 'table2_entered', ok: true, detail: `表二“${label}”已填写，数据来源：${row.source.trim()}` };
  });
}
