import { showAnnualReportCountdown } from './show-annual-report-countdown';

describe("the dashboard's countdown to the annual report", () => {
  it.each`
    edge                                            | today           | year    | kind            | countdown
    ${'30 November: not yet'}                       | ${'2025-11-30'} | ${2025} | ${'department'} | ${null}
    ${'earlier in the year: not yet'}               | ${'2025-06-30'} | ${2025} | ${'government'} | ${null}
    ${'1 December: 61 days to 31 January'}          | ${'2025-12-01'} | ${2025} | ${'department'} | ${{ year: 2025, dueDate: '2026-01-31', daysLeft: 61, overdue: false }}
    ${'1 December: 120 days to 31 March'}           | ${'2025-12-01'} | ${2025} | ${'government'} | ${{ year: 2025, dueDate: '2026-03-31', daysLeft: 120, overdue: false }}
    ${'29 February counts in a leap year'}          | ${'2027-12-01'} | ${2027} | ${'government'} | ${{ year: 2027, dueDate: '2028-03-31', daysLeft: 121, overdue: false }}
    ${'due today is not late'}                      | ${'2026-01-31'} | ${2025} | ${'department'} | ${{ year: 2025, dueDate: '2026-01-31', daysLeft: 0, overdue: false }}
    ${'the day after: late, and still shown'}       | ${'2026-02-01'} | ${2025} | ${'department'} | ${{ year: 2025, dueDate: '2026-01-31', daysLeft: -1, overdue: true }}
    ${'a government is not late on 1 February'}     | ${'2026-02-01'} | ${2025} | ${'government'} | ${{ year: 2025, dueDate: '2026-03-31', daysLeft: 58, overdue: false }}
  `('$edge', ({ today, year, kind, countdown }) => {
    expect(showAnnualReportCountdown(today, year, kind)).toEqual(countdown);
  });
});
