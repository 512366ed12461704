/**
 * The consent ledger's rules (DOMAIN §6a). `wx.requestSubscribeMessage` answers per template id: accept, reject,
 * ban (the user turned the template off for good) or filter (WeChat hid it, e.g. a title it filters). A one-time
 * acceptance allows exactly one message; each tap that accepts adds one.
 */
export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter';

export const SUBSCRIBE_RESULTS: readonly SubscribeResult[] = ['accept', 'reject', 'ban', 'filter'];

export type ConsentState = 'available' | 'used' | 'gone';

/** An acceptance is one credit (one message); reject and filter are kept as answers, allowing nothing. */
export function consentStateOf(result: SubscribeResult): 'available' | 'noted' {
  return result === 'accept' ? 'available' : 'noted';
}

/** A ban turns the template off for good: every credit not yet used is void. */
export function voidsUnusedCredits(result: SubscribeResult): boolean {
  return result === 'ban';
}
