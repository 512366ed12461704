import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day that differs from Monday–Friday: a holiday (放假) or a make-up working day (调休上班). */
@Entity('calendar')
export class CalendarDay {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'boolean' })
  working: boolean;

  @Column({ type: 'varchar', length: 40, nullable: true })
  name: string | null;
}
