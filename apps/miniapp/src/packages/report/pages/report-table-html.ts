import {
  AnnualReportLayout,
  AnnualReportTable3,
  PublicAnnualReportNote,
  Table2,
  TABLE2_HEADINGS,
  TABLE2_ROWS,
  Table3Row,
  TABLE3_APPLICANTS_LABEL,
  TABLE3_BALANCE_NOTE,
  TABLE3_COLUMNS,
  TABLE3_ORGANIZATIONS_LABEL,
  Table4,
  TABLE4_CELLS,
  TABLE4_GROUPS,
} from '@govopen/contracts';
import { table3PrintedRows } from '@govopen/domain';

/*
 * The report's tables as HTML for <RichText>: WeChat's rich-text draws table, rowspan and colspan, and H5 puts a real
 * table in the page, so the merged cells of the official layout survive on both. rich-text takes no page classes on
 * every base library, so the ruling is inline.
 */
const BORDER = 'border:1px solid #4b5563;padding:4px 6px;';
const TH = `${BORDER}background:#f3f4f6;font-weight:600;text-align:center;`;
const LABEL = `${BORDER}font-weight:normal;text-align:left;`;
const FIGURE = `${BORDER}text-align:right;`;
const TABLE = 'border-collapse:collapse;font-size:13px;line-height:1.5;color:#1f2937;';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const span = (rowSpan?: number, colSpan?: number) => `${rowSpan && rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${colSpan && colSpan > 1 ? ` colspan="${colSpan}"` : ''}`;
const th = (text: string, rowSpan?: number, colSpan?: number, style = TH) => `<th${span(rowSpan, colSpan)} style="${style}${rowSpan && rowSpan > 1 && style === LABEL ? 'min-width:5.5em;' : ''}">${escape(text)}</th>`;
const figure = (value: number | null, colSpan?: number, marked = false) => `<td${span(undefined, colSpan)} style="${FIGURE}">${value ?? ''}${marked ? '*' : ''}</td>`;

export function table2Html(table: Table2): string {
  let item: string | null = null;
  const rows: string[] = [];
  for (const row of TABLE2_ROWS) {
    if (row.item !== item) {
      item = row.item;
      rows.push(`<tr>${th(row.item, 1, 4)}</tr>`);
      rows.push(
        `<tr>${th(TABLE2_HEADINGS.content)}${
          row.kind === 'documents' ? TABLE2_HEADINGS.documents.map((text) => th(text)).join('') : th(row.kind === 'decisions' ? TABLE2_HEADINGS.decisions : TABLE2_HEADINGS.amount, 1, 3)
        }</tr>`,
      );
    }
    const values = table[row.key];
    const cells = 'issued' in values ? [figure(values.issued), figure(values.repealed), figure(values.inForce)].join('') : 'decisions' in values ? figure(values.decisions, 3) : figure(values.amountWanYuan, 3);
    rows.push(`<tr>${th(row.label, 1, 1, LABEL)}${cells}</tr>`);
  }
  return `<table style="${TABLE}width:100%;">${rows.join('')}</table>`;
}

export function table3Html(report: { layout: AnnualReportLayout; table3: AnnualReportTable3; notes: PublicAnnualReportNote[] }): string {
  const values = report.table3.rows as Record<string, Table3Row>;
  const marked = (row: string, column: string) =>
    report.notes.some(({ cell }) => {
      const [table, noteRow, noteColumn] = cell.split('/');
      const printed = report.layout === '2019' && noteRow.startsWith('三（六）') ? '三（六）' : noteRow;
      return table === 'table3' && printed === row && noteColumn === column;
    });
  const organizations = TABLE3_COLUMNS.filter(({ key }) => key !== 'citizen' && key !== 'total');
  const head = [
    `<tr>${th(TABLE3_BALANCE_NOTE, 3, 3, `${TH}font-weight:normal;font-size:12px;`)}${th(TABLE3_APPLICANTS_LABEL, 1, 7)}</tr>`,
    `<tr>${th('自然人', 2)}${th(TABLE3_ORGANIZATIONS_LABEL, 1, 5)}${th('总计', 2)}</tr>`,
    `<tr>${organizations.map(({ label }) => th(label)).join('')}</tr>`,
  ];
  const body = table3PrintedRows(report.layout).map(
    (row) =>
      `<tr>${row.cells.map((cell) => th(cell.text, cell.rowSpan, cell.colSpan, LABEL)).join('')}${TABLE3_COLUMNS.map(({ key }) => figure(values[row.key][key], 1, marked(row.key, key))).join('')}</tr>`,
  );
  return `<table style="${TABLE}min-width:760px;">${head.join('')}${body.join('')}</table>`;
}

export function table4Html(report: { table4: Table4; notes: PublicAnnualReportNote[] }): string {
  const [reconsideration, ...litigation] = TABLE4_GROUPS;
  const width = TABLE4_CELLS.length;
  const head = [
    `<tr>${th(reconsideration.label, 1, width)}${th(litigation[0].heading ?? '', 1, width * litigation.length)}</tr>`,
    `<tr>${TABLE4_CELLS.map(({ label }) => th(label, 2)).join('')}${litigation.map((group) => th(group.label, 1, width)).join('')}</tr>`,
    `<tr>${litigation.map(() => TABLE4_CELLS.map(({ label }) => th(label)).join('')).join('')}</tr>`,
  ];
  const figures = TABLE4_GROUPS.map((group) =>
    TABLE4_CELLS.map(({ key }) => figure(report.table4[group.key][key], 1, report.notes.some(({ cell }) => cell === `table4/${group.key}/${key}`))).join(''),
  ).join('');
  return `<table style="${TABLE}min-width:760px;">${head.join('')}<tr>${figures}</tr></table>`;
}
