import { expandSchedules } from '../../../../test/fixtures/state-council-holidays';
import { CalendarYearMissingError, createWorkingCalendar } from '../calendar/working-calendar';
import { LegalRefusal } from '../law/legal-refusal';
import { addCalendarMonths, escalationOf, messageDueDate, workingDaysLeft } from './message-deadline';
import { handleMessage, MessageWorkflowState } from './handle-message';
import { messageRefusal, MessageRule } from './message-rule';
import { suggestMessageUnit } from './suggest-message-unit';
import { summarizeMessageMonth, MessageStatsRow } from './summarize-message-month';

// The State Council's schedules as published: 2024 中秋 9-15..9-17 off with Saturday 9-14 worked; 国庆 10-01..10-07
// off with Sunday 9-29 and Saturday 10-12 worked. 2026 is left out to stand for "next year not entered yet".
const calendar = createWorkingCalendar([2024, 2025], expandSchedules([2024, 2025]));

describe('messageDueDate', () => {
  it.each([
    ['a 咨询 on a Monday is due on Thursday', '2024-09-02', 3, 0, '2024-09-05'],
    ['the make-up Sunday counts', '2024-09-27', 3, 0, '2024-10-08'],
    ['crosses National Day', '2024-09-30', 5, 0, '2024-10-12'],
    ['an extension adds working days, the make-up Saturday of 中秋 among them', '2024-09-02', 5, 5, '2024-09-14'],
    ['the limit the message was received under plus its extension, across National Day', '2024-09-27', 3, 3, '2024-10-11'],
  ])('%s', (_case, received, days, extended, expected) => {
    expect(messageDueDate(calendar, received, days, extended)).toBe(expected);
  });

  it('moves when National Day is entered into a calendar that lacked it (what a calendar edit recomputes)', () => {
    const weekendsOnly = createWorkingCalendar([2024], []);
    expect(messageDueDate(weekendsOnly, '2024-09-27', 5, 0)).toBe('2024-10-04');
    expect(messageDueDate(calendar, '2024-09-27', 5, 0)).toBe('2024-10-10');
  });
});

