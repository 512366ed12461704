import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { ANNUAL_REPORT_SECTIONS, chinaDateOf } from '@govopen/domain';
import { annualReportGrids, GridCell, ReportGrid } from './annual-report-grids';
import { chineseDate } from './annual-report-html';
import { PrintableAnnualReport } from './annual-report.mapper';

const TITLE_FONT = '方正小标宋简体';
const HEADING_FONT = '黑体';
const BODY_FONT = '仿宋_GB2312';
const TABLE_FONT = '宋体';
/** Half-points: 二号 title, 三号 headings and body (as published reports print them), 小五 in the wide tables. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 18;
/** Text width of an A4 page with the 公文 margins (GB/T 9704: left 28 mm, right 26 mm), in twips. */
const TEXT_WIDTH = 8844;

/** Column widths per table, in twips: the label columns of 二 and 三 wide enough for their longest row label. */
function columnWidths(grid: ReportGrid): number[] {
  if (grid.name === '表二') return [2844, 2000, 2000, 2000];
  if (grid.name === '表三') return [700, 900, 2400, ...Array.from({ length: 7 }, () => 692)];
  return Array.from({ length: grid.columns }, () => Math.floor(TEXT_WIDTH / grid.columns));
}

function tableCell(cell: GridCell): TableCell {
  const runs = [new TextRun({ text: cell.text, font: TABLE_FONT, size: TABLE_SIZE })];
  if (cell.override) runs.push(new TextRun({ text: '※', font: TABLE_FONT, size: TABLE_SIZE, superScript: true }));
  return new TableCell({
    rowSpan: cell.rowSpan,
    columnSpan: cell.colSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: cell.figure || cell.header ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs })],
  });
}

/** A table with its merged cells: gridSpan for a column span, vMerge restart/continue for a row span (docx inserts the continuations). */
function table(grid: ReportGrid): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(grid),
    rows: grid.rows.map((cells) => new TableRow({ children: cells.map(tableCell) })),
  });
}

function body(text: string, options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.alignment,
    indent: options.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })],
  });
}

/**
 * The report as .docx in the layout published reports use: the title centred in 方正小标宋 二号 with no 文号, part
 * headings in 黑体, the text in 仿宋 三号 with a two-character indent, the tables in 宋体 with their merged header
 * cells, figures set by hand marked ※ and explained after the tables.
 */
export function annualReportDocx(report: PrintableAnnualReport): Promise<Buffer> {
  const grids: Partial<Record<string, ReportGrid>> = annualReportGrids(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: report.title, font: TITLE_FONT, size: TITLE_SIZE })] }),
  ];
  for (const { key, title } of ANNUAL_REPORT_SECTIONS) {
    children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new TextRun({ text: `${key}、${title}`, font: HEADING_FONT, size: BODY_SIZE })] }));
    for (const line of report.sections[key].split(/\n+/).map((text) => text.trim()).filter(Boolean)) children.push(body(line));
    const grid = grids[key];
    if (grid) children.push(table(grid), new Paragraph({ children: [] }));
  }
  if (report.notes.length) {
    children.push(body('注：标有“※”的数字系人工核定：'));
    for (const note of report.notes) children.push(body(`${note.label}：${note.reason}`));
  }
  if (report.publishedAt) {
    children.push(body(report.agencyName, { alignment: AlignmentType.RIGHT, indent: false }), body(chineseDate(chinaDateOf(new Date(report.publishedAt))), { alignment: AlignmentType.RIGHT, indent: false }));
  }
  const document = new Document({
    creator: report.agencyName,
    title: report.title,
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(document);
}
