import { addDays, dayOfWeek, fromEpochDay, isLocalDate, toEpochDay } from './local-date';

describe('local dates', () => {
  it.each`
    edge                          | value           | valid
    ${'ordinary date'}            | ${'2024-10-01'} | ${true}
    ${'leap day'}                 | ${'2024-02-29'} | ${true}
    ${'not a leap year'}          | ${'2025-02-29'} | ${false}
    ${'century not leap'}         | ${'2100-02-29'} | ${false}
    ${'400-year leap'}            | ${'2000-02-29'} | ${true}
    ${'month 13'}                 | ${'2024-13-01'} | ${false}
    ${'day 0'}                    | ${'2024-01-00'} | ${false}
    ${'April 31'}                 | ${'2024-04-31'} | ${false}
    ${'no padding'}               | ${'2024-1-01'}  | ${false}
    ${'letters'}                  | ${'2024-0a-01'} | ${false}
  `('$edge: $value', ({ value, valid }) => {
    expect(isLocalDate(value)).toBe(valid);
  });

  it('agrees with Date for every day from 1999 to 2031', () => {
    const start = Date.UTC(1999, 0, 1) / 86_400_000;
    for (let epochDay = start; epochDay < start + 33 * 366; epochDay += 1) {
      const iso = new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
      expect(fromEpochDay(epochDay)).toBe(iso);
      expect(toEpochDay(iso)).toBe(epochDay);
      expect(dayOfWeek(iso)).toBe(new Date(epochDay * 86_400_000).getUTCDay());
    }
  });

  it('crosses month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});
