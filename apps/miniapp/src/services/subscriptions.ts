import { SubscribeTemplateKind } from '@govopen/domain';
import { askSubscribeConsent } from '../platform/subscribe';
import { api } from './api';

/**
 * Asks, on the tap that calls it, whether the resident wants WeChat messages about these kinds of notice, and
 * records the answer with the API (the consent ledger: one message per acceptance). Never fails the tap: the in-app
 * 消息 list carries every notice either way.
 */
export async function offerSubscriptions(kinds: SubscribeTemplateKind[]): Promise<void> {
  const results = await askSubscribeConsent(kinds);
  if (!Object.keys(results).length) return;
  try {
    await api.wechat.recordSubscriptions({ results: results as Record<string, 'accept' | 'reject' | 'ban' | 'filter'> });
  } catch {
    // Not recorded: the next tap asks again.
  }
}
