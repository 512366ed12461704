import { createWorkingCalendar } from '../calendar/working-calendar';
import { findLateInterpretations, measureInterpretationShares } from './interpretation-compliance';
import { ContentWorkflowState, canEditContent, reviewContent } from './review-content';

const author = { id: 1, roles: ['handler'] };
const reviewer = { id: 2, roles: ['reviewer'] };
const publisher = { id: 3, roles: ['publisher'] };
const state = (status: ContentWorkflowState['status'], reviewerId: number | null = null): ContentWorkflowState => ({ status, authorId: 1, reviewerId });

describe('reviewContent', () => {
  it.each([
    ['the author submits a draft', state('draft'), 'submit', author, {}, 'submitted'],
    ['the author resubmits after a return', state('returned', 2), 'submit', author, {}, 'submitted'],
    ['a reviewer approves', state('submitted'), 'approve', reviewer, {}, 'approved'],
    ['a reviewer returns with comments', state('submitted'), 'return', reviewer, { comment: '第三段涉及内部信息，请删除' }, 'returned'],
    ['a publisher publishes now', state('approved', 2), 'publish', publisher, {}, 'published'],
    ['a publisher schedules', state('approved', 2), 'publish', publisher, { scheduled: true }, 'scheduled'],
    ['a publisher withdraws with a reason', state('published', 2), 'withdraw', publisher, { comment: '已被新文件替代' }, 'withdrawn'],
  ] as const)('%s', (_case, current, action, actor, options, expected) => {
    expect(reviewContent(current, action, actor, options)).toEqual({ ok: true, status: expected });
  });

  it.each([
    ['publishing without review', state('draft'), 'publish', publisher, {}, 'wrong_status'],
    ['approving twice', state('approved', 2), 'approve', reviewer, {}, 'wrong_status'],
    ['the author reviewing their own draft', state('submitted'), 'approve', { id: 1, roles: ['handler', 'reviewer'] }, {}, 'same_person'],
    ['the reviewer also publishing', state('approved', 2), 'publish', { id: 2, roles: ['reviewer', 'publisher'] }, {}, 'same_person'],
    ['a handler approving', state('submitted'), 'approve', { id: 9, roles: ['handler'] }, {}, 'role_required'],
    ['a system administrator publishing without the publisher role', state('approved', 2), 'publish', { id: 9, roles: ['system_admin'] }, {}, 'role_required'],
    ['returning without a comment', state('submitted'), 'return', reviewer, { comment: '  ' }, 'comment_required'],
    ['someone else submitting the author’s draft', state('draft'), 'submit', { id: 7, roles: ['handler'] }, {}, 'role_required'],
  ] as const)('refuses %s', (_case, current, action, actor, options, reason) => {
    expect(reviewContent(current, action, actor, options)).toMatchObject({ ok: false, reason });
  });

  it('lets only drafts, returned and withdrawn content be edited', () => {
    expect(['draft', 'returned', 'withdrawn'].every((status) => canEditContent(status as never))).toBe(true);
    expect(['submitted', 'approved', 'scheduled', 'published'].some((status) => canEditContent(status as never))).toBe(false);
  });
});

describe('findLateInterpretations', () => {
  // 国庆 2024: 1–7 October off, Sunday 29 September and Saturday 12 October worked.
  const calendar = createWorkingCalendar([2024], [
    ...[1, 2, 3, 4, 5, 6, 7].map((day) => ({ date: `2024-10-0${day}`, working: false, name: '国庆节' })),
    { date: '2024-09-29', working: true, name: null },
    { date: '2024-10-12', working: true, name: null },
  ]);
  const policy = { id: 1, title: '办法', publishedDate: '2024-09-27', needsInterpretation: true, interpretationDates: [] as string[] };

  it('counts 3 working days across National Day (make-up Sunday counts: due 8 October)', () => {
    expect(findLateInterpretations([policy], '2024-10-08', calendar)).toEqual([]);
    expect(findLateInterpretations([policy], '2024-10-09', calendar)).toEqual([{ id: 1, title: '办法', dueDate: '2024-10-08', interpretedOn: null }]);
  });

  it('flags an interpretation that came after the limit, not one within it', () => {
    expect(findLateInterpretations([{ ...policy, interpretationDates: ['2024-10-08'] }], '2024-12-01', calendar)).toEqual([]);
    expect(findLateInterpretations([{ ...policy, interpretationDates: ['2024-10-09'] }], '2024-12-01', calendar)[0].interpretedOn).toBe('2024-10-09');
  });

  it('skips documents marked as not needing an interpretation', () => {
    expect(findLateInterpretations([{ ...policy, needsInterpretation: false }], '2025-01-01', calendar)).toEqual([]);
  });
});

describe('measureInterpretationShares', () => {
  it.each([
    ['exactly 1 in 5 and exactly 30%', ['video', 'text', 'text', 'text', 'text', 'video', 'animation', 'text', 'text', 'text'], true, true],
    ['one short of 30% video', ['video', 'graphic', 'text', 'text', 'text', 'video', 'text', 'text', 'text', 'text'], true, false],
    ['no charts, audio or video', ['text', 'expert', 'media'], false, false],
    ['nothing published yet', [], false, false],
  ])('%s', (_case, forms, chart, video) => {
    const shares = measureInterpretationShares(forms);
    expect([shares.chartAudioVideoMet, shares.videoAnimationMet]).toEqual([chart, video]);
  });
});
