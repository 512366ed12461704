import { LegalRefusal } from '../law/legal-refusal';

/**
 * The rules a message-board action can break. Each is refused as a LegalRefusal (HTTP 409) naming its basis; a new
 * rule without an entry in `messageRuleText` does not compile.
 */
export enum MessageRule {
  /** 延期 once the reply limit has passed. */
  MESSAGE_EXTENSION_WHEN_LATE = 'MESSAGE_EXTENSION_WHEN_LATE',
  /** A second 延期 of one message. */
  MESSAGE_ALREADY_EXTENDED = 'MESSAGE_ALREADY_EXTENDED',
  /** 延期 longer than the reply limit the message was received under. */
  MESSAGE_EXTENSION_TOO_LONG = 'MESSAGE_EXTENSION_TOO_LONG',
  /** Publishing a message whose writer chose not to make it public. */
  MESSAGE_PRIVATE_NOT_PUBLISHABLE = 'MESSAGE_PRIVATE_NOT_PUBLISHABLE',
}

/**
 * The extension rules are the board's own (DOMAIN §5 gives boards a configurable reply limit and a reasoned 延期; no
 * statute sets them). They follow 条例 Art. 33 ¶2 for disclosure requests: one extension, decided before the limit
 * runs out, no longer than the limit itself.
 */
const BOARD_RULE = '本机关网民留言办理规则';

export function messageRuleText(rule: MessageRule): { article: string; message: string } {
  switch (rule) {
    case MessageRule.MESSAGE_EXTENSION_WHEN_LATE:
      return { article: BOARD_RULE, message: '留言已超过答复期限，不能再延期' };
    case MessageRule.MESSAGE_ALREADY_EXTENDED:
      return { article: BOARD_RULE, message: '每条留言只能延期一次' };
    case MessageRule.MESSAGE_EXTENSION_TOO_LONG:
      return { article: BOARD_RULE, message: '延期天数 days 不能超过这条留言受理时适用的答复时限' };
    case MessageRule.MESSAGE_PRIVATE_NOT_PUBLISHABLE:
      // 个人信息保护法 Art. 25: personal information is not made public without the person's separate consent.
      return { article: '《中华人民共和国个人信息保护法》第二十五条', message: '留言人选择了不公开，未经本人同意不能公开此留言' };
  }
}

/** The refusal for a broken rule, with its basis; `detail` adds the facts of the case (dates, limits). */
export function messageRefusal(rule: MessageRule, detail?: string): LegalRefusal {
  const { article, message } = messageRuleText(rule);
  return new LegalRefusal(rule, article, detail ? `${message}。${detail}` : message);
}

export function refuseMessage(rule: MessageRule, detail?: string): never {
  throw messageRefusal(rule, detail);
}
