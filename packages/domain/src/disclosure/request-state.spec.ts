import { receivedOnline as received, SCHEDULED_CALENDAR as calendar } from '../../../../test/fixtures/disclosure-requests';
import { CalendarYearMissingError } from '../calendar/working-calendar';
import { LegalRefusal } from '../law/legal-refusal';
import { applyRequestEvent, deriveRequestState } from './apply-request-event';
import { Outcome } from './outcome';
import { RequestEvent } from './request-event';
import { deadlineOf, RequestStatus } from './request-state';

function stateOf(events: RequestEvent[]) {
  return deriveRequestState(events, calendar);
}

describe('the reply clock (条例 Art. 30–35)', () => {
  it.each`
    edge                                                    | events                                                                                                                                                                     | today           | dueDate         | remaining | overdue
    ${'DOMAIN §1: received Fri 2024-09-27, crosses 国庆'}   | ${received('2024-09-27')}                                                                                                                                                  | ${'2024-10-08'} | ${'2024-10-30'} | ${17}     | ${false}
    ${'due today is not overdue'}                           | ${received('2024-09-27')}                                                                                                                                                  | ${'2024-10-30'} | ${'2024-10-30'} | ${0}      | ${false}
    ${'one working day late is overdue'}                    | ${received('2024-09-27')}                                                                                                                                                  | ${'2024-10-31'} | ${'2024-10-30'} | ${-1}     | ${true}
    ${'make-up Saturday 2024-10-12 counts'}                 | ${received('2024-09-30')}                                                                                                                                                  | ${'2024-10-08'} | ${'2024-11-01'} | ${19}     | ${false}
    ${'supplement restarts the clock (端午 2025)'}           | ${[...received('2025-04-25'), { type: 'supplement_requested', date: '2025-04-28', dueDate: '2025-05-16', items: '请明确文件名称' }, { type: 'supplement_received', date: '2025-05-08' }]} | ${'2025-05-08'} | ${'2025-06-06'} | ${20} | ${false}
    ${'consultation pauses the clock (清明 2026)'}          | ${[...received('2026-03-02'), { type: 'consultation_sent', date: '2026-03-10', party: 'third_party', dueDate: '2026-03-31' }, { type: 'consultation_answered', date: '2026-03-20', consent: false }]} | ${'2026-03-20'} | ${'2026-04-10'} | ${14} | ${false}
    ${'extension of 20 approved by the office head'}        | ${[...received('2024-09-27'), { type: 'extension_requested', date: '2024-10-25', days: 20, reason: '需要调取档案', requestedBy: 7 }, { type: 'extension_approved', date: '2024-10-25', approvedBy: 2 }]} | ${'2024-10-31'} | ${'2024-11-27'} | ${19} | ${false}
    ${'Art. 35 later deadline replaces the computed one'}   | ${[...received('2025-03-03'), { type: 'reasons_requested', date: '2025-03-04' }, { type: 'reasons_given', date: '2025-03-05' }, { type: 'reasons_judged', date: '2025-03-06', reasonable: true }, { type: 'deadline_set', date: '2025-03-10', dueDate: '2025-06-30', reason: '申请数量巨大' }]} | ${'2025-04-01'} | ${'2025-06-30'} | ${60} | ${false}
  `('$edge', ({ events, today, dueDate, remaining, overdue }) => {
    const deadline = deadlineOf(stateOf(events), calendar, today);
    expect(deadline).toMatchObject({ dueDate, remainingWorkingDays: remaining, overdue });
  });

  it('shows no due date while consulting, and counts the days so far', () => {
    const state = stateOf([...received('2026-03-02'), { type: 'consultation_sent', date: '2026-03-10', party: 'agency', dueDate: '2026-03-31' }]);
    expect(state.status).toBe(RequestStatus.CONSULTING);
    const deadline = deadlineOf(state, calendar, '2026-03-16');
    expect(deadline).toMatchObject({ dueDate: null, paused: true, elapsedWorkingDays: 6, pausedWorkingDays: 4 });
  });

  it('counts "第 N 个工作日" from the day after receipt', () => {
    expect(deadlineOf(stateOf(received('2024-09-27')), calendar, '2024-10-08').elapsedWorkingDays).toBe(3);
  });

  it('online: no clock until staff confirm receipt (Art. 31)', () => {
    const state = stateOf([{ type: 'submitted', date: '2024-09-28', channel: 'online' }]);
    expect(state.status).toBe(RequestStatus.SUBMITTED);
    expect(deadlineOf(state, calendar, '2024-09-30').dueDate).toBeNull();
  });

  it('in person: received the day submitted (Art. 31)', () => {
    const state = stateOf([{ type: 'submitted', date: '2024-09-27', channel: 'in_person' }]);
    expect(state).toMatchObject({ status: RequestStatus.RECEIVED, receivedDate: '2024-09-27' });
    expect(deadlineOf(state, calendar, '2024-09-27').dueDate).toBe('2024-10-30');
  });

  it('a fee notice stops the clock until payment', () => {
    const state = stateOf([
      ...received('2025-03-03'),
      { type: 'fee_notified', date: '2025-03-05', amountYuan: 100 },
      { type: 'fee_paid', date: '2025-03-12' },
    ]);
    // 2025-03-03 + 20 = 2025-03-31; 5 working days (03-06..03-12) not counted → 2025-04-08 (清明 4-4 off).
    expect(deadlineOf(state, calendar, '2025-03-12')).toMatchObject({ dueDate: '2025-04-08', pausedWorkingDays: 5 });
  });

  it('a reply after the due date is recorded as late', () => {
    const state = stateOf([...received('2024-09-27'), { type: 'replied', date: '2024-10-31', outcome: Outcome.DISCLOSED }]);
    expect(deadlineOf(state, calendar, '2024-12-01')).toMatchObject({ overdue: true, remainingWorkingDays: null });
  });

  it('a year with no calendar data is an error, never a guess', () => {
    expect(() => deadlineOf(stateOf(received('2026-12-21')), calendar, '2026-12-21')).toThrow(CalendarYearMissingError);
  });
});

