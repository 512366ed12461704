import { CommentDecision, ConsultationCommentStatus } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** 意见征集: a draft open for public comment, and afterwards its 采纳情况. */
@Entity('consultation')
export class Consultation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  draft: string;

  @Column({ type: 'text' })
  explanation: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate: string;

  @Column({ name: 'short_window_reason', type: 'varchar', length: 500, nullable: true })
  shortWindowReason: string | null;

  @Column({ name: 'unit_id', type: 'integer', nullable: true })
  unitId: number | null;

  @Column({ type: 'boolean' })
  published: boolean;

  /** The day the decision was made (决策文件出台), recorded by staff: the 采纳情况 is due 10 working days after it. */
  @Column({ name: 'decision_date', type: 'varchar', length: 10, nullable: true })
  decisionDate: string | null;

  @Column({ name: 'adoption_summary', type: 'text', nullable: true })
  adoptionSummary: string | null;

  @Column({ name: 'adoption_published_at', type: 'datetime', nullable: true, transformer: utcDate })
  adoptionPublishedAt: Date | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy: number;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}

@Entity('consultation_comment')
export class ConsultationComment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'consultation_id', type: 'integer' })
  consultationId: number;

  @Column({ name: 'resident_id', type: 'integer' })
  residentId: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ name: 'article_number', type: 'varchar', length: 20, nullable: true })
  articleNumber: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 10 })
  status: ConsultationCommentStatus;

  @Column({ name: 'moderation_note', type: 'varchar', length: 500, nullable: true })
  moderationNote: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision: CommentDecision | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 1000, nullable: true })
  decisionReason: string | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;
}
