import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CalendarYearSource } from '@govopen/contracts';
import { CalendarException } from '@govopen/domain';
import { DataSource } from 'typeorm';
import { managerOf, Transaction } from '../../database/unit-of-work/transaction';
import { CalendarDay } from './calendar-day.entity';
import { CalendarYear } from './calendar-year.entity';

export interface CalendarYearRow extends CalendarYear {
  holidays: number;
  makeUpWorkdays: number;
}

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async loadAll(tx: Transaction = this.dataSource.manager): Promise<{ years: number[]; days: CalendarException[] }> {
    const manager = managerOf(tx);
    const [years, days] = await Promise.all([
      manager.getRepository(CalendarYear).find({ select: { year: true } }),
      manager.getRepository(CalendarDay).find(),
    ]);
    return {
      years: years.map((row) => row.year),
      days: days.map((day) => ({ date: day.date, working: Boolean(day.working), name: day.name })),
    };
  }

  async listYears(): Promise<CalendarYearRow[]> {
    const years = await this.dataSource.getRepository(CalendarYear).find({ order: { year: 'DESC' } });
    const counts: { year: number; working: number | boolean | string; count: string | number }[] = await this.dataSource
      .getRepository(CalendarDay)
      .createQueryBuilder('day')
      .select('day.year', 'year')
      .addSelect('day.working', 'working')
      .addSelect('COUNT(*)', 'count')
      .groupBy('day.year')
      .addGroupBy('day.working')
      .getRawMany();
    return years.map((year) => {
      const of = (working: boolean) =>
        Number(counts.find((row) => Number(row.year) === year.year && Boolean(Number(row.working)) === working)?.count ?? 0);
      return Object.assign(year, { holidays: of(false), makeUpWorkdays: of(true) });
    });
  }

  findYear(year: number): Promise<CalendarYear | null> {
    return this.dataSource.getRepository(CalendarYear).findOneBy({ year });
  }

  findDays(year: number): Promise<CalendarDay[]> {
    return this.dataSource.getRepository(CalendarDay).find({ where: { year }, order: { date: 'ASC' } });
  }

  /** Replaces a year's schedule whole: what staff enter is the State Council's notice for that year. */
  async replaceYear(
    tx: Transaction,
    year: number,
    days: CalendarException[],
    meta: { source: CalendarYearSource; note: string | null; updatedBy: string | null; updatedAt: Date },
  ): Promise<void> {
    const manager = managerOf(tx);
    await manager.getRepository(CalendarYear).save({ year, ...meta });
    await manager.getRepository(CalendarDay).delete({ year });
    if (days.length) {
      await manager
        .getRepository(CalendarDay)
        .insert(days.map((day) => ({ date: day.date, year, working: day.working, name: day.name })));
    }
  }
}
