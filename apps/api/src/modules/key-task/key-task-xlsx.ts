import ExcelJS from 'exceljs';
import { KeyTaskLedgerView } from '@govopen/contracts';
import { chinaDateOfInstant } from '@govopen/domain';

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' }, bottom: { style: 'thin' } };

/** The columns and their widths in characters: the task text wide, the rest as wide as their longest usual entry. */
export const KEY_TASK_XLSX_COLUMNS = [
  { header: '序号', width: 7 },
  { header: '工作任务', width: 14 },
  { header: '公开事项', width: 18 },
  { header: '工作内容', width: 60 },
  { header: '责任单位（文件）', width: 28 },
  { header: '承办科室', width: 12 },
  { header: '完成时限', width: 16 },
  { header: '状态', width: 10 },
  { header: '最新进展', width: 40 },
] as const;

/**
 * The ledger on one landscape page for the office head: a title, the date the statuses are as of, one row per task
 * (the latest report as its progress, dated in China time), fit to the page's width.
 */
export async function keyTaskLedgerXlsx(ledger: KeyTaskLedgerView, agencyName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = agencyName || 'GovOpen';
  workbook.title = ledger.title;
  const sheet = workbook.addWorksheet('重点工作台账', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = KEY_TASK_XLSX_COLUMNS.map(({ width }) => ({ width }));
  sheet.mergeCells(1, 1, 1, KEY_TASK_XLSX_COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${ledger.year}年重点工作台账：${ledger.title}`;
  title.font = { name: '宋体', bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, KEY_TASK_XLSX_COLUMNS.length);
  const counts = `截至 ${ledger.today}：共 ${ledger.taskCount} 项，已逾期 ${ledger.overdue} 项，即将到期 ${ledger.dueSoon} 项，已完成 ${ledger.completed} 项，未分配 ${ledger.unassigned} 项`;
  sheet.getCell(2, 1).value = ledger.documentNumber ? `${ledger.documentNumber} ${counts}` : counts;
  const header = sheet.getRow(3);
  KEY_TASK_XLSX_COLUMNS.forEach(({ header: label }, index) => {
    const cell = header.getCell(index + 1);
    cell.value = label;
    cell.font = { name: '宋体', bold: true, size: 10 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });
  ledger.tasks.forEach((task, index) => {
    const latest = task.progress[task.progress.length - 1];
    const row = sheet.getRow(4 + index);
    row.values = [
      task.number,
      task.section,
      task.heading,
      task.text,
      task.units.join('、'),
      task.unitName ?? '未分配',
      task.dueDate ? `${task.dueDate}（${task.deadlineWords || '未注明'}）` : task.deadlineWords || '持续推进',
      task.statusLabel,
      latest ? `${chinaDateOfInstant(latest.reportedAt)} ${latest.reporterName}：${latest.text}` : '',
    ];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: '宋体', size: 10 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
