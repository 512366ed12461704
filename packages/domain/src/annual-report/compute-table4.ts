import { RequestEvent, ReviewKind, ReviewResult } from '../disclosure/request-event';
import { Table4, TABLE4_GROUPS } from './table4';

/** A table with no 复议 or 诉讼. */
export function emptyTable4(): Table4 {
  return Object.fromEntries(TABLE4_GROUPS.map(({ key }) => [key, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }])) as Table4;
}

/**
 * Table 四 for calendar `year`, from the 复议 and 诉讼 staff record on each request (`review_recorded`: the kind of
 * proceeding and where it stands, recorded when it is filed and again when it is decided). Each history is one
 * request's events in order. Per request and kind of proceeding, the last record dated by 31 December says where it
 * stood at the year's end, and it counts once:
 * - decided in the year (its last record is 维持 / 纠正 / 其他 and is dated in the year): in that result;
 * - undecided at the year's end (its last record is 尚未审结, whenever filed): in 尚未审结;
 * - decided in an earlier year: not at all.
 * So a 复议 filed in November and decided in February is 尚未审结 in its first year and 纠正 (say) in the next, as
 * table 三 carries a request over, and a result recorded after a report is published changes only the next year's.
 * The 30号 format prints no rule of its own for the table; this is the reading its columns 结果维持 … 尚未审结 / 总计
 * allow without counting a decided proceeding twice. A 复议 and the 诉讼 after it are two proceedings (two groups).
 */
export function computeTable4(histories: readonly (readonly RequestEvent[])[], year: number): Table4 {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a report year: ${year}`);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = emptyTable4();
  for (const events of histories) {
    const standing = new Map<ReviewKind, { date: string; result: ReviewResult }>();
    for (const event of events) {
      if (event.type === 'review_recorded' && event.date <= end) standing.set(event.kind, { date: event.date, result: event.result });
    }
    for (const [kind, { date, result }] of standing) {
      if (result !== 'pending' && date < start) continue;
      table[kind][result] += 1;
      table[kind].total += 1;
    }
  }
  return table;
}
