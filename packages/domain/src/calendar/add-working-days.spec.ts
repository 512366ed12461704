import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { addWorkingDays } from './add-working-days';
import { countWorkingDays } from './count-working-days';
import { isWorkingDay } from './is-working-day';
import { CalendarYearMissingError, createWorkingCalendar, describeDay } from './working-calendar';

const calendar = createWorkingCalendar([2023, 2024, 2025, 2026], expandSchedules([2023, 2024, 2025, 2026]));

describe('addWorkingDays', () => {
  it.each`
    edge                                                    | from            | days  | due
    ${'DOMAIN §1 example: crosses National Day 2024'}       | ${'2024-09-27'} | ${20} | ${'2024-10-30'}
    ${'make-up Sunday before National Day counts'}          | ${'2024-09-27'} | ${1}  | ${'2024-09-29'}
    ${'make-up Saturday after National Day counts'}         | ${'2024-10-11'} | ${1}  | ${'2024-10-12'}
    ${'starts on a holiday: counting begins next workday'}  | ${'2024-10-03'} | ${1}  | ${'2024-10-08'}
    ${'starts on a weekend'}                                | ${'2024-11-09'} | ${1}  | ${'2024-11-11'}
    ${'zero days is the anchor itself'}                     | ${'2024-10-03'} | ${0}  | ${'2024-10-03'}
    ${'year boundary into 元旦 2025'}                       | ${'2024-12-30'} | ${2}  | ${'2025-01-02'}
    ${'Spring Festival 2025 with two make-up days'}         | ${'2025-01-24'} | ${3}  | ${'2025-02-05'}
    ${'Spring Festival 2024: make-up Sunday 2-4 counts'}    | ${'2024-02-02'} | ${1}  | ${'2024-02-04'}
    ${'7-day 补正 window over 劳动节 2025'}                  | ${'2025-04-28'} | ${7}  | ${'2025-05-12'}
    ${'15-day consultation over 端午 2025'}                 | ${'2025-05-26'} | ${15} | ${'2025-06-17'}
    ${'extension of 20 over 国庆/中秋 2025'}                | ${'2025-09-26'} | ${20} | ${'2025-10-30'}
    ${'first week of 2023, after 元旦'}                    | ${'2023-01-03'} | ${5}  | ${'2023-01-10'}
    ${'9-day Spring Festival 2026, make-up Saturdays'}      | ${'2026-02-13'} | ${2}  | ${'2026-02-24'}
    ${'National Day 2026 with make-up Saturday 10-10'}      | ${'2026-09-30'} | ${2}  | ${'2026-10-09'}
  `('$edge: $from + $days → $due', ({ from, days, due }) => {
    expect(addWorkingDays(calendar, from, days)).toBe(due);
  });

  it.each`
    edge                                        | from            | days
    ${'ends in a year with no data (2027)'}     | ${'2026-12-20'} | ${20}
    ${'starts in a year with no data (2022)'}   | ${'2022-12-30'} | ${1}
  `('$edge is an error, never a guess', ({ from, days }) => {
    expect(() => addWorkingDays(calendar, from, days)).toThrow(CalendarYearMissingError);
  });

  it.each([-1, 1.5, 1001, Number.NaN])('refuses %p working days', (days) => {
    expect(() => addWorkingDays(calendar, '2024-01-02', days)).toThrow(RangeError);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => addWorkingDays(calendar, '2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each`
    edge                                  | date            | working
    ${'ordinary Wednesday'}               | ${'2024-11-13'} | ${true}
    ${'ordinary Saturday'}                | ${'2024-11-16'} | ${false}
    ${'National Day on a Tuesday'}        | ${'2024-10-01'} | ${false}
    ${'make-up Sunday'}                   | ${'2024-09-29'} | ${true}
    ${'make-up Saturday'}                 | ${'2023-05-06'} | ${true}
    ${'Spring Festival 2026 Monday'}      | ${'2026-02-16'} | ${false}
  `('$edge', ({ date, working }) => {
    expect(isWorkingDay(calendar, date)).toBe(working);
  });

  it('names the holiday', () => {
    expect(describeDay(calendar, '2024-10-01')).toEqual({ date: '2024-10-01', working: false, name: '国庆节' });
  });
});

describe('countWorkingDays', () => {
  it.each`
    edge                                      | from            | to              | count
    ${'inverse of the DOMAIN example'}        | ${'2024-09-27'} | ${'2024-10-30'} | ${20}
    ${'the anchor day is not counted'}        | ${'2024-11-11'} | ${'2024-11-11'} | ${0}
    ${'end before start is zero'}             | ${'2024-11-11'} | ${'2024-11-01'} | ${0}
    ${'a holiday week counts nothing'}        | ${'2024-09-30'} | ${'2024-10-07'} | ${0}
  `('$edge', ({ from, to, count }) => {
    expect(countWorkingDays(calendar, from, to)).toBe(count);
  });
});

describe('createWorkingCalendar', () => {
  it('refuses an exception outside its years', () => {
    expect(() => createWorkingCalendar([2024], [{ date: '2025-01-01', working: false, name: '元旦' }])).toThrow(
      CalendarYearMissingError,
    );
  });
});
