import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** An agency's own wording for one letter (the built-in one applies where there is no row). */
@Entity('letter_template')
export class LetterTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId: number;

  @Column({ name: 'template_key', type: 'varchar', length: 60 })
  templateKey: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** JSON array of paragraphs. */
  @Column({ type: 'text' })
  paragraphs: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 50 })
  updatedBy: string;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;
}
