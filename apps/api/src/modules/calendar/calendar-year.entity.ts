import { CalendarYearSource } from '@govopen/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { utcDate } from '../../common/timestamp.transformer';

/** A year whose State Council schedule is known. A year without a row is unknown, never assumed. */
@Entity('calendar_year')
export class CalendarYear {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 20 })
  source: CalendarYearSource;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ name: 'updated_at', type: 'datetime', transformer: utcDate })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 40, nullable: true })
  updatedBy: string | null;
}
