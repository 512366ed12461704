import { ReportFacts } from './report-facts-of';
import { table3ColumnOf } from './table3-column-of';
import { table3LeafOf } from './table3-leaf-of';
import { ApplicantColumn, APPLICANT_COLUMNS, Table3, Table3LeafKey, TABLE3_LEAF_KEYS, TABLE3_ROWS, Table3Row } from './table3-rows';

/**
 * Where requests count in table 三 of one year, and how many they are. Every request of the year's table is in one
 * column, entered the year received in it (一) or before it (二), and left it closed in a leaf of 三 or still open (四).
 */
export interface Table3Group {
  column: ApplicantColumn;
  received: 'within' | 'before';
  /** The leaf of 三 it closed in during the year; null when it was still open at the year's end. */
  leaf: Table3LeafKey | null;
  count: number;
}

function emptyRow(): Table3Row {
  return { citizen: 0, business: 0, research: 0, public_interest: 0, legal_service: 0, other: 0, total: 0 };
}

/**
 * Where one request counts in table 三 of `year`, or null when it is not in that year's table at all. The rules are
 * computeTable3's; each date is read only against the year's edges, which is what lets a database count the
 * requests in groups (the annual report repository's grouped query) instead of reading each one.
 */
export function table3GroupOf(request: ReportFacts, year: number): Table3Group | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const received = request.receivedDate;
  if (received === null || received > end) return null;
  const closed = request.closedDate;
  if (closed !== null && closed < received) throw new RangeError(`申请的办结日期（${closed}）早于收到日期（${received}）`);
  if (closed !== null && closed < start) return null;
  return {
    column: table3ColumnOf(request),
    received: received >= start ? 'within' : 'before',
    leaf: closed !== null && closed <= end ? table3LeafOf(request) : null,
    count: 1,
  };
}

/** Table 三 from groups of requests: 一, 二, the leaves and 四 counted, then 三（七） and every 总计 added up. */
export function computeTable3FromGroups(groups: readonly Table3Group[]): Table3 {
  const table = Object.fromEntries(TABLE3_ROWS.map((row) => [row.key, emptyRow()])) as Table3;
  for (const { column, received, leaf, count } of groups) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count of requests: ${count}`);
    table[received === 'within' ? '一' : '二'][column] += count;
    table[leaf ?? '四'][column] += count;
  }
  for (const column of APPLICANT_COLUMNS) {
    table['三（七）'][column] = TABLE3_LEAF_KEYS.reduce((sum, leaf) => sum + table[leaf][column], 0);
  }
  for (const row of Object.values(table)) {
    row.total = APPLICANT_COLUMNS.reduce((sum, column) => sum + row[column], 0);
  }
  return table;
}
