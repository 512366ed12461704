import { AnnualReportLayout, computeTable3, emptyAnnualReportSections, emptyTable2, emptyTable4 } from '@govopen/domain';
import { annualReportGrids, placeGrid, ReportGrid } from './annual-report-grids';
import { PrintableAnnualReport, table3Of } from './annual-report.mapper';

function printable(layout: AnnualReportLayout, notes: PrintableAnnualReport['notes'] = []): PrintableAnnualReport {
  const year = layout === '2021' ? 2025 : 2020;
  return {
    source: 'generated',
    year,
    layout,
    kind: 'department',
    title: `某局${year}年政府信息公开工作年度报告`,
    agencyName: '某局',
    publishedAt: null,
    sections: emptyAnnualReportSections(),
    table2: emptyTable2(),
    table3: table3Of(layout, computeTable3([], year)),
    table4: emptyTable4(),
    feesCollected: 0,
    notes,
  };
}

/** Every position of the table covered by exactly one cell: the spans leave no hole and no overlap. */
function coverage(grid: ReportGrid): number[][] {
  const counts = grid.rows.map(() => Array.from({ length: grid.columns }, () => 0));
  for (const { row, column, cell } of placeGrid(grid)) {
    for (let r = row; r < row + (cell.rowSpan ?? 1); r += 1) for (let c = column; c < column + (cell.colSpan ?? 1); c += 1) counts[r][c] += 1;
  }
  return counts;
}

describe('the report\'s tables in the official layout', () => {
  it.each(['2021', '2019'] as const)('every table of the %s layout is a full rectangle', (layout) => {
    for (const grid of Object.values(annualReportGrids(printable(layout)))) {
      expect(coverage(grid).flat().every((count) => count === 1)).toBe(true);
    }
  });

  it.each`
    layout    | rows  | results | otherHandling
    ${'2021'} | ${28} | ${22}   | ${'（六）其他处理'}
    ${'2019'} | ${26} | ${20}   | ${'（六）其他处理'}
  `('table 三 ($layout): three header rows, one per row key, 三 spanning its $results results', ({ layout, rows, results, otherHandling }) => {
    const grid = annualReportGrids(printable(layout))['三'];
    expect(grid.rows).toHaveLength(rows);
    expect(placeGrid(grid).find(({ cell }) => cell.text === '三、本年度办理结果')?.cell.rowSpan).toBe(results);
    expect(placeGrid(grid).some(({ cell }) => cell.text.startsWith(otherHandling))).toBe(true);
  });

  it('numbers each leaf under its group as the format prints it', () => {
    const texts = placeGrid(annualReportGrids(printable('2021'))['三']).map(({ cell }) => cell.text);
    expect(texts).toEqual(expect.arrayContaining(['（三）不予公开', '4.保护第三方合法权益', '（四）无法提供', '1.本机关不掌握相关政府信息', '（七）总计', '四、结转下年度继续办理']));
  });

  it('table 四: 行政诉讼 over its two kinds, the five results of 行政复议 spanning two rows', () => {
    const grid = annualReportGrids(printable('2021'))['四'];
    expect(grid.rows[0]).toEqual([
      { text: '行政复议', header: true, colSpan: 5 },
      { text: '行政诉讼', header: true, colSpan: 10 },
    ]);
    expect(grid.rows[1].slice(0, 5).every((cell) => cell.rowSpan === 2)).toBe(true);
    expect(grid.rows[3]).toHaveLength(15);
  });

  it('marks a figure set by hand; in the 60号 layout a figure of 三（六）1–3 marks the one 三（六） row', () => {
    const notes = [{ cell: 'table3/三（六）2/citizen', label: '表三 三（六）2', reason: '补录' }];
    const marked = (layout: AnnualReportLayout) => placeGrid(annualReportGrids(printable(layout, notes))['三']).filter(({ cell }) => cell.override);
    expect(marked('2021')).toHaveLength(1);
    expect(marked('2019')).toEqual([expect.objectContaining({ cell: expect.objectContaining({ override: '补录' }) })]);
  });
});
