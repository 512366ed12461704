/** Asks for subscribe-message consent from a tap (WeChat allows it only there); resolves whatever the answer. */
export function askSubscribeConsent(): Promise<void>;
