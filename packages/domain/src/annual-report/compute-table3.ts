import { computeTable3FromGroups, Table3Group, table3GroupOf } from './compute-table3-from-groups';
import { ReportFacts } from './report-facts-of';
import { Table3 } from './table3-rows';

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
  return computeTable3FromGroups(facts.map((request) => table3GroupOf(request, year)).filter((group): group is Table3Group => group !== null));
}
