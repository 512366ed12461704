import { ReportFacts } from './report-facts-of';
import { table3ColumnOf } from './table3-column-of';
import { table3LeafOf } from './table3-leaf-of';
import { APPLICANT_COLUMNS, Table3, TABLE3_LEAF_KEYS, TABLE3_ROWS, Table3Row } from './table3-rows';

function emptyRow(): Table3Row {
  return { citizen: 0, business: 0, research: 0, public_interest: 0, legal_service: 0, other: 0, total: 0 };
}

/**
 * Table 三 for calendar `year` (30号 layout), from each request's facts. Dates are China dates 'YYYY-MM-DD', so
 * string order is date order. With S = 1 January and E = 31 December of the year:
 * - 一 本年新收: received in [S, E] (Art. 31 receipt date, not the submission date).
 * - 二 上年结转: received before S and not closed before S.
 * - 三 办理结果: closed in [S, E], in the leaf of its outcome (table3LeafOf); 三（七） is the sum of the leaves.
 * - 四 结转下年度: received by E and not closed by E.
 * So a request received 20 December and answered 5 January is 四 in its first year and 二 plus its outcome in the
 * next, and every column satisfies 一 + 二 = 三（七） + 四 by construction.
 *
 * A request never registered as received (receivedDate null: an online or fax submission staff never confirmed,
 * Art. 31(3), including one withdrawn before confirmation) counts nowhere: it was never 收到, so it enters neither
 * 一 nor 二 and cannot leave through 三 or 四. A withdrawal after receipt closes the case on the withdrawal date and
 * counts in 三（六）3 其他 (see table3LeafOf).
 */
export function computeTable3(facts: readonly ReportFacts[], year: number): Table3 {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a report year: ${year}`);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = Object.fromEntries(TABLE3_ROWS.map((row) => [row.key, emptyRow()])) as Table3;

  for (const request of facts) {
    const received = request.receivedDate;
    if (received === null || received > end) continue;
    const closed = request.closedDate;
    if (closed !== null && closed < received) throw new RangeError(`申请的办结日期（${closed}）早于收到日期（${received}）`);
    if (closed !== null && closed < start) continue;
    const column = table3ColumnOf(request);
    table[received >= start ? '一' : '二'][column] += 1;
    if (closed !== null && closed <= end) table[table3LeafOf(request)][column] += 1;
    else table['四'][column] += 1;
  }

  for (const column of APPLICANT_COLUMNS) {
    table['三（七）'][column] = TABLE3_LEAF_KEYS.reduce((sum, leaf) => sum + table[leaf][column], 0);
  }
  for (const row of Object.values(table)) {
    row.total = APPLICANT_COLUMNS.reduce((sum, column) => sum + row[column], 0);
  }
  return table;
}
