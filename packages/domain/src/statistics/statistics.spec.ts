import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { Outcome } from '../disclosure/outcome';
import { summarizeConsultationStatistics } from './summarize-consultation-statistics';
import { RequestStatsFacts, summarizeRequestStatistics } from './summarize-request-statistics';

// 2023–2025 as the State Council published them: 2024 元旦 1-01 off; 中秋 9-15..9-17 off with Saturday 9-14 worked;
// 国庆 10-01..10-07 off with Sunday 9-29 and Saturday 10-12 worked.
const calendar = createWorkingCalendar([2023, 2024, 2025], expandSchedules([2023, 2024, 2025]));
const zero = { received: 0, answered: 0, answeredOnTime: 0, overdue: 0, averageWorkingDays: null };

describe('summarizeRequestStatistics', () => {
  const item = (unitId: number | null, receivedDate: string | null, dueDate: string | null, closedDate: string | null, outcome: Outcome | null): RequestStatsFacts => ({ unitId, receivedDate, dueDate, closedDate, outcome });
  const cases = [
    // (9-02, 9-13]: 9-03…9-06 and 9-09…9-13, 9 working days; on time.
    item(1, '2024-09-02', '2024-09-30', '2024-09-13', Outcome.DISCLOSED),
    // (9-10, 10-16]: 9-11…9-13 (3), make-up Sat 9-14 (4), 9-18…9-20 (7), 9-23…9-27 (12), make-up Sun 9-29 (13), 9-30 (14),
    // 10-08…10-11 (18), make-up Sat 10-12 (19), 10-14…10-16 (22): 22 working days, a day after its due date.
    item(1, '2024-09-10', '2024-10-15', '2024-10-16', Outcome.PARTIALLY_DISCLOSED),
    // Received in 2023, answered in January: (2023-12-20, 2024-01-05] is 12-21, 12-22, 12-25…12-29, 1-02…1-05 = 11.
    item(1, '2023-12-20', '2024-01-19', '2024-01-05', Outcome.UNAVAILABLE_NOT_HELD),
    // Open, due after today.
    item(2, '2024-10-08', '2024-11-05', null, null),
    // Open, due Friday 10-18, passed by Monday 10-21: overdue in October.
    item(2, '2024-09-20', '2024-10-18', null, null),
    // Withdrawn: received, never answered.
    item(null, '2024-10-09', '2024-11-06', '2024-10-10', null),
    // Never registered: not counted anywhere.
    item(1, null, null, null, null),
  ];
  const stats = summarizeRequestStatistics(cases, 2024, '2024-10-21', calendar);

  it('counts the year: received by receipt date, answered by closing date, overdue by the deadline that passed', () => {
    // Received 5 (three in September, two in October); answered 3, 2 on time; overdue the late answer and the open case.
    // Mean (9 + 22 + 11) / 3 = 14.
    expect(stats.total).toEqual({ received: 5, answered: 3, answeredOnTime: 2, overdue: 2, averageWorkingDays: 14 });
  });

  it.each([
    ['January: last year’s case answered', 0, { received: 0, answered: 1, answeredOnTime: 1, overdue: 0, averageWorkingDays: 11 }],
    ['September', 8, { received: 3, answered: 1, answeredOnTime: 1, overdue: 0, averageWorkingDays: 9 }],
    ['October: a late answer and an open case past its deadline', 9, { received: 2, answered: 1, answeredOnTime: 0, overdue: 2, averageWorkingDays: 22 }],
    ['November, still ahead', 10, zero],
  ])('by month, %s', (_case, index, expected) => {
    expect(stats.months).toHaveLength(12);
    expect(stats.months[index]).toEqual(expected);
  });

  it('gives the outcome mix in the groups of table 三', () => {
    expect(stats.outcomes).toEqual([
      { group: '予以公开', count: 1 },
      { group: '部分公开', count: 1 },
      { group: '不予公开', count: 0 },
      { group: '无法提供', count: 1 },
      { group: '不予处理', count: 0 },
      { group: '其他处理', count: 0 },
    ]);
  });

  it('gives each unit its own figures, the unassigned last', () => {
    expect(stats.units).toEqual([
      { unitId: 1, figures: { received: 2, answered: 3, answeredOnTime: 2, overdue: 1, averageWorkingDays: 14 } },
      { unitId: 2, figures: { received: 2, answered: 0, answeredOnTime: 0, overdue: 1, averageWorkingDays: null } },
      { unitId: null, figures: { received: 1, answered: 0, answeredOnTime: 0, overdue: 0, averageWorkingDays: null } },
    ]);
  });

  it('leaves an answer out of the mean when its working days cannot be counted (a year without holidays)', () => {
    const without2023 = createWorkingCalendar([2024, 2025], expandSchedules([2024, 2025]));
    expect(summarizeRequestStatistics(cases, 2024, '2024-10-21', without2023).months[0]).toEqual({ received: 0, answered: 1, answeredOnTime: 1, overdue: 0, averageWorkingDays: null });
  });
});

describe('summarizeConsultationStatistics', () => {
  it('counts a year’s consultations by their last day and the share of decided comments adopted', () => {
    const stats = summarizeConsultationStatistics(
      [
        { endDate: '2024-03-31', adoptionPublished: true, comments: 4, adopted: 1, partiallyAdopted: 1, notAdopted: 2 },
        { endDate: '2024-10-20', adoptionPublished: false, comments: 2, adopted: 1, partiallyAdopted: 0, notAdopted: 0 },
        { endDate: '2024-11-30', adoptionPublished: false, comments: 1, adopted: 0, partiallyAdopted: 0, notAdopted: 0 },
        { endDate: '2023-12-31', adoptionPublished: true, comments: 9, adopted: 9, partiallyAdopted: 0, notAdopted: 0 },
      ],
      2024,
      '2024-10-21',
    );
    // Adopted 2 and partly 1 of 5 decided: 3 / 5 = 60%.
    expect(stats).toEqual({ consultations: 3, closed: 2, adoptionPublished: 1, comments: 7, adopted: 2, partiallyAdopted: 1, notAdopted: 2, adoptionRate: 60 });
  });

  it('has no adoption rate before any comment is decided', () => {
    expect(summarizeConsultationStatistics([], 2024, '2024-10-21').adoptionRate).toBeNull();
  });
});
