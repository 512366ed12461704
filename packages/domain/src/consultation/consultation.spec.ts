import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { CalendarYearMissingError, createWorkingCalendar } from '../calendar/working-calendar';
import { LegalRefusal } from '../law/legal-refusal';
import { consultationRefusal, ConsultationRule } from './consultation-rule';
import {
  adoptionReportDueDate,
  checkConsultationWindow,
  checkDecisionDate,
  consultationDays,
  consultationDaysLeft,
  consultationPhase,
  earliestConsultationEndDate,
  publishedStartDate,
  requireConsultationWindow,
} from './consultation-window';
import { splitDraftArticles } from './split-draft-articles';

// The State Council's schedules as published. 2024: 中秋 9-15..9-17 off, Saturday 9-14 worked; 国庆 10-01..10-07 off,
// Sunday 9-29 and Saturday 10-12 worked. 2026 is left out to stand for "next year not entered yet".
const calendar = createWorkingCalendar([2024, 2025], expandSchedules([2024, 2025]));

const refusalOf = (work: () => unknown): LegalRefusal | null => {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof LegalRefusal) return error;
    throw error;
  }
};

describe('earliestConsultationEndDate: 30 days from the day after publication (民法典 Art. 201, 203)', () => {
  it.each([
    ['an ordinary working day: Monday 8-5 + 30 is Wednesday 9-4', '2024-08-05', '2024-09-04'],
    ['a 30th day on a Saturday moves to Monday', '2024-08-01', '2024-09-02'],
    ['a 30th day in 中秋 (Sunday 9-15 to Tuesday 9-17) moves to Wednesday', '2024-08-16', '2024-09-18'],
    ['a 30th day on National Day moves past the whole holiday to Tuesday 10-8', '2024-09-01', '2024-10-08'],
    ['a 30th day on make-up Saturday 10-12 stays: it is a working day', '2024-09-12', '2024-10-12'],
    ['a 30th day on make-up Sunday 9-29 stays', '2024-08-30', '2024-09-29'],
    ['a 30th day on 元旦 2025 moves to 1-2', '2024-12-02', '2025-01-02'],
  ])('%s', (_case, publishedOn, expected) => {
    expect(earliestConsultationEndDate(calendar, publishedOn)).toBe(expected);
  });

  it('is an error, never a guess, when the 30th day falls in a year without holiday data', () => {
    expect(() => earliestConsultationEndDate(calendar, '2025-12-15')).toThrow(CalendarYearMissingError);
  });

  it('counts the window’s days from the day after publication', () => {
    expect(consultationDays('2024-08-05', '2024-09-04')).toBe(30);
    expect(consultationDays('2024-02-01', '2024-03-02')).toBe(30);
  });
});

describe('requireConsultationWindow (713号 Art. 15)', () => {
  const window = (startDate: string, endDate: string, shortWindowReason: string | null = null) => ({ startDate, endDate, shortWindowReason });
  it.each([
    ['exactly 30 days', window('2024-08-05', '2024-09-04'), '2024-08-01', null, false],
    ['30 days counting both ends is one short: the publication day does not count', window('2024-08-05', '2024-09-03'), '2024-08-01', ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT, true],
    ['ending on the Saturday that is the 30th day is short: the period runs to Monday', window('2024-08-01', '2024-08-31'), '2024-08-01', ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT, true],
    ['ending on 10-7, the last day of National Day, is short', window('2024-09-01', '2024-10-07'), '2024-08-20', ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT, true],
    ['ending on 10-8, the first working day after National Day', window('2024-09-01', '2024-10-08'), '2024-08-20', null, false],
    ['a short window with a stated reason', window('2024-09-01', '2024-09-20', '上级部署限期出台'), '2024-08-20', null, true],
    ['a blank reason is no reason', window('2024-09-01', '2024-09-20', '  '), '2024-08-20', ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT, true],
    ['a start already past is counted from today, when it can be published at the earliest', window('2024-08-01', '2024-09-02'), '2024-08-05', ConsultationRule.CONSULTATION_WINDOW_TOO_SHORT, true],
  ])('%s', (_case, input, today, rule, short) => {
    const refusal = refusalOf(() => requireConsultationWindow(calendar, input, today));
    expect(refusal?.code ?? null).toBe(rule);
    if (!refusal) expect(requireConsultationWindow(calendar, input, today).short).toBe(short);
  });

  it('tells the clerk the earliest allowed last day and the article', () => {
    expect(refusalOf(() => requireConsultationWindow(calendar, window('2024-09-01', '2024-10-07'), '2024-08-20'))).toMatchObject({
      code: 'CONSULTATION_WINDOW_TOO_SHORT',
      article: '《重大行政决策程序暂行条例》第十五条',
      message: expect.stringContaining('发布于 2024-09-01 的草案，最早于 2024-10-08 截止（《重大行政决策程序暂行条例》第十五条）'),
    });
  });

  it('saves a short window with its reason while next year’s calendar is missing: ending before the 30th day, it is short whatever the holidays', () => {
    expect(requireConsultationWindow(calendar, window('2025-12-11', '2025-12-14', '急需出台'), '2025-12-11')).toEqual({ publishedOn: '2025-12-11', days: 3, short: true });
    expect(refusalOf(() => requireConsultationWindow(calendar, window('2025-12-11', '2025-12-14'), '2025-12-11'))?.message).toContain(
      '最早于 2026-01-10 或其后第一个工作日截止（工作日历尚未录入 2026 年）',
    );
  });

  it('cannot tell whether a window reaching past the 30th day into a year without data is long enough: an error, never a guess', () => {
    expect(() => requireConsultationWindow(calendar, window('2025-12-15', '2026-02-01'), '2025-12-15')).toThrow(CalendarYearMissingError);
  });

  it.each([
    ['an end before the start', '2024-09-10', '2024-09-01', 'end_before_start'],
    ['a one-day window has a shape (its length is a rule)', '2024-09-10', '2024-09-10', null],
  ])('checks the shape: %s', (_case, start, end, expected) => {
    expect(checkConsultationWindow(start, end)).toBe(expected);
  });
});

