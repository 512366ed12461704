import { TABLE3_ROWS_2019 } from './table3-rows-2019';
import { Table3, TABLE3_ROWS } from './table3-rows';
import { toLayout2019 } from './to-layout-2019';

function table(cells: Partial<Record<keyof Table3, number[]>>): Table3 {
  return Object.fromEntries(
    TABLE3_ROWS.map(({ key }) => {
      const [citizen, business, research, public_interest, legal_service, other, total] = cells[key] ?? [0, 0, 0, 0, 0, 0, 0];
      return [key, { citizen, business, research, public_interest, legal_service, other, total }];
    }),
  ) as Table3;
}

describe('table 三 in the 2019 layout (60号)', () => {
  it('（六）其他处理 is one row: the sum of 逾期不补正, 逾期未缴费 and 其他, column by column', () => {
    const layout = toLayout2019(
      table({
        '三（六）1': [1, 0, 0, 2, 0, 0, 3],
        '三（六）2': [0, 1, 0, 0, 0, 0, 1],
        '三（六）3': [4, 0, 1, 0, 0, 1, 6],
      }),
    );
    expect(layout['三（六）']).toEqual({ citizen: 5, business: 1, research: 1, public_interest: 2, legal_service: 0, other: 1, total: 10 });
  });

  it('every other row is copied as it is', () => {
    const source = table({ 一: [3, 1, 0, 0, 0, 0, 4], '三（五）5': [0, 0, 0, 0, 2, 0, 2], 四: [1, 0, 0, 0, 0, 0, 1] });
    const layout = toLayout2019(source);
    expect(layout['一']).toEqual(source['一']);
    expect(layout['三（五）5']).toEqual(source['三（五）5']);
    expect(layout['四']).toEqual(source['四']);
    expect(Object.keys(layout)).toEqual(TABLE3_ROWS_2019.map((row) => row.key));
  });

  it('the two layouts differ only in （六）: 25 rows against 23, with the same labels elsewhere', () => {
    const labels2021 = new Map<string, string>(TABLE3_ROWS.map((row) => [row.key, row.label]));
    const differing = TABLE3_ROWS_2019.filter((row) => labels2021.get(row.key) !== row.label).map((row) => row.key);
    expect(differing).toEqual(['三（六）']);
    expect([TABLE3_ROWS.length, TABLE3_ROWS_2019.length]).toEqual([25, 23]);
  });
});
