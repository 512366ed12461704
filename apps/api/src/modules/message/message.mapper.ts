import { PublicMediaView, MESSAGE_ACTION_LABELS, MESSAGE_STATUS_LABELS, MessageEventView, MessageView, PublicMessageView } from '@govopen/contracts';
import { Message, MessageEvent } from './message.entity';

/** The timeline's words: the staff actions as the buttons say them, and the events no one clicks. */
export const EVENT_LABELS: Record<string, string> = {
  ...MESSAGE_ACTION_LABELS,
  submitted: '提交留言',
  held: '待内容审核',
  accepted: '受理',
  rated: '评价',
  media_checked: '图片检测完成',
};

export function toPublicView(message: Message, unitName: string, images: PublicMediaView[]): PublicMessageView {
  return {
    id: message.id,
    board: message.board,
    title: message.title,
    body: message.body,
    category: message.category,
    receivedDate: message.receivedDate!,
    repliedDate: message.repliedDate!,
    replyUnitName: unitName,
    replyBody: message.replyBody!,
    rating: message.rating,
    images,
  };
}

export function toWriterView(message: Message, unitNames: Map<number, string>, images: PublicMediaView[]): MessageView {
  const unitName = message.unitId ? (unitNames.get(message.unitId) ?? null) : null;
  return {
    id: message.id,
    board: message.board,
    title: message.title,
    body: message.body,
    category: message.category,
    public: message.writerPublic,
    published: message.published,
    status: message.status,
    statusText: MESSAGE_STATUS_LABELS[message.status],
    submittedAt: message.submittedAt.toISOString(),
    receivedDate: message.receivedDate,
    dueDate: message.status === 'answered' || message.status === 'invalid' ? null : message.dueDate,
    unitName,
    repliedDate: message.repliedDate,
    replyBody: message.replyBody,
    replyUnitName: message.replyUnitId ? (unitNames.get(message.replyUnitId) ?? null) : null,
    rating: message.rating,
    ratingComment: message.ratingComment,
    invalidReason: message.invalidReason,
    images,
    contactName: message.contactName,
    phoneMasked: message.phoneMasked,
  };
}

/** A timeline entry; staff are named by their name (`staffNames`, by id), never by their login. */
export function toEventView(event: MessageEvent, unitNames: Map<number, string>, staffNames: Map<number, string> = new Map()): MessageEventView {
  return {
    type: EVENT_LABELS[event.type] ?? event.type,
    actorName: event.actorType === 'staff' ? (staffNames.get(event.actorId ?? -1) ?? event.actorName) : event.actorName,
    unitName: event.unitId ? (unitNames.get(event.unitId) ?? null) : null,
    note: event.note,
    at: event.createdAt.toISOString(),
  };
}
