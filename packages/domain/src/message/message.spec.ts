import { createWorkingCalendar } from '../calendar/working-calendar';
import { addCalendarMonths, escalationOf, messageDueDate, workingDaysLeft } from './message-deadline';
import { handleMessage, MessageWorkflowState } from './handle-message';
import { suggestMessageUnit } from './suggest-message-unit';
import { summarizeMessageMonth, MessageStatsRow } from './summarize-message-month';

// 2024: 国庆 1–7 Oct off, Sunday 29 Sep and Saturday 12 Oct worked.
const calendar = createWorkingCalendar(
  [2024, 2025],
  [
    ...['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'].map((date) => ({ date, working: false, name: '国庆节' })),
    { date: '2024-09-29', working: true, name: '国庆节调休' },
    { date: '2024-10-12', working: true, name: '国庆节调休' },
  ],
);

describe('messageDueDate', () => {
  it.each([
    ['a 咨询 on a Monday is due on Thursday', '2024-09-02', 3, 0, '2024-09-05'],
    ['the make-up Sunday counts', '2024-09-27', 3, 0, '2024-10-08'],
    ['crosses National Day', '2024-09-30', 5, 0, '2024-10-12'],
    ['an extension adds working days', '2024-09-02', 5, 5, '2024-09-16'],
  ])('%s', (_case, received, days, extended, expected) => {
    expect(messageDueDate(calendar, received, days, extended)).toBe(expected);
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

  it('clamps months to the month’s last day', () => {
    expect(addCalendarMonths('2024-12-31', 2)).toBe('2025-02-28');
    expect(addCalendarMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-11-15', 3)).toBe('2025-02-15');
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
    ...overrides,
  });
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
    expect(handleMessage(current, action, staff, input)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['another unit replying', state(), 'reply', otherUnit, {}, 'not_your_unit'],
    ['a unit assigning', state({ status: 'dispatching', unitId: null }), 'assign', unitStaff, { unitId: 2 }, 'dispatcher_only'],
    ['replying twice', state({ status: 'answered' }), 'reply', unitStaff, {}, 'wrong_status'],
    ['a transfer without a reason', state(), 'transfer', unitStaff, { unitId: 3, reason: ' ' }, 'reason_required'],
    ['a transfer to the same unit', state(), 'transfer', unitStaff, { unitId: 2, reason: 'x' }, 'same_unit'],
    ['a second extension', state({ extendedWorkingDays: 3 }), 'extend', unitStaff, { days: 2, reason: 'x' }, 'already_extended'],
    ['an extension longer than the limit', state(), 'extend', unitStaff, { days: 6, reason: 'x' }, 'too_many_days'],
    ['publishing a private message', state({ status: 'answered', writerWantsPublic: false }), 'publish', unitStaff, {}, 'private_message'],
    ['a unit urging', state(), 'urge', unitStaff, {}, 'dispatcher_only'],
    ['claiming a held message', state({ status: 'held' }), 'claim', unitStaff, {}, 'wrong_status'],
  ] as const)('refuses %s', (_case, current, action, staff, input, reason) => {
    expect(handleMessage(current, action, staff, input)).toEqual({ ok: false, reason });
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
