import { WorkingCalendar } from '@govopen/domain';
import { Transaction } from '../../database/unit-of-work/transaction';
import { Actor } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { Clock } from '../../common/clock';
import { AuditService } from '../audit/audit.service';
import { CalendarResponseCache } from './calendar-response-cache';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

const actor: Actor = { type: 'staff', id: 1, name: 'admin', ip: '127.0.0.1', userAgent: null };
const manager = {} as Transaction;

function build(now: string, stored: { years: number[]; days: { date: string; working: boolean; name: string | null }[] }) {
  const repository = {
    loadAll: jest.fn(async () => stored),
    findYear: jest.fn(async () => null),
    transaction: jest.fn(async (work: (m: Transaction) => Promise<unknown>) => work(manager)),
    replaceYear: jest.fn(async (_m: Transaction, year: number, days: typeof stored.days) => {
      stored.years = [...new Set([...stored.years, year])];
      stored.days = [...stored.days.filter((day) => !day.date.startsWith(String(year))), ...days];
    }),
    listYears: jest.fn(async () => stored.years.map((year) => ({ year, source: 'manual', note: null, updatedAt: new Date(now), updatedBy: 'admin', holidays: 0, makeUpWorkdays: 0 }))),
    findDays: jest.fn(async () => []),
  } as unknown as jest.Mocked<CalendarRepository>;
  const audit = { record: jest.fn(async () => undefined) } as unknown as jest.Mocked<AuditService>;
  const clock = { now: () => new Date(now) } as Clock;
  const responseCache = { clear: jest.fn() } as unknown as CalendarResponseCache;
  return { service: new CalendarService(clock, repository, audit, responseCache), repository, audit, responseCache };
}

describe('CalendarService', () => {
  it.each`
    edge                                              | now                        | years           | warning
    ${'from 1 November next year must be there'}      | ${'2026-11-01T02:00:00Z'}  | ${[2026]}       | ${/尚未录入 2027 年/}
    ${'October is too early to nag'}                  | ${'2026-10-31T02:00:00Z'}  | ${[2026]}       | ${null}
    ${'China date decides: 31 Oct 17:00 UTC is 1 Nov'} | ${'2026-10-31T17:00:00Z'} | ${[2026]}       | ${/尚未录入 2027 年/}
    ${'no warning once next year is entered'}         | ${'2026-11-22T02:00:00Z'}  | ${[2026, 2027]} | ${null}
    ${'the current year missing is the loudest'}      | ${'2027-01-04T02:00:00Z'}  | ${[2026]}       | ${/本年度（2027 年）/}
  `('status: $edge', async ({ now, years, warning }) => {
    const { service } = build(now, { years, days: [] });
    const status = await service.status();
    if (warning) expect(status.warning).toMatch(warning);
    else expect(status.warning).toBeNull();
  });

  it('saving a year runs the deadline listeners inside the transaction, with the new calendar', async () => {
    const { service, audit, responseCache } = build('2026-11-22T02:00:00Z', { years: [2026], days: [] });
    const seen: WorkingCalendar[] = [];
    service.onCalendarChanged(async (calendar, m) => {
      expect(m).toBe(manager);
      seen.push(calendar);
    });
    await service.putYear(2027, { days: [{ date: '2027-01-01', working: false, name: '元旦' }] }, actor);
    expect(seen).toHaveLength(1);
    expect(seen[0].years.has(2027)).toBe(true);
    expect(seen[0].exceptions.get('2027-01-01')?.working).toBe(false);
    expect(audit.record).toHaveBeenCalledWith(actor, expect.objectContaining({ action: 'calendar.year.create' }), manager);
    expect(responseCache.clear).toHaveBeenCalled();
  });

  it('answers from the new calendar right after a save', async () => {
    const { service } = build('2026-11-22T02:00:00Z', { years: [2026], days: [] });
    await expect(service.day('2027-01-01')).rejects.toThrow(AppException);
    await service.putYear(2027, { days: [{ date: '2027-01-01', working: false, name: '元旦' }] }, actor);
    await expect(service.day('2027-01-01')).resolves.toEqual({ date: '2027-01-01', working: false, name: '元旦' });
  });

  it.each`
    edge                                     | days                                                            | field
    ${'a make-up day on a weekday'}          | ${[{ date: '2027-01-05', working: true }]}                      | ${'days[0].working'}
    ${'a date of another year'}              | ${[{ date: '2028-01-01', working: false }]}                     | ${'days[0].date'}
    ${'the same date twice'}                 | ${[{ date: '2027-01-01', working: false }, { date: '2027-01-01', working: false }]} | ${'days[1].date'}
    ${'a date that does not exist'}          | ${[{ date: '2027-02-29', working: false }]}                     | ${'days[0].date'}
  `('refuses $edge and stores nothing', async ({ days, field }) => {
    const { service, repository } = build('2026-11-22T02:00:00Z', { years: [2026], days: [] });
    const error = await service.putYear(2027, { days }, actor).catch((caught: AppException) => caught);
    expect(error).toBeInstanceOf(AppException);
    expect((error as AppException).field).toBe(field);
    expect(repository.replaceYear).not.toHaveBeenCalled();
  });
});

describe('CalendarService cache', () => {
  it('keeps one calendar for concurrent readers', async () => {
    const { service, repository } = build('2026-11-22T02:00:00Z', { years: [2026], days: [] });
    const [a, b] = await Promise.all([service.getCalendar(), service.getCalendar()]);
    expect(a).toBe(b);
    expect(repository.loadAll).toHaveBeenCalledTimes(1);
  });
});
