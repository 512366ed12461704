import { table3PrintedRows } from './table3-printed-rows';

/** Each printed row's label cells must fill the three label columns once the spans from above are placed. */
function widths(layout: '2021' | '2019'): number[] {
  const below = new Map<number, number>();
  return table3PrintedRows(layout).map((row, index) => {
    const carried = below.get(index) ?? 0;
    for (const cell of row.cells) {
      for (let next = index + 1; next < index + (cell.rowSpan ?? 1); next += 1) below.set(next, (below.get(next) ?? 0) + (cell.colSpan ?? 1));
    }
    return carried + row.cells.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  });
}

describe('table 三 as printed', () => {
  it.each`
    edge                                      | layout    | key           | cells
    ${'一 spans the three label columns'}     | ${'2021'} | ${'一'}       | ${[{ text: '一、本年新收政府信息公开申请数量', colSpan: 3 }]}
    ${'三 heads all 22 result rows'}          | ${'2021'} | ${'三（一）'} | ${[{ text: '三、本年度办理结果', rowSpan: 22 }, { text: '（一）予以公开', colSpan: 2 }]}
    ${'a group spans its leaves'}             | ${'2021'} | ${'三（三）1'} | ${[{ text: '（三）不予公开', rowSpan: 8 }, { text: '1.属于国家秘密' }]}
    ${'a later leaf prints its number only'}  | ${'2021'} | ${'三（三）4'} | ${[{ text: '4.保护第三方合法权益' }]}
    ${'（六） has three leaves from 2021'}     | ${'2021'} | ${'三（六）3'} | ${[{ text: '3.其他' }]}
    ${'（六） is one row in the 60号 layout'} | ${'2019'} | ${'三（六）'} | ${[{ text: '（六）其他处理', colSpan: 2 }]}
    ${'三 heads 20 rows in the 60号 layout'}  | ${'2019'} | ${'三（一）'} | ${[{ text: '三、本年度办理结果', rowSpan: 20 }, { text: '（一）予以公开', colSpan: 2 }]}
  `('$edge', ({ layout, key, cells }) => {
    expect(table3PrintedRows(layout).find((row) => row.key === key)?.cells).toEqual(cells);
  });

  it.each(['2021', '2019'] as const)('every row of the %s layout fills three label columns', (layout) => {
    expect(new Set(widths(layout))).toEqual(new Set([3]));
  });
});
