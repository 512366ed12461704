import { AuditActorType } from '@govopen/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** Append-only: the migration adds triggers that refuse UPDATE and DELETE on this table. */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'datetime', transformer: utcDate })
  at: Date;

  @Column({ name: 'actor_type', type: 'varchar', length: 10 })
  actorType: AuditActorType;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 40, nullable: true })
  actorName: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 40, nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'varchar', length: 40, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  detail: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
