import {
  TABLE2_HEADINGS,
  TABLE2_ROWS,
  Table3Row,
  TABLE3_APPLICANTS_LABEL,
  TABLE3_BALANCE_NOTE,
  TABLE3_COLUMNS,
  TABLE3_ORGANIZATIONS_LABEL,
  table3PrintedRows,
  TABLE4_CELLS,
  TABLE4_GROUPS,
} from '@govopen/domain';
import { PrintableAnnualReport } from './annual-report.mapper';

/** One cell of a printed table, HTML-style: it sits where it starts and spans rows and columns to its right and below. */
export interface GridCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  header?: boolean;
  /** A figure: right-aligned in print, a number in a spreadsheet. */
  figure?: boolean;
  /** The reason a figure was set by hand: printed with a mark. */
  override?: string;
}

/** A table of the report in the official layout: the HTML page, the .docx and the .xlsx all print this. */
export interface ReportGrid {
  /** 表二, 表三, 表四: the sheet's name. */
  name: string;
  columns: number;
  rows: GridCell[][];
}

const header = (text: string, span: { rowSpan?: number; colSpan?: number } = {}): GridCell => ({ text, header: true, ...span });
const figure = (value: number | null, span: { colSpan?: number } = {}, override?: string): GridCell => ({ text: value === null ? '' : String(value), figure: true, override, ...span });

/** 二、主动公开政府信息情况: each item of Art. 20 heads its rows, with the column headings the 30号 table prints. */
function table2Grid(report: PrintableAnnualReport): ReportGrid {
  const rows: GridCell[][] = [];
  let item: string | null = null;
  for (const row of TABLE2_ROWS) {
    if (row.item !== item) {
      item = row.item;
      rows.push([header(row.item, { colSpan: 4 })]);
      rows.push(
        row.kind === 'documents'
          ? [header(TABLE2_HEADINGS.content), ...TABLE2_HEADINGS.documents.map((text) => header(text))]
          : [header(TABLE2_HEADINGS.content), header(row.kind === 'decisions' ? TABLE2_HEADINGS.decisions : TABLE2_HEADINGS.amount, { colSpan: 3 })],
      );
    }
    const values = report.table2[row.key];
    const label: GridCell = { text: row.label };
    if ('issued' in values) rows.push([label, figure(values.issued), figure(values.repealed), figure(values.inForce)]);
    else if ('decisions' in values) rows.push([label, figure(values.decisions, { colSpan: 3 })]);
    else rows.push([label, figure(values.amountWanYuan, { colSpan: 3 })]);
  }
  return { name: '表二', columns: 4, rows };
}

/**
 * 三、收到和处理政府信息公开申请情况 in the year's layout: three header rows (the balance note, 申请人情况, 法人或其他组织
 * over its five kinds), then 一, 二, the results under 三 with each numbered group spanning its leaves, 四. The label
 * cells are the domain's table3PrintedRows.
 */
function table3Grid(report: PrintableAnnualReport): ReportGrid {
  const values = report.table3.rows as Record<string, Table3Row>;
  const organizations = TABLE3_COLUMNS.filter(({ key }) => key !== 'citizen' && key !== 'total');
  const overrideOf = (row: string, column: string): string | undefined => {
    const notes = report.notes.filter(({ cell }) => {
      const [table, noteRow, noteColumn] = cell.split('/');
      // The 60号 layout prints 三（六）1–3 as one row: a figure set in any of them marks that row.
      const printedRow = report.layout === '2019' && noteRow.startsWith('三（六）') ? '三（六）' : noteRow;
      return table === 'table3' && printedRow === row && noteColumn === column;
    });
    return notes.length ? notes.map((note) => note.reason).join('；') : undefined;
  };
  const figures = (row: string) => TABLE3_COLUMNS.map(({ key }) => figure(values[row][key], {}, overrideOf(row, key)));
  const rows: GridCell[][] = [
    [header(TABLE3_BALANCE_NOTE, { rowSpan: 3, colSpan: 3 }), header(TABLE3_APPLICANTS_LABEL, { colSpan: 7 })],
    [header('自然人', { rowSpan: 2 }), header(TABLE3_ORGANIZATIONS_LABEL, { colSpan: 5 }), header('总计', { rowSpan: 2 })],
    organizations.map(({ label }) => header(label)),
  ];
  // The label cells (and their merges) are the domain's, so the HTML page, .docx, .xlsx, console and mini-program agree.
  for (const row of table3PrintedRows(report.layout)) rows.push([...row.cells.map((cell) => ({ ...cell })), ...figures(row.key)]);
  return { name: '表三', columns: 10, rows };
}

/** 四、政府信息公开行政复议、行政诉讼情况: 行政复议 and the two kinds of 行政诉讼 under their common heading, five cells each. */
function table4Grid(report: PrintableAnnualReport): ReportGrid {
  const width = TABLE4_CELLS.length;
  const top: GridCell[] = [];
  const middle: GridCell[] = [];
  const bottom: GridCell[] = [];
  const values: GridCell[] = [];
  for (const [index, group] of TABLE4_GROUPS.entries()) {
    if (group.heading === null) {
      top.push(header(group.label, { colSpan: width }));
      middle.push(...TABLE4_CELLS.map(({ label }) => header(label, { rowSpan: 2 })));
    } else {
      if (TABLE4_GROUPS[index - 1]?.heading !== group.heading) {
        top.push(header(group.heading, { colSpan: width * TABLE4_GROUPS.filter((other) => other.heading === group.heading).length }));
      }
      middle.push(header(group.label, { colSpan: width }));
      bottom.push(...TABLE4_CELLS.map(({ label }) => header(label)));
    }
    for (const { key } of TABLE4_CELLS) {
      const note = report.notes.filter(({ cell }) => cell === `table4/${group.key}/${key}`).map(({ reason }) => reason);
      values.push(figure(report.table4[group.key][key], {}, note.length ? note.join('；') : undefined));
    }
  }
  return { name: '表四', columns: width * TABLE4_GROUPS.length, rows: [top, middle, bottom, values] };
}

export function annualReportGrids(report: PrintableAnnualReport): { 二: ReportGrid; 三: ReportGrid; 四: ReportGrid } {
  return { 二: table2Grid(report), 三: table3Grid(report), 四: table4Grid(report) };
}

/** Where each cell lands once the spans above and to the left are placed: 0-based row and column. */
export function placeGrid(grid: ReportGrid): { row: number; column: number; cell: GridCell }[] {
  const taken = new Set<string>();
  const placed: { row: number; column: number; cell: GridCell }[] = [];
  grid.rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (taken.has(`${row}:${column}`)) column += 1;
      placed.push({ row, column, cell });
      for (let r = row; r < row + (cell.rowSpan ?? 1); r += 1) {
        for (let c = column; c < column + (cell.colSpan ?? 1); c += 1) taken.add(`${r}:${c}`);
      }
      column += cell.colSpan ?? 1;
    }
  });
  return placed;
}
