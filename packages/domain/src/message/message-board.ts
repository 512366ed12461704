/** The boards of 网民留言 (DOMAIN §5). */
export type MessageBoard = 'general' | 'inquiry' | 'suggestion' | 'complaint' | 'leader_mailbox';

export const MESSAGE_BOARDS: readonly MessageBoard[] = ['general', 'inquiry', 'suggestion', 'complaint', 'leader_mailbox'];

export const MESSAGE_BOARD_LABELS: Record<MessageBoard, string> = {
  general: '网民留言',
  inquiry: '咨询',
  suggestion: '建议',
  complaint: '投诉',
  leader_mailbox: '领导信箱',
};

/** Default reply limits in working days: 咨询 3, every other board 5 (DOMAIN §5); each is configurable. */
export const DEFAULT_REPLY_WORKING_DAYS: Record<MessageBoard, number> = {
  general: 5,
  inquiry: 3,
  suggestion: 5,
  complaint: 5,
  leader_mailbox: 5,
};

export function isMessageBoard(value: unknown): value is MessageBoard {
  return typeof value === 'string' && (MESSAGE_BOARDS as readonly string[]).includes(value);
}
