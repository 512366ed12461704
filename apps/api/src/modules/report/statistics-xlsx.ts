import ExcelJS from 'exceljs';
import { MESSAGE_BOARD_LABELS, StatisticsReport } from '@govopen/contracts';
import { MESSAGE_BOARDS } from '@govopen/domain';

type Cell = string | number | null;

/** The statistics page's tables as .xlsx, one sheet per table, headed as on the page; figures stay numbers. */
export async function statisticsXlsx(report: StatisticsReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.scopeName || 'GovOpen';
  const sheet = (name: string, header: string[], rows: Cell[][]) => {
    const worksheet = workbook.addWorksheet(name);
    worksheet.columns = header.map((_, index) => ({ width: index === 0 ? 18 : 14 }));
    worksheet.mergeCells(1, 1, 1, header.length);
    worksheet.getCell(1, 1).value = `${report.scopeName} ${report.year}年 ${name}（截至 ${report.asOf}）`;
    worksheet.getCell(1, 1).font = { bold: true };
    worksheet.addRow(header).font = { bold: true };
    for (const row of rows) worksheet.addRow(row.map((value) => value ?? '—'));
  };
  const requestHeader = ['', '收到申请', '办结', '按时办结', '逾期', '平均答复用时（工作日）'];
  const requestRow = (label: string, figures: StatisticsReport['requests']['total']): Cell[] => [label, figures.received, figures.answered, figures.answeredOnTime, figures.overdue, figures.averageWorkingDays];
  sheet('依申请公开（按月）', requestHeader, [...report.requests.months.map((figures, index) => requestRow(`${index + 1}月`, figures)), requestRow('全年', report.requests.total)]);
  sheet('依申请公开（按科室）', requestHeader, report.requests.units.map((row) => requestRow(row.unitName, row.figures)));
  sheet('依申请公开（办理结果）', ['办理结果', '件数'], report.requests.outcomes.map((row) => [row.group, row.count]));
  const messageHeader = ['', '受理', '答复', '按时答复', '按时答复率（%）', '评价', '满意率（%）'];
  sheet('留言（按月）', messageHeader, [
    ...report.messages.months.map((month, index): Cell[] => [`${index + 1}月`, month.received, month.answered, month.answeredOnTime, month.onTimeRate, month.rated, month.satisfactionRate]),
    ['全年', report.messages.total.received, report.messages.total.answered, report.messages.total.answeredOnTime, report.messages.total.onTimeRate, report.messages.total.rated, report.messages.total.satisfactionRate],
  ]);
  sheet(
    '留言（按栏目）',
    messageHeader,
    MESSAGE_BOARDS.map((board): Cell[] => {
      const figures = report.messages.total.byBoard[board];
      return [MESSAGE_BOARD_LABELS[board], figures.received, figures.answered, figures.answeredOnTime, figures.onTimeRate, figures.rated, figures.satisfactionRate];
    }),
  );
  const consultations = report.consultations;
  sheet(
    '意见征集',
    ['征集项数', '已结束', '已公布采纳情况', '收到意见', '采纳', '部分采纳', '未采纳', '采纳率（%）'],
    [[consultations.consultations, consultations.closed, consultations.adoptionPublished, consultations.comments, consultations.adopted, consultations.partiallyAdopted, consultations.notAdopted, consultations.adoptionRate]],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
