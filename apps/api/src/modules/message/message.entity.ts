import { AuditActorType, MessageBoard, MessageModeration, MessageRating, MessageStatus } from '@govopen/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** A resident's message on one of the boards (网民留言 / 咨询 / 建议 / 投诉 / 领导信箱) and its reply. */
@Entity('message')
export class Message {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'varchar', length: 20 })
  board: MessageBoard;

  @Column({ name: 'resident_id', type: 'integer' })
  residentId: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  category: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 40, nullable: true })
  contactName: string | null;

  @Column({ name: 'phone_enc', type: 'varchar', length: 200, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_masked', type: 'varchar', length: 20, nullable: true })
  phoneMasked: string | null;

  @Column({ name: 'writer_public', type: 'boolean' })
  writerPublic: boolean;

  @Column({ type: 'boolean' })
  published: boolean;

  @Column({ type: 'varchar', length: 12 })
  status: MessageStatus;

  @Column({ type: 'varchar', length: 24 })
  moderation: MessageModeration;

  @Column({ name: 'moderation_note', type: 'varchar', length: 500, nullable: true })
  moderationNote: string | null;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ name: 'handler_id', type: 'integer', nullable: true })
  handlerId: number | null;

  /** 受理日期: the day the message passed the content check and the reply clock started. */
  @Column({ name: 'received_date', type: 'varchar', length: 10, nullable: true })
  receivedDate: string | null;

  /** The reply limit in working days that applied on the receipt date; a later change of the board's limit does not touch it. */
  @Column({ name: 'reply_working_days', type: 'integer', nullable: true })
  replyWorkingDays: number | null;

  /** null until received, or while the calendar lacks the year the limit ends in. */
  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true })
  dueDate: string | null;

  @Column({ name: 'sort_due_date', type: 'varchar', length: 10 })
  sortDueDate: string;

  @Column({ name: 'extended_days', type: 'integer' })
  extendedDays: number;

  @Column({ name: 'urge_count', type: 'integer' })
  urgeCount: number;

  @Column({ name: 'reply_body', type: 'text', nullable: true })
  replyBody: string | null;

  @Column({ name: 'reply_unit_id', type: 'integer', nullable: true })
  replyUnitId: number | null;

  @Column({ name: 'replied_date', type: 'varchar', length: 10, nullable: true })
  repliedDate: string | null;

  @Column({ name: 'replied_at', type: 'datetime', nullable: true, transformer: utcDate })
  repliedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  rating: MessageRating | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true })
  ratingComment: string | null;

  @Column({ name: 'rated_at', type: 'datetime', nullable: true, transformer: utcDate })
  ratedAt: Date | null;

  @Column({ name: 'invalid_reason', type: 'varchar', length: 500, nullable: true })
  invalidReason: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', transformer: utcDate })
  submittedAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

/** One step in a message's history (who, what, which unit, why). Appended, never updated. */
@Entity('message_event')
export class MessageEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'message_id', type: 'integer' })
  messageId: number;

  @Column({ type: 'varchar', length: 24 })
  type: string;

  @Column({ name: 'actor_type', type: 'varchar', length: 10 })
  actorType: AuditActorType;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 60 })
  actorName: string;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}

@Entity('message_board_setting')
export class MessageBoardSetting {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  board: MessageBoard;

  @Column({ name: 'reply_working_days', type: 'integer' })
  replyWorkingDays: number;

  @Column({ name: 'remind_working_days', type: 'integer' })
  remindWorkingDays: number;
}

@Entity('message_reply_template')
export class MessageReplyTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;
}

/** The agency's own list of words that hold a message or comment for moderation. */
@Entity('sensitive_word')
export class SensitiveWord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 50 })
  word: string;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}

/** Routing keywords per unit: a message that mentions one is suggested for that unit. */
@Entity('unit_routing_keyword')
export class UnitRoutingKeyword {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'unit_id', type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 30 })
  keyword: string;
}

/** An image sent to WeChat's mediaCheckAsync, waiting for (or holding) its verdict. */
@Entity('content_check')
export class ContentCheck {
  @PrimaryColumn({ name: 'trace_id', type: 'varchar', length: 64 })
  traceId: string;

  @Column({ name: 'target_type', type: 'varchar', length: 24 })
  targetType: 'message';

  @Column({ name: 'target_id', type: 'integer' })
  targetId: number;

  @Column({ name: 'media_id', type: 'integer' })
  mediaId: number;

  @Column({ type: 'varchar', length: 12, nullable: true })
  result: 'pass' | 'review' | 'risky' | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}