describe('what the law allows in each state', () => {
  it.each`
    edge                                                  | events                                                                                                                                           | next                                                                                                   | reason
    ${'补正 only once'}                                   | ${[...received('2025-04-25'), { type: 'supplement_requested', date: '2025-04-28', dueDate: '2025-05-16', items: 'x' }, { type: 'supplement_received', date: '2025-05-06' }]} | ${{ type: 'supplement_requested', date: '2025-05-07', dueDate: '2025-05-20', items: 'y' }} | ${/一次性/}
    ${'补正 after 7 working days'}                        | ${received('2025-04-25')}                                                                                                                        | ${{ type: 'supplement_requested', date: '2025-05-09', dueDate: '2025-05-30', items: 'x' }}            | ${/2025-05-08/}
    ${'a second extension'}                               | ${[...received('2024-09-27'), { type: 'extension_requested', date: '2024-10-25', days: 10, reason: 'r', requestedBy: 7 }, { type: 'extension_approved', date: '2024-10-25', approvedBy: 2 }]} | ${{ type: 'extension_requested', date: '2024-11-05', days: 5, reason: 'r', requestedBy: 7 }} | ${/只能延期一次/}
    ${'an extension over 20 working days'}                | ${received('2024-09-27')}                                                                                                                        | ${{ type: 'extension_requested', date: '2024-10-25', days: 21, reason: 'r', requestedBy: 7 }}          | ${/1 至 20/}
    ${'approving an own extension'}              | ${[...received('2024-09-27'), { type: 'extension_requested', date: '2024-10-25', days: 10, reason: 'r', requestedBy: 7 }]}                      | ${{ type: 'extension_approved', date: '2024-10-25', approvedBy: 7 }}                                   | ${/不能审批自己/}
    ${'replying before receipt is confirmed'}             | ${[{ type: 'submitted', date: '2024-09-28', channel: 'online' }]}                                                                                | ${{ type: 'replied', date: '2024-09-30', outcome: 'disclosed' }}                                       | ${/待登记/}
    ${'replying while consulting'}                        | ${[...received('2026-03-02'), { type: 'consultation_sent', date: '2026-03-10', party: 'third_party', dueDate: '2026-03-31' }]}                  | ${{ type: 'replied', date: '2026-03-12', outcome: 'disclosed' }}                                       | ${/征求意见中/}
    ${'withdrawing a closed request'}                     | ${[...received('2024-09-27'), { type: 'replied', date: '2024-10-10', outcome: 'disclosed' }]}                                                   | ${{ type: 'withdrawn', date: '2024-10-11' }}                                                           | ${/已办结/}
    ${'abandoning before the supplement time runs out'}   | ${[...received('2025-04-25'), { type: 'supplement_requested', date: '2025-04-28', dueDate: '2025-05-16', items: 'x' }]}                         | ${{ type: 'supplement_expired', date: '2025-05-16' }}                                                  | ${/尚未届满/}
    ${'a later deadline without asking for reasons'}      | ${received('2025-03-03')}                                                                                                                        | ${{ type: 'deadline_set', date: '2025-03-10', dueDate: '2025-06-30', reason: 'r' }}                    | ${/第三十五条/}
  `('refuses $edge', ({ events, next, reason }) => {
    const state = stateOf(events);
    expect(() => applyRequestEvent(state, next, calendar)).toThrow(LegalRefusal);
    expect(() => applyRequestEvent(state, next, calendar)).toThrow(reason);
  });

  it('no supplement in time: deemed abandoned, row 三（六）1', () => {
    const state = stateOf([
      ...received('2025-04-25'),
      { type: 'supplement_requested', date: '2025-04-28', dueDate: '2025-05-16', items: 'x' },
      { type: 'supplement_expired', date: '2025-05-19' },
    ]);
    expect(state).toMatchObject({ status: RequestStatus.CLOSED, outcome: Outcome.OTHER_SUPPLEMENT_OVERDUE, closedDate: '2025-05-19' });
  });

  it('fee unpaid 20 working days after the notice was shown to the applicant: abandoned, row 三（六）2', () => {
    const state = stateOf([
      ...received('2025-03-03'),
      { type: 'fee_notified', date: '2025-03-05', amountYuan: 100 },
      { type: 'fee_notice_received', date: '2025-03-05', receivedDate: '2025-03-05', channel: 'online' },
    ]);
    expect(state.feeDueDate).toBe('2025-04-02');
    expect(() => applyRequestEvent(state, { type: 'fee_expired', date: '2025-04-02' }, calendar)).toThrow(LegalRefusal);
    expect(applyRequestEvent(state, { type: 'fee_expired', date: '2025-04-03' }, calendar)).toMatchObject({
      status: RequestStatus.CLOSED,
      outcome: Outcome.OTHER_FEE_UNPAID,
    });
  });

  it('an on-the-spot reply needs no unit assignment', () => {
    const state = stateOf([
      { type: 'submitted', date: '2024-11-12', channel: 'in_person' },
      { type: 'replied', date: '2024-11-12', outcome: Outcome.DISCLOSED },
    ]);
    expect(state).toMatchObject({ status: RequestStatus.CLOSED, outcome: Outcome.DISCLOSED });
  });

  it('withdrawal ends the clock', () => {
    const state = stateOf([...received('2024-09-27'), { type: 'withdrawn', date: '2024-10-09' }]);
    expect(state.status).toBe(RequestStatus.WITHDRAWN);
    expect(deadlineOf(state, calendar, '2024-12-01')).toMatchObject({ dueDate: null, overdue: false });
  });
});