describe('publishedStartDate: a late publication re-checks the window from the actual day', () => {
  const planned = { startDate: '2024-08-05', endDate: '2024-09-04', shortWindowReason: null };
  it.each([
    ['published on the planned day keeps its start', planned, '2024-08-05', '2024-08-05'],
    ['published ahead keeps the planned start (the public sees it from then)', planned, '2024-08-01', '2024-08-05'],
    ['published late with room to spare opens the day it is published', { ...planned, endDate: '2024-09-30' }, '2024-08-07', '2024-08-07'],
    ['published late with a stated reason opens that day', { ...planned, endDate: '2024-08-20', shortWindowReason: '急需出台' }, '2024-08-07', '2024-08-07'],
  ])('%s', (_case, window, today, expected) => {
    expect(publishedStartDate(calendar, window, today)).toBe(expected);
  });

  it('refuses a publication two days late that would leave less than 30 days, instead of shortening the window', () => {
    // Published Wednesday 8-7: the 30th day is Friday 9-6, after the planned end 9-4.
    expect(refusalOf(() => publishedStartDate(calendar, planned, '2024-08-07'))).toMatchObject({
      code: ConsultationRule.CONSULTATION_LATE_PUBLICATION_SHORTENS_WINDOW,
      article: '《重大行政决策程序暂行条例》第十五条',
      message: expect.stringContaining('计划 2024-08-05 开始、2024-08-07 发布，截止日期为 2024-09-04，最早于 2024-09-06 截止'),
    });
  });
});

describe('the 采纳情况 runs from the decision date (seed 002: 决策文件出台后 10 个工作日内)', () => {
  it.each([
    ['ten working days across National Day, both make-up days counted', '2024-09-27', '2024-10-16'],
    ['a decision on Friday 9-20: 10 working days end on 10-10', '2024-09-20', '2024-10-10'],
    ['a decision on a holiday: counting starts the next working day', '2024-10-03', '2024-10-18'],
    ['the make-up Saturday of 中秋 counts', '2024-09-02', '2024-09-14'],
  ])('%s', (_case, decisionDate, expected) => {
    expect(adoptionReportDueDate(calendar, decisionDate)).toBe(expected);
  });

  it.each([
    ['on the last day of the window', '2024-09-04', 'before_window_closed'],
    ['the day after the window', '2024-09-05', null],
    ['today', '2024-09-20', null],
    ['tomorrow', '2024-09-21', 'in_future'],
  ])('a decision date %s', (_case, decisionDate, expected) => {
    expect(checkDecisionDate(decisionDate, '2024-09-04', '2024-09-20')).toBe(expected);
  });
});

describe('consultation phase and days left', () => {
  it('counts days left including today', () => {
    expect(consultationDaysLeft('2024-09-30', '2024-09-30')).toBe(1);
    expect(consultationDaysLeft('2024-10-01', '2024-09-30')).toBe(0);
  });

  it.each([
    ['before the start', '2024-08-31', 'upcoming', false],
    ['on the last day', '2024-09-30', 'open', false],
    ['after the end', '2024-10-01', 'closed', false],
    ['once 采纳情况 is published', '2024-10-09', 'concluded', true],
  ] as const)('phase %s', (_case, today, expected, published) => {
    expect(consultationPhase(today, '2024-09-01', '2024-09-30', published)).toBe(expected);
  });
});

describe('consultationRuleText', () => {
  it.each(Object.values(ConsultationRule))('%s names its article and says it in Chinese', (rule) => {
    const refusal = consultationRefusal(rule);
    expect(refusal).toMatchObject({ code: rule, article: '《重大行政决策程序暂行条例》第十五条' });
    expect(refusal.message).toMatch(/30 日.*（《重大行政决策程序暂行条例》第十五条）$/);
  });
});

describe('splitDraftArticles', () => {
  it('splits by 第…条, keeps continuation paragraphs, skips chapters and preamble', () => {
    const draft = ['（征求意见稿）', '第一章 总则', '第一条 为了规范管理，制定本办法。', '第二条　本办法适用于本市。', '', '前款规定不包括乡镇。', '第二章 附则', '第十二条 本办法自发布之日起施行。'].join('\n');
    expect(splitDraftArticles(draft)).toEqual([
      { number: '第一条', text: '为了规范管理，制定本办法。' },
      { number: '第二条', text: '本办法适用于本市。\n前款规定不包括乡镇。' },
      { number: '第十二条', text: '本办法自发布之日起施行。' },
    ]);
  });

  it('finds no articles in a draft without them', () => {
    expect(splitDraftArticles('关于优化营商环境的若干措施\n一、简化审批')).toEqual([]);
  });
});
