import { currentReportYear } from './current-report-year';

describe('the report year staff work on', () => {
  it.each`
    edge                                        | today           | year
    ${'January: last year\'s report is due'}    | ${'2027-01-11'} | ${2026}
    ${'November: still last year\'s'}           | ${'2026-11-30'} | ${2025}
    ${'1 December: this year\'s countdown'}     | ${'2026-12-01'} | ${2026}
    ${'31 December: this year'}                 | ${'2026-12-31'} | ${2026}
  `('$edge', ({ today, year }) => {
    expect(currentReportYear(today)).toBe(year);
  });
});
