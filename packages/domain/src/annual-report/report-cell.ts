import { ReviewKind } from '../disclosure/request-event';
import { Table3Column, TABLE3_COLUMNS, Table3RowKey, TABLE3_ROWS } from './table3-rows';
import { Table4Cell, TABLE4_CELLS, TABLE4_GROUPS } from './table4';

/** One figure of the report's computed tables, as an address: `table3/三（三）4/business`, `table4/reconsideration/pending`. */
export type Table3CellAddress = `table3/${Table3RowKey}/${Table3Column}`;
export type Table4CellAddress = `table4/${ReviewKind}/${Table4Cell}`;
export type ReportCellAddress = Table3CellAddress | Table4CellAddress;

export type ReportCell = { table: 'table3'; row: Table3RowKey; column: Table3Column } | { table: 'table4'; group: ReviewKind; cell: Table4Cell };

/** The cell an address names, or null when it names none (a typo, a row of the other layout). */
export function parseReportCell(address: string): ReportCell | null {
  const [table, first, second, ...rest] = address.split('/');
  if (rest.length || first === undefined || second === undefined) return null;
  if (table === 'table3') {
    const row = TABLE3_ROWS.find(({ key }) => key === first)?.key;
    const column = TABLE3_COLUMNS.find(({ key }) => key === second)?.key;
    return row && column ? { table, row, column } : null;
  }
  if (table === 'table4') {
    const group = TABLE4_GROUPS.find(({ key }) => key === first)?.key;
    const cell = TABLE4_CELLS.find(({ key }) => key === second)?.key;
    return group && cell ? { table, group, cell } : null;
  }
  return null;
}

/** The cell in the words of the printed table: "表三 三（三）4 保护第三方合法权益 · 商业企业", "表四 行政复议 · 尚未审结". */
export function describeReportCell(cell: ReportCell): string {
  if (cell.table === 'table3') {
    const row = TABLE3_ROWS.find(({ key }) => key === cell.row)!;
    return `表三 ${row.key} ${row.label} · ${TABLE3_COLUMNS.find(({ key }) => key === cell.column)!.label}`;
  }
  return `表四 ${TABLE4_GROUPS.find(({ key }) => key === cell.group)!.label} · ${TABLE4_CELLS.find(({ key }) => key === cell.cell)!.label}`;
}
