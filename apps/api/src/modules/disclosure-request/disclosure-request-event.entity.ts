import { AuditActorType } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** One appended event of a case: the domain event (payload JSON) plus who recorded it and when. Never updated. */
@Entity('disclosure_request_event')
export class DisclosureRequestEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ name: 'event_date', type: 'varchar', length: 10 })
  eventDate: string;

  @Column({ type: 'datetime', transformer: utcDate })
  at: Date;

  @Column({ name: 'actor_type', type: 'varchar', length: 10 })
  actorType: AuditActorType;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 40, nullable: true })
  actorName: string | null;

  /** The domain RequestEvent plus details for people (reasons, items, opinions), as JSON. */
  @Column({ type: 'text' })
  payload: string;
}
