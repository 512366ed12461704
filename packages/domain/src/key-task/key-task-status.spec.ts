import { KeyTaskDeadline } from './key-task-deadline';
import { keyTaskStatus } from './key-task-status';

const endOfJune: KeyTaskDeadline = { kind: 'date', dueDate: '2024-06-30', words: '2024年6月底前' };
const allYear: KeyTaskDeadline = { kind: 'continuous', dueDate: null, words: '全年' };

describe('keyTaskStatus', () => {
  it.each`
    edge                                                        | deadline     | completedOn     | today           | status
    ${'the due day itself is in time'}                          | ${endOfJune} | ${null}         | ${'2024-06-30'} | ${'due_soon'}
    ${'the day after is overdue'}                               | ${endOfJune} | ${null}         | ${'2024-07-01'} | ${'overdue'}
    ${'15 days left (06-15 → 06-30) is due soon'}               | ${endOfJune} | ${null}         | ${'2024-06-15'} | ${'due_soon'}
    ${'16 days left (06-14 → 06-30) is on track'}               | ${endOfJune} | ${null}         | ${'2024-06-14'} | ${'on_track'}
    ${'completion ends the clock, even after the due day'}      | ${endOfJune} | ${'2024-07-05'} | ${'2024-08-01'} | ${'completed'}
    ${'a continuous task has no day to miss'}                   | ${allYear}   | ${null}         | ${'2024-12-31'} | ${'continuous'}
    ${'a continuous task can still be reported done'}           | ${allYear}   | ${'2024-11-01'} | ${'2024-12-31'} | ${'completed'}
  `('$edge', ({ deadline, completedOn, today, status }) => {
    expect(keyTaskStatus(deadline, completedOn, today)).toBe(status);
  });

  it('takes another warning window', () => {
    // 2024-06-01 → 2024-06-30 is 29 days: inside a 30-day window, outside the default 15.
    expect(keyTaskStatus(endOfJune, null, '2024-06-01', 30)).toBe('due_soon');
    expect(keyTaskStatus(endOfJune, null, '2024-06-01')).toBe('on_track');
  });
});
