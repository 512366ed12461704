import { SubscribeTemplateKind } from '@govopen/domain';

/** The browser has no subscribe messages: notices reach the in-app 消息 list only. */
export async function askSubscribeConsent(_kinds: SubscribeTemplateKind[]): Promise<Record<string, string>> {
  return {};
}