describe('claiming a case (承办人)', () => {
  it('a handler of the unit claims it; a transfer frees it for the new unit', () => {
    const claimed = stateOf([...received('2024-09-27'), { type: 'claimed', date: '2024-09-29', staffId: 5 }]);
    expect(claimed.handlerId).toBe(5);
    const transferred = applyRequestEvent(claimed, { type: 'transferred', date: '2024-09-30', unitId: 4, reason: '职责调整' }, calendar);
    expect(transferred.handlerId).toBeNull();
  });

  it('cannot be claimed before it is dispatched, or twice by the same person', () => {
    const registered = stateOf(received('2024-09-27').slice(0, 2));
    expect(() => applyRequestEvent(registered, { type: 'claimed', date: '2024-09-29', staffId: 5 }, calendar)).toThrow('申请当前为“待分办”，不能认领');
    const claimed = stateOf([...received('2024-09-27'), { type: 'claimed', date: '2024-09-29', staffId: 5 }]);
    expect(() => applyRequestEvent(claimed, { type: 'claimed', date: '2024-09-30', staffId: 5 }, calendar)).toThrow(LegalRefusal);
    // A colleague may take it over.
    expect(applyRequestEvent(claimed, { type: 'claimed', date: '2024-09-30', staffId: 6 }, calendar).handlerId).toBe(6);
  });
});
