import { annualReportLayoutOf } from './annual-report-layout-of';

describe('the layout a year is printed in', () => {
  it.each`
    edge                          | year    | layout
    ${'2020: the 60号 layout'}    | ${2020} | ${'2019'}
    ${'2021: the first 30号 year'} | ${2021} | ${'2021'}
    ${'2025'}                     | ${2025} | ${'2021'}
  `('$edge', ({ year, layout }) => {
    expect(annualReportLayoutOf(year)).toBe(layout);
  });
});
