import { chinaDateOfInstant, chinaToday, formatChinaDate, formatChinaDateTime, formatChinaDay } from './china-display';

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
});
