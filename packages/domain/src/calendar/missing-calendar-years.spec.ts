import { missingCalendarYears } from './missing-calendar-years';

describe('missingCalendarYears', () => {
  it.each`
    edge                                            | entered                     | today           | missing
    ${'October: only this year is needed'}          | ${[2026]}                   | ${'2026-10-31'} | ${[]}
    ${'1 November: next year is needed too'}        | ${[2026]}                   | ${'2026-11-01'} | ${[2027]}
    ${'a far year entered does not fill the gap'}   | ${[2004, 2026, 2100]}       | ${'2026-12-02'} | ${[2027]}
    ${'January with no data for the new year'}      | ${[2025, 2026]}             | ${'2027-01-04'} | ${[2027]}
    ${'both missing, oldest first'}                 | ${[]}                       | ${'2026-11-15'} | ${[2026, 2027]}
    ${'complete once next year is entered'}         | ${[2026, 2027]}             | ${'2026-11-22'} | ${[]}
  `('$edge', ({ entered, today, missing }) => {
    expect(missingCalendarYears(entered, today)).toEqual(missing);
  });
});
