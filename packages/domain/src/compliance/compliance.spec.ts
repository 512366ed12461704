import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { showAnnualReportCountdown } from '../annual-report/show-annual-report-countdown';
import { annualReportDeadlineSeverity } from './annual-report-deadline-severity';
import { complianceSeverity } from './compliance-severity';
import { findLateMessages, OpenMessageFacts } from './find-late-messages';
import { ConsultationAdoptionFacts, findMissingAdoptions } from './find-missing-adoptions';

// 2024 as the State Council published it: 中秋 9-15..9-17 off with Saturday 9-14 worked; 国庆 10-01..10-07 off with
// Sunday 9-29 and Saturday 10-12 worked. 2026 is left out to stand for "next year not entered yet".
const calendar = createWorkingCalendar([2024, 2025], expandSchedules([2024, 2025]));

describe('findLateMessages', () => {
  const message = (id: number, receivedDate: string, dueDate: string | null): OpenMessageFacts => ({ id, title: `留言${id}`, unitId: 7, receivedDate, dueDate });
  // Today is Monday 2024-12-02.
  const today = '2024-12-02';

  it.each([
    // 受理 2024-09-02 + 3 months = 2024-12-02: the veto line is reached today.
    ['three months after 受理: the inspections’ veto', message(1, '2024-09-02', '2024-09-05'), 'three_months', '2024-12-02'],
    // 受理 2024-09-30 + 2 months = 2024-11-30, passed; + 3 months = 2024-12-30.
    ['past two months, a month before the veto', message(2, '2024-09-30', '2024-10-11'), 'two_months', '2024-12-30'],
    // Due Monday 2024-10-14 (10-09, 10-10, 10-11, make-up Saturday 10-12, 10-14); two months only on 2024-12-08.
    ['past its limit, not yet two months', message(3, '2024-10-08', '2024-10-14'), 'late', '2025-01-08'],
  ])('%s', (_case, facts, level, vetoDate) => {
    expect(findLateMessages([facts], today, calendar)).toEqual([{ ...facts, level, vetoDate }]);
  });

  it.each([
    ['due later this week', message(4, '2024-11-28', '2024-12-05')],
    ['on its due date', message(5, '2024-11-25', '2024-12-02')],
    // 受理 2024-11-01 without a due date (the calendar could not give one): two months only on 2025-01-01.
    ['without a due date and before two months', message(6, '2024-11-01', null)],
  ])('leaves out a message %s', (_case, facts) => {
    expect(findLateMessages([facts], today, calendar)).toEqual([]);
  });

  it('lists the oldest first, whatever order they come in', () => {
    const found = findLateMessages([message(3, '2024-10-08', '2024-10-14'), message(1, '2024-09-02', '2024-09-05'), message(2, '2024-09-30', '2024-10-11')], today, calendar);
    expect(found.map((item) => item.id)).toEqual([1, 2, 3]);
  });

  it('reaches the veto line without next year’s calendar: months are counted, not working days', () => {
    // 受理 2025-12-29, no due date (2026 missing); + 3 months = 2026-03-29.
    expect(findLateMessages([message(7, '2025-12-29', null)], '2026-03-29', calendar)).toMatchObject([{ id: 7, level: 'three_months', vetoDate: '2026-03-29' }]);
  });
});

describe('findMissingAdoptions', () => {
  const consultation = (id: number, endDate: string, decisionDate: string | null, adoptionPublished = false): ConsultationAdoptionFacts => ({ id, title: `征集${id}`, unitId: 3, endDate, decisionDate, adoptionPublished });
  // Today is Monday 2024-10-14.
  const today = '2024-10-14';

  it.each([
    // Decision Friday 9-27: make-up Sunday 9-29 (1), 9-30 (2), 10-08…10-11 (3–6), make-up Saturday 10-12 (7), 10-14 (8), 10-15 (9), 10-16 (10).
    ['decided, its 10 working days across National Day still running', consultation(1, '2024-09-20', '2024-09-27'), '2024-10-16', false],
    // Decision Monday 9-02: 9-03…9-06 (1–4), 9-09…9-13 (5–9), make-up Saturday 9-14 (10).
    ['decided, the 10th working day (a make-up Saturday) passed', consultation(2, '2024-08-30', '2024-09-02'), '2024-09-14', true],
    ['closed, no decision recorded yet: owed, not late', consultation(3, '2024-10-10', null), null, false],
  ])('%s', (_case, facts, dueDate, late) => {
    expect(findMissingAdoptions([facts], today, calendar)).toEqual([{ ...facts, dueDate, late }]);
  });

  it.each([
    ['a window still open today (its last day)', consultation(4, '2024-10-14', null)],
    ['a published 采纳情况', consultation(5, '2024-08-30', '2024-09-02', true)],
  ])('leaves out %s', (_case, facts) => {
    expect(findMissingAdoptions([facts], today, calendar)).toEqual([]);
  });

  it('puts the late ones first, then by the window’s close', () => {
    const found = findMissingAdoptions([consultation(3, '2024-10-10', null), consultation(1, '2024-09-20', '2024-09-27'), consultation(2, '2024-08-30', '2024-09-02')], today, calendar);
    expect(found.map((item) => item.id)).toEqual([2, 1, 3]);
  });

  it('gives no due date rather than a wrong one when the decision falls in a year without holidays', () => {
    expect(findMissingAdoptions([consultation(6, '2025-12-31', '2026-01-05')], '2026-01-10', calendar)).toEqual([{ ...consultation(6, '2025-12-31', '2026-01-05'), dueDate: null, late: false }]);
  });
});

describe('complianceSeverity', () => {
  it.each([
    ['nothing found', 0, 0, 'ok'],
    ['only something owed', 0, 2, 'warning'],
    ['a broken rule outweighs what is owed', 1, 3, 'violation'],
  ] as const)('%s', (_case, violations, warnings, expected) => {
    expect(complianceSeverity(violations, warnings)).toBe(expected);
  });
});

describe('annualReportDeadlineSeverity', () => {
  // A department's 2026 report is due 2027-01-31 (条例 Art. 49); the countdown starts on 2026-12-01.
  it.each([
    ['before the countdown starts', '2026-11-30', 'ok'],
    ['62 days left on 1 December', '2026-12-01', 'ok'],
    ['31 days left on 31 December', '2026-12-31', 'ok'],
    ['30 days left on 1 January', '2027-01-01', 'warning'],
    ['on the due date itself', '2027-01-31', 'warning'],
    ['the day after, unpublished', '2027-02-01', 'violation'],
  ] as const)('%s', (_case, today, expected) => {
    expect(annualReportDeadlineSeverity(showAnnualReportCountdown(today, 2026, 'department'))).toBe(expected);
  });
});
