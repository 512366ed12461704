import { annualReportDueDate } from './annual-report-due-date';

describe('when the annual report is due (条例 Art. 49)', () => {
  it.each`
    edge                                           | year    | kind            | due
    ${'a department: 31 January of the next year'} | ${2024} | ${'department'} | ${'2025-01-31'}
    ${'a government: 31 March of the next year'}   | ${2024} | ${'government'} | ${'2025-03-31'}
    ${'a leap year changes nothing'}               | ${2027} | ${'government'} | ${'2028-03-31'}
  `('$edge', ({ year, kind, due }) => {
    expect(annualReportDueDate(year, kind)).toBe(due);
  });

  it.each([2024.5, -1, 99999])('refuses %p as a year', (year) => {
    expect(() => annualReportDueDate(year, 'department')).toThrow(RangeError);
  });
});
