import Taro from '@tarojs/taro';
import { SubscribeTemplateKind } from '@govopen/domain';

const ANSWERS = new Set(['accept', 'reject', 'ban', 'filter']);
// A named constant: the build writes the object literal in place of SUBSCRIBE_TEMPLATES.
const TEMPLATE_OF_KIND: Partial<Record<SubscribeTemplateKind, string>> = SUBSCRIBE_TEMPLATES;

export async function askSubscribeConsent(kinds: SubscribeTemplateKind[]): Promise<Record<string, string>> {
  const templates = kinds.map((kind) => TEMPLATE_OF_KIND[kind]).filter((id): id is string => Boolean(id)).slice(0, 3);
  if (!templates.length) return {};
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: templates, entityIds: [] } as unknown as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>;
    // The answer also carries errMsg; only the per-template results are kept.
    return Object.fromEntries(templates.filter((id) => ANSWERS.has(answer[id])).map((id) => [id, answer[id]]));
  } catch {
    // Declining the prompt, or a prompt WeChat did not show: the in-app 消息 list still carries every notice.
    return {};
  }
}
