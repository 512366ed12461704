import { MessageRating, StaffMessageActionType } from '@govopen/contracts';
import { Message } from './message.entity';

/** Who gets a copy: the handlers of a unit, the 公开办 (dispatchers), or the resident who wrote the message. */
export type MessageNoticeRecipients = { unitId: number } | 'dispatchers' | 'writer';

/** A notice about a message, before its recipients are looked up (in the transaction of the change it reports). */
export interface MessageNotice {
  recipients: MessageNoticeRecipients;
  kind: string;
  title: string;
  body: string;
  link: string;
  /** The subject of the writer's WeChat subscribe message. */
  subject?: string;
  /** What makes the notice exactly-once; a staff copy appends its recipient. */
  key: string;
}

/** The message in the staff console. */
function staffLink(message: Message): string {
  return `/messages/${message.id}`;
}

/**
 * What an action tells whom, given the message as the action left it. Staff keys carry the version: a message
 * assigned, returned and assigned again tells its unit twice.
 */
export function noticeAfterAction(message: Message, type: StaffMessageActionType, reason: string | null): MessageNotice | null {
  const staffNotice = (recipients: MessageNoticeRecipients, kind: string, title: string, body: string): MessageNotice => ({
    recipients,
    kind,
    title,
    body,
    link: staffLink(message),
    key: `${kind}:${message.id}:${message.version}`,
  });
  if ((type === 'assign' || type === 'transfer') && message.unitId) {
    return staffNotice({ unitId: message.unitId }, 'message.assigned', '新的留言待办理', `“${message.title}”已分到本科室，请在 ${message.dueDate ?? '期限'} 前答复。`);
  }
  if (type === 'urge' && message.unitId) {
    return staffNotice({ unitId: message.unitId }, 'message.urged', '留言催办', `公开办催办“${message.title}”${reason ? `：${reason}` : ''}，答复期限 ${message.dueDate ?? '—'}。`);
  }
  if (type === 'return') return staffNotice('dispatchers', 'message.returned', '留言被退回分办', `“${message.title}”被退回：${reason ?? ''}`);
  if (type === 'reply') {
    return {
      recipients: 'writer',
      kind: 'message.replied',
      subject: message.title,
      title: '您的留言已答复',
      body: `您的留言“${message.title}”已收到答复，欢迎查看并评价。`,
      link: `/packages/message/pages/detail/index?id=${message.id}`,
      key: `message.replied:${message.id}`,
    };
  }
  return null;
}

/** A dissatisfied writer is the 公开办's concern (a message is rated once, so the key needs no version). */
export function noticeAfterRating(message: Message, rating: MessageRating, comment: string | null): MessageNotice | null {
  if (rating !== 'dissatisfied' || !message.unitId) return null;
  return {
    recipients: 'dispatchers',
    kind: 'message.dissatisfied',
    title: '留言答复被评为不满意',
    body: `“${message.title}”的答复被留言人评为不满意${comment ? `：${comment}` : ''}。`,
    link: staffLink(message),
    key: `message-dissatisfied:${message.id}`,
  };
}
