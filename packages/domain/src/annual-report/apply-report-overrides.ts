import { parseReportCell } from './report-cell';
import { Table3 } from './table3-rows';
import { Table4 } from './table4';

export interface ReportFigures {
  table3: Table3;
  table4: Table4;
}

/** A figure staff set by hand in place of the computed one, with why (the report marks it). */
export interface ReportOverride {
  /** A ReportCellAddress. */
  cell: string;
  value: number;
  reason: string;
}

/**
 * The tables with staff's figures in place of the computed ones. Nothing else moves: a total is not recomputed
 * around an overridden leaf, because every printed figure is then either computed or set by a named person for a
 * stated reason, and the checks (run on this result) say whether the table still adds up. An address that names no
 * cell is refused rather than dropped.
 */
export function applyReportOverrides(figures: ReportFigures, overrides: readonly ReportOverride[]): ReportFigures {
  const table3 = Object.fromEntries(Object.entries(figures.table3).map(([key, row]) => [key, { ...row }])) as Table3;
  const table4 = Object.fromEntries(Object.entries(figures.table4).map(([key, row]) => [key, { ...row }])) as Table4;
  for (const override of overrides) {
    const cell = parseReportCell(override.cell);
    if (!cell) throw new RangeError(`年度报告中没有单元格“${override.cell}”`);
    if (!Number.isInteger(override.value) || override.value < 0) throw new RangeError(`单元格“${override.cell}”的数字应为非负整数：${override.value}`);
    if (cell.table === 'table3') table3[cell.row][cell.column] = override.value;
    else table4[cell.group][cell.cell] = override.value;
  }
  return { table3, table4 };
}
