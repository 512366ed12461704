import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/**
 * One saved version of an agency's 政府信息公开指南 (条例 Art. 12). A save inserts a new row and never rewrites an
 * old one, so the history says what residents were told on any day; the latest version is the published guide.
 */
@Entity('disclosure_guide_version')
export class DisclosureGuideVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  /** 1, 2, 3… per agency. */
  @Column({ type: 'integer' })
  version: number;

  /** DisclosureGuideText as JSON. */
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'saved_by', type: 'integer', nullable: true })
  savedBy: number | null;

  /** The saver's name as it was then (a renamed or removed account keeps its history). */
  @Column({ name: 'saved_by_name', type: 'varchar', length: 50 })
  savedByName: string;

  @Column({ name: 'saved_at', type: 'datetime', transformer: utcDate })
  savedAt: Date;
}
