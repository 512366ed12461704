import { chinaDateOfInstant, chinaInstantOf, chinaToday, formatChinaDate, formatChinaDateTime, formatChinaDay } from './china-display';

describe('China display formatting', () => {
  it('names the weekday of a calendar day', () => {
    expect(formatChinaDate('2024-10-30')).toBe('2024年10月30日 星期三');
    expect(formatChinaDate('2024-09-29')).toBe('2024年9月29日 星期日');
    expect(formatChinaDay('2024-09-29')).toBe('2024年9月29日');
  });

  it('shows an instant on the China side of midnight, whatever the process zone', () => {
    // 16:30 UTC on the 29th is 00:30 on the 30th in Beijing.
    expect(chinaDateOfInstant('2024-10-29T16:30:00Z')).toBe('2024-10-30');
    expect(formatChinaDateTime('2024-10-29T16:30:05.000Z')).toBe('2024-10-30 00:30');
    expect(formatChinaDateTime('2024-10-30T03:59:00+08:00')).toBe('2024-10-30 03:59');
    expect(chinaToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it.each`
    edge                                        | date            | time       | instant
    ${'a morning: eight hours ahead of UTC'}    | ${'2026-11-24'} | ${'09:30'} | ${'2026-11-24T01:30:00.000Z'}
    ${'before 08:00 falls on the UTC day before'} | ${'2026-11-24'} | ${'07:15'} | ${'2026-11-23T23:15:00.000Z'}
    ${'New Year midnight in China'}             | ${'2027-01-01'} | ${'00:00'} | ${'2026-12-31T16:00:00.000Z'}
  `('reads a picked China wall-clock time as its instant: $edge', ({ date, time, instant }) => {
    expect(chinaInstantOf(date, time)).toBe(instant);
    // And back: the console shows the same digits it was given.
    expect(formatChinaDateTime(instant)).toBe(`${date} ${time}`);
  });

  it('refuses what is not a date and a time', () => {
    expect(() => chinaInstantOf('2026-11-24', '24:00')).toThrow(RangeError);
    expect(() => chinaInstantOf('24/11/2026', '09:30')).toThrow(RangeError);
  });
});
