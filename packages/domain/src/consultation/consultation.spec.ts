import { createWorkingCalendar } from '../calendar/working-calendar';
import { adoptionReportDueDate, checkConsultationWindow, consultationDays, consultationDaysLeft, consultationPhase } from './consultation-window';
import { splitDraftArticles } from './split-draft-articles';

const calendar = createWorkingCalendar([2024], ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'].map((date) => ({ date, working: false, name: '国庆节' })).concat([{ date: '2024-09-29', working: true, name: '国庆节调休' }, { date: '2024-10-12', working: true, name: '国庆节调休' }]));

describe('consultation window', () => {
  it.each([
    ['30 days counting both ends', '2024-09-01', '2024-09-30', null, null],
    ['29 days without a reason', '2024-09-01', '2024-09-29', null, 'short_without_reason'],
    ['29 days with a stated reason', '2024-09-01', '2024-09-29', '上级部署限期出台', null],
    ['a blank reason is no reason', '2024-09-01', '2024-09-10', '  ', 'short_without_reason'],
    ['an end before the start', '2024-09-10', '2024-09-01', '急', 'end_before_start'],
  ])('%s', (_case, start, end, reason, expected) => {
    expect(checkConsultationWindow(start, end, reason)).toBe(expected);
  });

  it('counts days and days left including today', () => {
    expect(consultationDays('2024-02-01', '2024-03-01')).toBe(30);
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

  it('gives the 采纳情况 ten working days after closing, across National Day', () => {
    expect(adoptionReportDueDate(calendar, '2024-09-27')).toBe('2024-10-16');
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
