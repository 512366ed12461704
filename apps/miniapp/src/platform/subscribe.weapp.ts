import Taro from '@tarojs/taro';

export async function askSubscribeConsent(): Promise<void> {
  const templates = SUBSCRIBE_TEMPLATE_IDS.filter(Boolean).slice(0, 3);
  if (!templates.length) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds: templates, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option);
  } catch {
    // Declining is the resident's choice; the in-app 消息 list still carries every notice.
  }
}
