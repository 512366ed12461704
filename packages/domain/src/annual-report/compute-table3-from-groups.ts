import { ReportFacts } from './report-facts-of';
import { table3ColumnOf } from './table3-column-of';
import { table3LeafOf } from './table3-leaf-of';
import { APPLICANT_COLUMNS, Table3, TABLE3_LEAF_KEYS, TABLE3_ROWS, Table3Row } from './table3-rows';

/** Requests that share every fact table 三 reads, and how many they are: one row of a grouped query. */
export interface ReportFactsGroup {
  facts: ReportFacts;
  count: number;
}

function emptyRow(): Table3Row {
  return { citizen: 0, business: 0, research: 0, public_interest: 0, legal_service: 0, other: 0, total: 0 };
}

/**
 * Table 三 for calendar `year` from groups of requests with the same facts (computeTable3 gives the rules). The
 * table reads each date only against the year's edges (before 1 January, within the year, after 31 December), so a
 * database may fold the dates to those edges and count, and a year of a million requests is a few dozen groups.
 */
export function computeTable3FromGroups(groups: readonly ReportFactsGroup[], year: number): Table3 {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a report year: ${year}`);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = Object.fromEntries(TABLE3_ROWS.map((row) => [row.key, emptyRow()])) as Table3;

  for (const { facts: request, count } of groups) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count of requests: ${count}`);
    const received = request.receivedDate;
    if (received === null || received > end) continue;
    const closed = request.closedDate;
    if (closed !== null && closed < received) throw new RangeError(`申请的办结日期（${closed}）早于收到日期（${received}）`);
    if (closed !== null && closed < start) continue;
    const column = table3ColumnOf(request);
    table[received >= start ? '一' : '二'][column] += count;
    if (closed !== null && closed <= end) table[table3LeafOf(request)][column] += count;
    else table['四'][column] += count;
  }

  for (const column of APPLICANT_COLUMNS) {
    table['三（七）'][column] = TABLE3_LEAF_KEYS.reduce((sum, leaf) => sum + table[leaf][column], 0);
  }
  for (const row of Object.values(table)) {
    row.total = APPLICANT_COLUMNS.reduce((sum, column) => sum + row[column], 0);
  }
  return table;
}
