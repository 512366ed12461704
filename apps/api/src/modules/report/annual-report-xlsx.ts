import ExcelJS from 'exceljs';
import { ANNUAL_REPORT_SECTIONS } from '@govopen/domain';
import { annualReportGrids, placeGrid, ReportGrid } from './annual-report-grids';
import { PrintableAnnualReport } from './annual-report.mapper';

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
  bottom: { style: 'thin' },
};

/** Column widths in characters: the label columns of 二 and 三 wide enough for their longest row label. */
function widths(grid: ReportGrid): number[] {
  if (grid.name === '表二') return [24, 16, 16, 16];
  if (grid.name === '表三') return [10, 12, 40, ...Array.from({ length: 7 }, () => 10)];
  return Array.from({ length: grid.columns }, () => 9);
}

/**
 * The report's tables as .xlsx, one sheet each (表二, 表三, 表四) under the part's heading, in the official layout:
 * the merged header cells merged, the row labels verbatim, the figures as numbers (a figure set by hand carries its
 * reason as a cell note).
 */
export async function annualReportXlsx(report: PrintableAnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.agencyName || 'GovOpen';
  workbook.title = report.title;
  const grids: Partial<Record<string, ReportGrid>> = annualReportGrids(report);
  for (const { key, title } of ANNUAL_REPORT_SECTIONS) {
    const grid = grids[key];
    if (!grid) continue;
    const sheet = workbook.addWorksheet(grid.name);
    sheet.columns = widths(grid).map((width) => ({ width }));
    sheet.mergeCells(1, 1, 1, grid.columns);
    const heading = sheet.getCell(1, 1);
    heading.value = `${report.title} ${key}、${title}`;
    heading.font = { name: '宋体', bold: true, size: 12 };
    heading.alignment = { horizontal: 'center' };
    // The table starts on row 2; exceljs counts rows and columns from 1.
    for (const { row, column, cell } of placeGrid(grid)) {
      const top = row + 2;
      const left = column + 1;
      const bottom = top + (cell.rowSpan ?? 1) - 1;
      const right = left + (cell.colSpan ?? 1) - 1;
      if (bottom > top || right > left) sheet.mergeCells(top, left, bottom, right);
      const target = sheet.getCell(top, left);
      target.value = cell.figure && cell.text !== '' ? Number(cell.text) : cell.text;
      target.font = { name: '宋体', size: 10 };
      target.alignment = { horizontal: cell.figure || cell.header ? 'center' : 'left', vertical: 'middle', wrapText: true };
      if (cell.override) target.note = `人工核定：${cell.override}`;
      for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) sheet.getCell(r, c).border = BORDER;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
