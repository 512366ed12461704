import type { MessageAction, MessageBoard, MessageEscalation, MessageRating, MessageStatus } from '@govopen/domain';
import { PublicMediaView } from './policy';

// The boards, statuses, ratings, escalations, month figures and actions are the domain's; the wire uses them as they are.
export type { MessageBoard, MessageEscalation, MessageMonthFigures, MessageMonthStats, MessageRating, MessageStatus } from '@govopen/domain';
export {
  MESSAGE_ACTION_LABELS,
  MESSAGE_BOARD_LABELS,
  MESSAGE_ESCALATION_LABELS,
  MESSAGE_RATING_LABELS,
  MESSAGE_STATUS_LABELS,
} from '@govopen/domain';

/** Where the content check stands: passed, flagged (risky / to review), or not run because WeChat was unreachable. */
export type MessageModeration = 'passed' | 'flagged' | 'check_unavailable' | 'pending_media_check' | 'approved' | 'rejected';

export interface CreateMessage {
  board: MessageBoard;
  title: string;
  body: string;
  /** The writer's choice: a public message and its reply may appear on the public board. */
  public: boolean;
  category?: string;
  contactName?: string;
  phone?: string;
  imageIds?: number[];
  /** A new random key per composed message; a retried submit with the same key returns the first result. */
  idempotencyKey: string;
}

/** What the public board shows: never the writer's name or contact. */
export interface PublicMessageView {
  id: number;
  board: MessageBoard;
  title: string;
  body: string;
  category: string | null;
  /** 受理日期 */
  receivedDate: string;
  /** 答复日期 */
  repliedDate: string;
  /** 答复部门 */
  replyUnitName: string;
  /** 答复内容 */
  replyBody: string;
  rating: MessageRating | null;
  images: PublicMediaView[];
}

/** The writer's own view: status, unit, due date, reply and rating. */
export interface MessageView {
  id: number;
  board: MessageBoard;
  title: string;
  body: string;
  category: string | null;
  public: boolean;
  published: boolean;
  status: MessageStatus;
  /** The writer is told that a message waits for review, not why. */
  statusText: string;
  submittedAt: string;
  receivedDate: string | null;
  dueDate: string | null;
  unitName: string | null;
  repliedDate: string | null;
  replyBody: string | null;
  replyUnitName: string | null;
  rating: MessageRating | null;
  ratingComment: string | null;
  invalidReason: string | null;
  images: PublicMediaView[];
  contactName: string | null;
  phoneMasked: string | null;
}

export interface RateMessage {
  rating: MessageRating;
  comment?: string;
}

export interface MessageBoardSetting {
  board: MessageBoard;
  name: string;
  replyWorkingDays: number;
  remindWorkingDays: number;
}

export type MessageInboxQueue = 'moderation' | 'dispatching' | 'open' | 'answered' | 'invalid' | 'all';

export interface MessageInboxQuery {
  queue?: MessageInboxQueue;
  board?: MessageBoard;
  unitId?: number;
  escalation?: MessageEscalation;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The public board: answered messages that writer and staff both made public. */
export interface PublicMessageQuery {
  board?: MessageBoard;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface MessageStatsQuery {
  /** YYYY-MM */
  month: string;
}

export interface StaffMessageSummary {
  id: number;
  board: MessageBoard;
  title: string;
  status: MessageStatus;
  moderation: MessageModeration;
  unitId: number | null;
  unitName: string | null;
  handlerName: string | null;
  submittedAt: string;
  receivedDate: string | null;
  dueDate: string | null;
  /** Working days left to the due date; negative once late; null while no clock runs. */
  workingDaysLeft: number | null;
  escalation: MessageEscalation | null;
  urgeCount: number;
  public: boolean;
  published: boolean;
}

export interface MessageUnitSuggestion {
  unitId: number;
  unitName: string;
  reason: string;
}

export interface MessageEventView {
  type: string;
  actorName: string;
  unitName: string | null;
  note: string | null;
  at: string;
}

export interface StaffMessageView extends StaffMessageSummary {
  body: string;
  category: string | null;
  contactName: string | null;
  phoneMasked: string | null;
  moderationNote: string | null;
  /** The reply limit the message was received under (it keeps it when the board's limit changes); null before 受理. */
  replyWorkingDays: number | null;
  extendedWorkingDays: number;
  replyBody: string | null;
  repliedDate: string | null;
  replyUnitName: string | null;
  rating: MessageRating | null;
  ratingComment: string | null;
  invalidReason: string | null;
  images: PublicMediaView[];
  suggestedUnits: MessageUnitSuggestion[];
  events: MessageEventView[];
  /** The buttons this person may use now. */
  allowedActions: StaffMessageActionType[];
}

export type StaffMessageActionType = MessageAction;

export interface StaffMessageAction {
  type: StaffMessageActionType;
  unitId?: number;
  reason?: string;
  days?: number;
  replyBody?: string;
}

export interface MessageReplyTemplate {
  id: number;
  title: string;
  body: string;
}

export interface MessageEscalationCounts {
  dueSoon: number;
  late: number;
  twoMonths: number;
  threeMonths: number;
  awaitingModeration: number;
  awaitingDispatch: number;
}

export interface MessageSettings {
  boards: MessageBoardSetting[];
  sensitiveWords: string[];
  units: { unitId: number; unitName: string; keywords: string[] }[];
}

/** What the settings form sends: what GET returned, whose names are read-only and may be left out. */
export interface SaveMessageSettings {
  boards: (Omit<MessageBoardSetting, 'name'> & { name?: string })[];
  sensitiveWords: string[];
  units: { unitId: number; unitName?: string; keywords: string[] }[];
}

/** The writer's contact in full: only on request, and every read is audited. */
export interface MessageContact {
  contactName: string | null;
  phone: string | null;
}
