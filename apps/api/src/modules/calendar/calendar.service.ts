import { Injectable } from '@nestjs/common';
import {
  AddWorkingDaysResponse,
  CalendarDayResponse,
  CalendarStatus,
  CalendarYearDetail,
  CalendarYearSummary,
} from '@govopen/contracts';
import {
  addWorkingDays,
  CalendarException,
  CalendarYearMissingError,
  chinaDateOf,
  createWorkingCalendar,
  dayOfWeek,
  describeDay,
  isLocalDate,
  LocalDate,
  WorkingCalendar,
  missingCalendarYears,
  yearOf,
} from '@govopen/domain';
import { Transaction } from '../../database/unit-of-work/transaction';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { AppException } from '../../common/app-exception';
import { ErrorCode } from '../../common/error-code';
import { AuditService } from '../audit/audit.service';
import { CalendarResponseCache } from './calendar-response-cache';
import { CalendarRepository } from './calendar.repository';
import { PutCalendarYearDto } from './dto/put-calendar-year.dto';

/**
 * Called inside the transaction that changes the calendar, with the new calendar: features with open deadlines
 * (requests, messages, consultations) recompute them here, so a saved schedule never leaves a stale due date
 * (the failure Alaveteli's issue #7292 describes).
 */
export type CalendarChangeListener = (calendar: WorkingCalendar, manager: Transaction, actor: Actor) => Promise<void>;

// Other API instances pick up an edit within this time; the instance that made it sees it at once.
const CACHE_TTL_MS = 60_000;

export function calendarYearMissingException(year: number): AppException {
  return new AppException(
    ErrorCode.CALENDAR_YEAR_MISSING,
    `工作日历尚未录入 ${year} 年的节假日安排，无法计算；请管理员在“工作日历”中录入国务院公布的 ${year} 年安排`,
  );
}

@Injectable()
export class CalendarService {
  private cache: { calendar: WorkingCalendar; loadedAt: number } | null = null;
  private loading: Promise<WorkingCalendar> | null = null;
  private readonly listeners: CalendarChangeListener[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly repository: CalendarRepository,
    private readonly audit: AuditService,
    private readonly responseCache: CalendarResponseCache,
  ) {}

  onCalendarChanged(listener: CalendarChangeListener): void {
    this.listeners.push(listener);
  }

  async getCalendar(): Promise<WorkingCalendar> {
    if (this.cache && Date.now() - this.cache.loadedAt < CACHE_TTL_MS) return this.cache.calendar;
    this.loading ??= this.repository
      .loadAll()
      .then(({ years, days }) => {
        const calendar = createWorkingCalendar(years, days);
        this.cache = { calendar, loadedAt: Date.now() };
        return calendar;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  async day(date: string): Promise<CalendarDayResponse> {
    assertDate(date, 'date');
    const calendar = await this.getCalendar();
    return withCalendar(() => describeDay(calendar, date));
  }

  async addWorkingDays(from: string, days: number): Promise<AddWorkingDaysResponse> {
    assertDate(from, 'from');
    const calendar = await this.getCalendar();
    return { from, days, date: withCalendar(() => addWorkingDays(calendar, from, days)) };
  }

  async status(): Promise<CalendarStatus> {
    const now = this.clock.now();
    const calendar = await this.getCalendar();
    const today = chinaDateOf(now);
    const year = yearOf(today);
    const years = [...calendar.years].sort((a, b) => a - b);
    const missing = missingCalendarYears(years, today);
    let warning: string | null = null;
    if (missing.includes(year)) {
      warning = `工作日历缺少本年度（${year} 年）的节假日安排，所有期限均无法计算，请立即录入`;
    } else if (missing.includes(year + 1)) {
      warning = `尚未录入 ${year + 1} 年节假日安排。国务院通常于 11 月公布下一年度安排，请及时在“工作日历”中录入，否则跨年期限将无法计算`;
    }
    return { today, years, missing, warning };
  }

  async listYears(): Promise<CalendarYearSummary[]> {
    const rows = await this.repository.listYears();
    return rows.map((row) => ({
      year: row.year,
      source: row.source,
      holidays: row.holidays,
      makeUpWorkdays: row.makeUpWorkdays,
      note: row.note,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
    }));
  }

  async yearDetail(year: number): Promise<CalendarYearDetail> {
    const summary = (await this.listYears()).find((row) => row.year === year);
    if (!summary) throw AppException.notFound(`尚未录入 ${year} 年的节假日安排`);
    const days = await this.repository.findDays(year);
    return { ...summary, days: days.map((day) => ({ date: day.date, working: Boolean(day.working), name: day.name })) };
  }

  async putYear(year: number, body: PutCalendarYearDto, actor: Actor): Promise<CalendarYearDetail> {
    const now = this.clock.now();
    const days = validateYearDays(year, body);
    const existed = (await this.repository.findYear(year)) !== null;
    await this.repository.transaction(async (manager) => {
      await this.repository.replaceYear(manager, year, days, {
        source: 'manual',
        note: body.note?.trim() || null,
        updatedBy: actor.name,
        updatedAt: now,
      });
      const loaded = await this.repository.loadAll(manager);
      const calendar = createWorkingCalendar(loaded.years, loaded.days);
      for (const listener of this.listeners) await listener(calendar, manager, actor);
      const holidays = days.filter((day) => !day.working).length;
      await this.audit.record(
        actor,
        {
          action: existed ? 'calendar.year.update' : 'calendar.year.create',
          targetType: 'calendar_year',
          targetId: year,
          detail: `放假 ${holidays} 天，调休上班 ${days.length - holidays} 天${body.note ? `；${body.note.trim()}` : ''}`,
        },
        manager,
      );
    });
    this.cache = null;
    this.responseCache.clear();
    return this.yearDetail(year);
  }
}

function assertDate(value: string, field: string): asserts value is LocalDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw AppException.invalid(field, `日期 ${field} 的格式应为 YYYY-MM-DD`);
  if (!isLocalDate(value)) throw AppException.invalid(field, `日期 ${value} 不存在`);
}

/** Arithmetic on a year the calendar lacks becomes an error staff can act on (enter the year), never a guessed date. */
export function withCalendar<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CalendarYearMissingError) throw calendarYearMissingException(error.year);
    throw error;
  }
}

function validateYearDays(year: number, body: PutCalendarYearDto): CalendarException[] {
  const seen = new Set<string>();
  return body.days.map((day, index) => {
    const field = `days[${index}].date`;
    assertDate(day.date, field);
    if (yearOf(day.date) !== year) throw AppException.invalid(field, `${day.date} 不属于 ${year} 年`);
    if (seen.has(day.date)) throw AppException.invalid(field, `${day.date} 重复录入`);
    seen.add(day.date);
    const weekday = dayOfWeek(day.date);
    if (day.working && weekday !== 0 && weekday !== 6) {
      throw AppException.invalid(`days[${index}].working`, `${day.date} 本是工作日，调休上班日应为周六或周日`);
    }
    return { date: day.date, working: day.working, name: day.name?.trim() || null };
  });
}
