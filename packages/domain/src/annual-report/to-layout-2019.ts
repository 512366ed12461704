import { Table3Layout2019, TABLE3_ROWS_2019 } from './table3-rows-2019';
import { Table3, TABLE3_COLUMNS, Table3Row } from './table3-rows';

const OTHER_HANDLING_2021 = ['三（六）1', '三（六）2', '三（六）3'] as const;

/**
 * Table 三 in the 60号 layout, from the same figures as the 2021 table: every row is the same but （六）其他处理, which
 * 60号 prints as one row and 30号 splits into 逾期不补正 / 逾期未缴费 / 其他. Its sum is therefore theirs.
 */
export function toLayout2019(table: Table3): Table3Layout2019 {
  const otherHandling = Object.fromEntries(
    TABLE3_COLUMNS.map(({ key }) => [key, OTHER_HANDLING_2021.reduce((sum, row) => sum + table[row][key], 0)]),
  ) as Table3Row;
  return Object.fromEntries(
    TABLE3_ROWS_2019.map(({ key }) => [key, key === '三（六）' ? otherHandling : { ...table[key] }]),
  ) as Table3Layout2019;
}
