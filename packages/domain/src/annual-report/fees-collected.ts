import { RequestEvent } from '../disclosure/request-event';

/**
 * 信息处理费 collected in `year`, in 元, for section 六: each request's `fee_paid` dated in the year, at the amount of
 * the `fee_notified` before it (109号 Art. 3: one notice per application, so the payment is of that notice). Each
 * history is one request's events in order. Summed in fen so the total is exact.
 */
export function feesCollected(histories: readonly (readonly RequestEvent[])[], year: number): number {
  const prefix = `${year}-`;
  let fen = 0;
  for (const events of histories) {
    let notified: number | null = null;
    for (const event of events) {
      if (event.type === 'fee_notified') notified = event.amountYuan;
      if (event.type !== 'fee_paid') continue;
      if (notified === null) throw new RangeError(`缴费记录（${event.date}）之前没有收费通知，无法确定收费金额`);
      if (event.date.startsWith(prefix)) fen += Math.round(notified * 100);
      notified = null;
    }
  }
  return fen / 100;
}
