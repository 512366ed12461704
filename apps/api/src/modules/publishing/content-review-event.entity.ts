import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** One step of a document's 保密审查 history, shown on the document; the audit log records the same steps. */
@Entity('content_review_event')
export class ContentReviewEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'content_type', type: 'varchar', length: 20 })
  contentType: 'policy' | 'interpretation';

  @Column({ name: 'content_id', type: 'integer' })
  contentId: number;

  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 60 })
  actorName: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ type: 'datetime', transformer: utcDate })
  at: Date;
}
