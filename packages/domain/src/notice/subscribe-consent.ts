/**
 * The consent ledger's rules (DOMAIN §6a). `wx.requestSubscribeMessage` answers per template id: accept, reject,
 * ban (the user turned the template off for good) or filter (WeChat hid it, e.g. a title it filters). A one-time
 * acceptance allows exactly one message; each tap that accepts adds one.
 */
export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter';

export const SUBSCRIBE_RESULTS: readonly SubscribeResult[] = ['accept', 'reject', 'ban', 'filter'];

export type ConsentState = 'available' | 'used' | 'gone';

/** What a resident's answers leave: one credit per acceptance; a ban takes away every unused credit of that template. */
export function creditsAfter(unused: number, result: SubscribeResult): number {
  if (result === 'accept') return unused + 1;
  if (result === 'ban') return 0;
  return unused;
}