describe('escalationOf', () => {
  const clock = { receivedDate: '2024-09-02', dueDate: '2024-09-09' };
  it.each([
    ['well before the limit', '2024-09-03', 'on_track'],
    ['two working days before, with reminders at 2', '2024-09-05', 'due_soon'],
    ['on the due date', '2024-09-09', 'due_soon'],
    ['the day after the due date', '2024-09-10', 'late'],
    ['one day short of two months', '2024-11-01', 'late'],
    ['two months after 受理', '2024-11-02', 'two_months'],
    ['three months after 受理: an inspection fails the site', '2024-12-02', 'three_months'],
  ])('%s', (_case, today, expected) => {
    expect(escalationOf(calendar, clock, today, 2)).toBe(expected);
  });

  // Received Monday 2025-12-29 while 2026's holidays are not entered: no due date can be computed.
  const noDueDate = { receivedDate: '2025-12-29', dueDate: null };
  it.each([
    ['a week later nothing can be said without a due date', '2026-01-05', null],
    ['the day before two months', '2026-02-27', null],
    ['two months end on 28 Feb: February 2026 has no 29th (民法典 Art. 202)', '2026-02-28', 'two_months'],
    ['the day before three months', '2026-03-28', 'two_months'],
    ['three months end on the corresponding day, 29 March', '2026-03-29', 'three_months'],
  ])('without next year’s calendar: %s', (_case, today, expected) => {
    // The calendar has no 2026: the month alarms must not consult it.
    expect(escalationOf(calendar, noDueDate, today, 2)).toBe(expected);
  });

  it.each([
    ['the corresponding day', '2024-09-02', 2, '2024-11-02'],
    ['31 Dec + 2 months: no 31 Feb, the month’s last day', '2024-12-31', 2, '2025-02-28'],
    ['31 Dec + 2 months in a leap year', '2023-12-31', 2, '2024-02-29'],
    ['31 Aug + 3 months: no 31 Nov', '2024-08-31', 3, '2024-11-30'],
    ['30 Nov + 3 months across the year end', '2024-11-30', 3, '2025-02-28'],
    ['15 Nov + 3 months', '2024-11-15', 3, '2025-02-15'],
  ])('a period in months ends on %s (民法典 Art. 202)', (_case, date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('a due date in a year without data is an error, never a guess', () => {
    expect(() => messageDueDate(calendar, '2025-12-29', 5, 0)).toThrow(CalendarYearMissingError);
  });

  it('counts working days left, negative once late', () => {
    expect(workingDaysLeft(calendar, '2024-09-30', '2024-10-08')).toBe(1);
    expect(workingDaysLeft(calendar, '2024-10-08', '2024-10-08')).toBe(0);
    expect(workingDaysLeft(calendar, '2024-10-10', '2024-10-08')).toBe(-2);
  });
});

describe('handleMessage', () => {
  const state = (overrides: Partial<MessageWorkflowState> = {}): MessageWorkflowState => ({
    status: 'assigned',
    unitId: 2,
    handlerId: null,
    writerWantsPublic: true,
    published: false,
    extendedWorkingDays: 0,
    replyWorkingDays: 5,
    dueDate: '2024-09-09',
    ...overrides,
  });
  const today = '2024-09-03';
  const unitStaff = { id: 10, unitId: 2, isDispatcher: false };
  const otherUnit = { id: 11, unitId: 3, isDispatcher: false };
  const dispatcher = { id: 1, unitId: 1, isDispatcher: true };

  it.each([
    ['a moderator lets a held message through', state({ status: 'held', unitId: null }), 'approve_content', dispatcher, {}, { status: 'dispatching' }],
    ['the dispatcher assigns a unit', state({ status: 'dispatching', unitId: null }), 'assign', dispatcher, { unitId: 2 }, { status: 'assigned', unitId: 2 }],
    ['the unit claims', state(), 'claim', unitStaff, {}, { status: 'in_progress', handlerId: 10 }],
    ['a public message is published with its reply', state({ status: 'in_progress', handlerId: 10 }), 'reply', unitStaff, {}, { status: 'answered', published: true }],
    ['a private message stays private', state({ writerWantsPublic: false }), 'reply', unitStaff, {}, { status: 'answered', published: false, handlerId: 10 }],
    ['a transfer with a reason empties the handler', state({ status: 'in_progress', handlerId: 10 }), 'transfer', unitStaff, { unitId: 3, reason: '属住建局职责' }, { status: 'assigned', unitId: 3, handlerId: null }],
    ['a return goes back to the dispatcher', state(), 'return', unitStaff, { reason: '非本科室职责' }, { status: 'dispatching', unitId: null }],
    ['one extension up to the limit', state(), 'extend', unitStaff, { days: 5, reason: '需现场核实' }, { extendedWorkingDays: 5 }],
    ['the dispatcher marks spam invalid', state({ status: 'dispatching', unitId: null }), 'invalidate', dispatcher, { reason: '广告' }, { status: 'invalid' }],
    ['the unit keeps an answered message private', state({ status: 'answered', published: true }), 'unpublish', unitStaff, {}, { published: false }],
  ] as const)('%s', (_case, current, action, staff, input, expected) => {
    expect(handleMessage(current, action, staff, today, input)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['another unit replying', state(), 'reply', otherUnit, {}, 'not_your_unit'],
    ['a unit assigning', state({ status: 'dispatching', unitId: null }), 'assign', unitStaff, { unitId: 2 }, 'dispatcher_only'],
    ['replying twice', state({ status: 'answered' }), 'reply', unitStaff, {}, 'wrong_status'],
    ['a transfer without a reason', state(), 'transfer', unitStaff, { unitId: 3, reason: ' ' }, 'reason_required'],
    ['a transfer to the same unit', state(), 'transfer', unitStaff, { unitId: 2, reason: 'x' }, 'same_unit'],
    ['an extension without days', state(), 'extend', unitStaff, { days: 0, reason: 'x' }, 'days_required'],
    ['a unit urging', state(), 'urge', unitStaff, {}, 'dispatcher_only'],
    ['claiming a held message', state({ status: 'held' }), 'claim', unitStaff, {}, 'wrong_status'],
  ] as const)('refuses %s', (_case, current, action, staff, input, reason) => {
    expect(handleMessage(current, action, staff, today, input)).toEqual({ ok: false, reason });
  });

  const ruleOf = (decision: ReturnType<typeof handleMessage>) => ('refusal' in decision ? decision.refusal : null);

  // A 咨询 received Thursday 2024-09-26 under a 3-day limit is due Monday 9-30 (Sunday 9-29 is worked).
  const inquiry = state({ status: 'in_progress', handlerId: 10, replyWorkingDays: 3, dueDate: '2024-09-30' });
  it.each([
    ['an extension on the due date itself is still in time', inquiry, '2024-09-30', { days: 3, reason: '需现场核实' }, null],
    ['an extension the day after the due date (a holiday) is refused', inquiry, '2024-10-01', { days: 3, reason: '需现场核实' }, MessageRule.MESSAGE_EXTENSION_WHEN_LATE],
    ['an extension after National Day is refused: the holiday days passed too', inquiry, '2024-10-08', { days: 1, reason: '需现场核实' }, MessageRule.MESSAGE_EXTENSION_WHEN_LATE],
    ['lateness is checked before the reason is asked for', inquiry, '2024-10-08', { days: 1, reason: '' }, MessageRule.MESSAGE_EXTENSION_WHEN_LATE],
    ['a due date the calendar cannot give yet does not make the message late', state({ dueDate: null }), '2026-01-05', { days: 5, reason: '需现场核实' }, null],
    ['at most the 3 days the message was received under, whatever the board says now', inquiry, '2024-09-27', { days: 4, reason: 'x' }, MessageRule.MESSAGE_EXTENSION_TOO_LONG],
    ['exactly its own limit', inquiry, '2024-09-27', { days: 3, reason: 'x' }, null],
    ['a second extension', state({ extendedWorkingDays: 3 }), '2024-09-03', { days: 2, reason: 'x' }, MessageRule.MESSAGE_ALREADY_EXTENDED],
  ] as const)('extend: %s', (_case, current, on, input, rule) => {
    const decision = handleMessage(current, 'extend', unitStaff, on, input);
    if (rule === null) {
      expect(decision).toMatchObject({ ok: true, extendedWorkingDays: input.days });
    } else {
      expect(ruleOf(decision)).toBeInstanceOf(LegalRefusal);
      expect(ruleOf(decision)).toMatchObject({ code: rule, article: '本机关网民留言办理规则' });
    }
  });

  it('names the due date in the refusal of a late extension', () => {
    expect(ruleOf(handleMessage(inquiry, 'extend', unitStaff, '2024-10-08', { days: 1, reason: 'x' }))?.message).toBe(
      '留言已超过答复期限，不能再延期。答复期限为 2024-09-30（本机关网民留言办理规则）',
    );
  });

  it('refuses to publish what the writer kept private, citing 个人信息保护法 Art. 25', () => {
    const decision = handleMessage(state({ status: 'answered', writerWantsPublic: false }), 'publish', unitStaff, today);
    expect(ruleOf(decision)).toMatchObject({ code: MessageRule.MESSAGE_PRIVATE_NOT_PUBLISHABLE, article: '《中华人民共和国个人信息保护法》第二十五条' });
  });
});

describe('messageRuleText', () => {
  it.each(Object.values(MessageRule))('%s names its basis and says it in Chinese', (rule) => {
    const refusal = messageRefusal(rule);
    expect(refusal).toMatchObject({ code: rule, article: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(refusal.message).toContain(refusal.article);
  });
});

describe('suggestMessageUnit', () => {
  const profiles = [
    { unitId: 2, keywords: ['社保', '养老保险', '就业'] },
    { unitId: 3, keywords: ['道路', '停车'] },
  ];
  const answered = [
    { unitId: 4, title: '小区电梯加装补贴怎么申请', body: '老旧小区加装电梯的补贴标准和申请流程' },
    { unitId: 3, title: '停车场收费', body: '医院门口停车难' },
  ];

  it('ranks the unit whose keywords the text mentions', () => {
    const [first] = suggestMessageUnit('咨询灵活就业人员养老保险缴费', profiles, answered);
    expect(first).toMatchObject({ unitId: 2, matchedKeywords: ['养老保险', '就业'] });
  });

  it('ignores spacing and full-width letters in keywords and text', () => {
    expect(suggestMessageUnit('社 保卡补办', profiles, [])[0]?.unitId).toBe(2);
  });

  it('uses similar answered messages when no keyword matches', () => {
    const [first] = suggestMessageUnit('老旧小区加装电梯补贴申请', profiles, answered);
    expect(first).toMatchObject({ unitId: 4, similarMessages: 1, matchedKeywords: [] });
  });

  it('suggests nothing for unrelated text', () => {
    expect(suggestMessageUnit('你好', profiles, answered)).toEqual([]);
  });
});

describe('summarizeMessageMonth', () => {
  const row = (overrides: Partial<MessageStatsRow>): MessageStatsRow => ({
    board: 'inquiry',
    receivedDate: '2024-09-02',
    repliedDate: null,
    dueDate: '2024-09-05',
    invalid: false,
    rating: null,
    ...overrides,
  });

  it('counts received, answered on time and satisfaction for the month only', () => {
    const stats = summarizeMessageMonth(
      [
        row({ repliedDate: '2024-09-04', rating: 'satisfied' }),
        row({ repliedDate: '2024-09-06', rating: 'dissatisfied' }),
        row({ board: 'complaint', repliedDate: '2024-09-05', rating: 'basically_satisfied' }),
        row({ invalid: true }),
        row({ receivedDate: '2024-08-30', repliedDate: '2024-09-02' }),
        row({ receivedDate: '2024-10-08' }),
        row({ receivedDate: null }),
      ],
      '2024-09',
    );
    expect(stats).toMatchObject({ received: 3, answered: 4, answeredOnTime: 3, onTimeRate: 75, rated: 3, satisfied: 1, basicallySatisfied: 1, dissatisfied: 1, satisfactionRate: 66.7 });
    expect(stats.byBoard.complaint).toMatchObject({ received: 1, answered: 1, satisfactionRate: 100 });
    expect(stats.byBoard.leader_mailbox).toMatchObject({ received: 0, onTimeRate: null, satisfactionRate: null });
  });
});
