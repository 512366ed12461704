import { SubscribeTemplateKind } from '@govopen/domain';

/**
 * Asks for subscribe-message consent for these kinds of notice, from a tap (WeChat allows it only there, at most 3
 * templates at once). Resolves with WeChat's answer per template id (accept / reject / ban / filter), or an empty
 * object when nothing was asked (the browser build, no template configured, the prompt failed).
 */
export function askSubscribeConsent(kinds: SubscribeTemplateKind[]): Promise<Record<string, string>>;
