import { AnnualReportLayout } from './annual-report-layout-of';
import { TABLE3_RESULTS_LABEL, TABLE3_ROWS } from './table3-rows';
import { TABLE3_ROWS_2019 } from './table3-rows-2019';

/** A label cell of table 三 as printed: it spans rows (a group over its leaves) or columns (a row with no group). */
export interface Table3LabelCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
}

/** One printed row of table 三: its key (for the figures), and the label cells that start on it (three columns wide in all). */
export interface Table3PrintedRow {
  key: string;
  label: string;
  cells: Table3LabelCell[];
}

const CHINESE_ORDINAL = /^三（([一二三四五六七])）(\d*)$/;

/**
 * The label columns of table 三 in the year's layout, as the 30号 (or 60号) format prints them: 一 and 二 across the
 * three label columns, "三、本年度办理结果" down every result row, each numbered group down its leaves, 四 across.
 * Labels are the domain's, verbatim, with the numbering their keys carry ("三（三）4" prints "4.保护第三方合法权益" under
 * "（三）不予公开"). Every front end draws the table from this, so the merged cells are the same everywhere.
 */
export function table3PrintedRows(layout: AnnualReportLayout): Table3PrintedRow[] {
  const layoutRows: readonly { key: string; label: string; group: string | null }[] = layout === '2021' ? TABLE3_ROWS : TABLE3_ROWS_2019;
  const results = layoutRows.filter(({ key }) => key.startsWith('三'));
  let group: string | null = null;
  return layoutRows.map((row) => {
    const cells: Table3LabelCell[] = [];
    const ordinal = CHINESE_ORDINAL.exec(row.key);
    if (!ordinal) {
      cells.push({ text: `${row.key}、${row.label}`, colSpan: 3 });
    } else {
      if (row.key === results[0].key) cells.push({ text: `三、${TABLE3_RESULTS_LABEL}`, rowSpan: results.length });
      const [, numeral, leaf] = ordinal;
      if (!row.group) {
        cells.push({ text: `（${numeral}）${row.label}`, colSpan: 2 });
      } else {
        if (row.group !== group) cells.push({ text: `（${numeral}）${row.group}`, rowSpan: results.filter((other) => other.group === row.group).length });
        cells.push({ text: `${leaf}.${row.label}` });
      }
    }
    group = row.group;
    return { key: row.key, label: row.label, cells };
  });
}
