import { ContentStatus, InterpretationForm } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** 政策解读 of one policy, in one form; its media are media_file rows attached to it, named by the *_id columns. */
@Entity('interpretation')
export class Interpretation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'policy_id', type: 'integer' })
  policyId: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 12 })
  form: InterpretationForm;

  /** The expert, medium, official or meeting the interpretation comes from. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  source: string | null;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'text', nullable: true })
  transcript: string | null;

  @Column({ name: 'media_id', type: 'integer', nullable: true })
  mediaId: number | null;

  @Column({ name: 'poster_id', type: 'integer', nullable: true })
  posterId: number | null;

  @Column({ name: 'captions_id', type: 'integer', nullable: true })
  captionsId: number | null;

  @Column({ name: 'image_ids', type: 'simple-json' })
  imageIds: number[];

  @Column({ type: 'varchar', length: 12 })
  status: ContentStatus;

  @Column({ name: 'author_id', type: 'integer' })
  authorId: number;

  @Column({ name: 'reviewer_id', type: 'integer', nullable: true })
  reviewerId: number | null;

  @Column({ name: 'publisher_id', type: 'integer', nullable: true })
  publisherId: number | null;

  @Column({ name: 'review_comment', type: 'varchar', length: 1000, nullable: true })
  reviewComment: string | null;

  @Column({ name: 'scheduled_at', type: 'datetime', nullable: true, transformer: utcDate })
  scheduledAt: Date | null;

  @Column({ name: 'published_at', type: 'datetime', nullable: true, transformer: utcDate })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', transformer: utcDate })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}
