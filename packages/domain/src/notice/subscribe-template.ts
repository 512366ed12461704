import { fitSubscribeValue, SubscribeFieldType } from './subscribe-field';

/**
 * The subscribe-message templates the product sends. A deployment picks, in its mini-program's 订阅消息 console, a
 * library template with the fields below and configures its id per kind (WECHAT_SUBSCRIBE_TEMPLATES); a kind left
 * out is delivered in the app only.
 */
export type SubscribeTemplateKind = 'disclosure_progress' | 'message_reply' | 'consultation_result' | 'policy_push';

export const SUBSCRIBE_TEMPLATE_KINDS: readonly SubscribeTemplateKind[] = ['disclosure_progress', 'message_reply', 'consultation_result', 'policy_push'];

interface TemplateField {
  key: string;
  type: SubscribeFieldType;
  /** The field's name in the library template, as the resident reads it. */
  label: string;
  /** Which fact of the notice fills it. */
  fact: keyof SubscribeFacts;
}

export interface SubscribeTemplateLayout {
  /** What the resident is told, shown in 我的 · 消息提醒 and when asked for consent. */
  label: string;
  description: string;
  fields: TemplateField[];
}

export const SUBSCRIBE_TEMPLATE_LAYOUTS: Record<SubscribeTemplateKind, SubscribeTemplateLayout> = {
  disclosure_progress: {
    label: '依申请公开办理进度',
    description: '受理、补正、延期、缴费、答复等进展',
    fields: [
      { key: 'thing1', type: 'thing', label: '申请事项', fact: 'subject' },
      { key: 'phrase2', type: 'phrase', label: '办理进度', fact: 'phrase' },
      { key: 'time3', type: 'time', label: '更新时间', fact: 'at' },
      { key: 'thing4', type: 'thing', label: '温馨提示', fact: 'hint' },
    ],
  },
  message_reply: {
    label: '留言答复',
    description: '您的留言有了答复',
    fields: [
      { key: 'thing1', type: 'thing', label: '留言标题', fact: 'subject' },
      { key: 'phrase2', type: 'phrase', label: '办理状态', fact: 'phrase' },
      { key: 'time3', type: 'time', label: '答复时间', fact: 'at' },
      { key: 'thing4', type: 'thing', label: '温馨提示', fact: 'hint' },
    ],
  },
  consultation_result: {
    label: '意见征集结果',
    description: '您参与的意见征集公布了采纳情况',
    fields: [
      { key: 'thing1', type: 'thing', label: '征集主题', fact: 'subject' },
      { key: 'phrase2', type: 'phrase', label: '结果', fact: 'phrase' },
      { key: 'time3', type: 'time', label: '公布时间', fact: 'at' },
      { key: 'thing4', type: 'thing', label: '温馨提示', fact: 'hint' },
    ],
  },
  policy_push: {
    label: '惠企政策推送',
    description: '与您的企业相关的新政策',
    fields: [
      { key: 'thing1', type: 'thing', label: '政策名称', fact: 'subject' },
      { key: 'phrase2', type: 'phrase', label: '推送类型', fact: 'phrase' },
      { key: 'time3', type: 'time', label: '发布时间', fact: 'at' },
      { key: 'thing4', type: 'thing', label: '温馨提示', fact: 'hint' },
    ],
  },
};

/** What a notice says, in the words the template fields need. */
export interface SubscribeFacts {
  /** What it is about: the request's or message's title, the draft's or policy's name. */
  subject: string;
  /** The progress in a few 汉字: 已受理, 需补正, 已答复. */
  phrase: string;
  /** When it happened (ISO instant). */
  at: string;
  /** One short line telling the resident what to do or expect. */
  hint: string;
}

interface NoticeKindTemplate {
  template: SubscribeTemplateKind;
  phrase: string;
  hint: string;
}

/**
 * Which template carries each resident notice kind, with the progress phrase and the default hint. A kind not listed
 * (staff notices, reminders to staff) never goes to WeChat.
 */
const NOTICE_KIND_TEMPLATES: Record<string, NoticeKindTemplate> = {
  'disclosure.registered': { template: 'disclosure_progress', phrase: '已受理', hint: '点击查看答复期限' },
  'disclosure.supplement': { template: 'disclosure_progress', phrase: '需补正', hint: '请在期限内补正申请' },
  'disclosure.extended': { template: 'disclosure_progress', phrase: '已延期', hint: '点击查看延长后的答复期限' },
  'disclosure.fee': { template: 'disclosure_progress', phrase: '待缴费', hint: '请在20个工作日内缴纳' },
  'disclosure.consultation': { template: 'disclosure_progress', phrase: '征求意见', hint: '征求意见时间不计入答复期限' },
  'disclosure.reasons': { template: 'disclosure_progress', phrase: '待说明', hint: '请在期限内说明申请理由' },
  'disclosure.later_deadline': { template: 'disclosure_progress', phrase: '已确定', hint: '点击查看确定的答复期限' },
  'disclosure.abandoned': { template: 'disclosure_progress', phrase: '已终止', hint: '如仍需要可重新提出申请' },
  'disclosure.replied': { template: 'disclosure_progress', phrase: '已答复', hint: '请查看答复告知书' },
  'message.replied': { template: 'message_reply', phrase: '已答复', hint: '点击查看答复并评价' },
  'consultation.adoption': { template: 'consultation_result', phrase: '已公布', hint: '点击查看您的意见采纳情况' },
  'policy.push': { template: 'policy_push', phrase: '新政策', hint: '点击查看政策原文和解读' },
};

/** The template a notice kind is sent with, or null when it stays in the app. */
export function templateKindOfNotice(noticeKind: string): SubscribeTemplateKind | null {
  return NOTICE_KIND_TEMPLATES[noticeKind]?.template ?? null;
}

/** Facts for a notice kind: the kind's phrase and default hint, under what the caller knows. */
export function subscribeFactsOf(noticeKind: string, facts: { subject: string; at: string; hint?: string | null }): SubscribeFacts {
  const entry = NOTICE_KIND_TEMPLATES[noticeKind];
  if (!entry) throw new Error(`notice kind ${noticeKind} has no subscribe template`);
  return { subject: facts.subject, phrase: entry.phrase, at: facts.at, hint: facts.hint || entry.hint };
}

/** The `data` of `subscribe/send`: every field of the layout, each value fitted to its type's limit. */
export function subscribeDataOf(template: SubscribeTemplateKind, facts: SubscribeFacts): Record<string, { value: string }> {
  return Object.fromEntries(SUBSCRIBE_TEMPLATE_LAYOUTS[template].fields.map((field) => [field.key, { value: fitSubscribeValue(field.type, facts[field.fact]) }]));
}
