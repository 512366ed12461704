import { ReportFigures } from './apply-report-overrides';
import { describeReportCell, ReportCellAddress } from './report-cell';
import { TABLE3_COLUMNS, TABLE3_ROWS } from './table3-rows';
import { TABLE4_CELLS, TABLE4_GROUPS } from './table4';

export interface ReportFiguresWithFees extends ReportFigures {
  /** 信息处理费 collected, in 元. */
  feesYuan: number;
}

/** One figure that a recomputation gives differently from the frozen one. */
export interface ReportFigureChange {
  /** A ReportCellAddress, or `feesCollected`. */
  cell: ReportCellAddress | 'feesCollected';
  label: string;
  frozen: number;
  recomputed: number;
}

/**
 * Where the figures frozen at submission differ from the same figures computed again from today's events (a late
 * registration, a 复议 result recorded after the year): the note shown beside a report in review or published. The
 * frozen report never changes; the note tells staff what next year's report, or a correction, has to explain.
 */
export function compareReportFigures(frozen: ReportFiguresWithFees, recomputed: ReportFiguresWithFees): ReportFigureChange[] {
  const changes: ReportFigureChange[] = [];
  for (const { key: row } of TABLE3_ROWS) {
    for (const { key: column } of TABLE3_COLUMNS) {
      const [before, after] = [frozen.table3[row][column], recomputed.table3[row][column]];
      if (before !== after) changes.push({ cell: `table3/${row}/${column}`, label: describeReportCell({ table: 'table3', row, column }), frozen: before, recomputed: after });
    }
  }
  for (const { key: group } of TABLE4_GROUPS) {
    for (const { key: cell } of TABLE4_CELLS) {
      const [before, after] = [frozen.table4[group][cell], recomputed.table4[group][cell]];
      if (before !== after) changes.push({ cell: `table4/${group}/${cell}`, label: describeReportCell({ table: 'table4', group, cell }), frozen: before, recomputed: after });
    }
  }
  if (frozen.feesYuan !== recomputed.feesYuan) changes.push({ cell: 'feesCollected', label: '收取信息处理费（元）', frozen: frozen.feesYuan, recomputed: recomputed.feesYuan });
  return changes;
}
