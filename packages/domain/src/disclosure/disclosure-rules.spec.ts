import { receivedOnline as received, SCHEDULED_CALENDAR as calendar } from '../../../../test/fixtures/disclosure-requests';
import { LegalRefusal } from '../law/legal-refusal';
import { allowedOutcomes, applyRequestEvent, deriveRequestState } from './apply-request-event';
import { DisclosureRule } from './disclosure-rule';
import { Outcome } from './outcome';
import { RequestEvent } from './request-event';
import { deadlineOf, RequestState, RequestStatus } from './request-state';

// Dates below are worked out by hand from the State Council's notices (test/fixtures): 国庆 2024 is off 10-01..10-07
// with make-up days Sun 09-29 and Sat 10-12; 清明 2026 is off 04-04..04-06; 劳动节 2025 is off 05-01..05-05.

const stateOf = (events: RequestEvent[]) => deriveRequestState(events, calendar);

function refusalOf(state: RequestState, event: RequestEvent, today = event.date): LegalRefusal {
  try {
    applyRequestEvent(state, event, calendar, today);
  } catch (error) {
    if (error instanceof LegalRefusal) return error;
    throw error;
  }
  throw new Error(`${event.type} was accepted`);
}

// Received Fri 2024-09-27: the 20th working day is Wed 2024-10-30 (DOMAIN §1).
const SEPT_27 = received('2024-09-27');
const extensionAsked = (date: string): RequestEvent => ({ type: 'extension_requested', date, days: 20, reason: '需调取档案', requestedBy: 7 });

describe('extension (Art. 33 ¶2): asked for and approved before the due date', () => {
  it.each`
    edge                                                  | events                                                                            | event                                                                 | code
    ${'asked for the day after the due date'}             | ${SEPT_27}                                                                        | ${extensionAsked('2024-10-31')}                                        | ${DisclosureRule.EXTENSION_WHEN_OVERDUE}
    ${'approved the day after the due date'}              | ${[...SEPT_27, extensionAsked('2024-10-29')]}                                     | ${{ type: 'extension_approved', date: '2024-10-31', approvedBy: 2 }} | ${DisclosureRule.EXTENSION_WHEN_OVERDUE}
    ${'approved by the clerk who asked'}                  | ${[...SEPT_27, extensionAsked('2024-10-29')]}                                     | ${{ type: 'extension_approved', date: '2024-10-29', approvedBy: 7 }} | ${DisclosureRule.EXTENSION_SELF_APPROVAL}
  `('refuses one $edge', ({ events, event, code }) => {
    const refusal = refusalOf(stateOf(events), event);
    expect(refusal.code).toBe(code);
    expect(refusal.message).toContain('第三十三条第二款');
  });

  it('on the due date itself it is still in time: 40 working days end on 2024-11-27', () => {
    const asked = applyRequestEvent(stateOf(SEPT_27), extensionAsked('2024-10-30'), calendar, '2024-10-30');
    const approved = applyRequestEvent(asked, { type: 'extension_approved', date: '2024-10-30', approvedBy: 2 }, calendar, '2024-10-30');
    expect(deadlineOf(approved, calendar, '2024-10-31')).toMatchObject({ dueDate: '2024-11-27', overdue: false });
  });

  it('a refused extension leaves the case overdue: one working day late on 2024-10-31', () => {
    expect(deadlineOf(stateOf(SEPT_27), calendar, '2024-10-31')).toMatchObject({ dueDate: '2024-10-30', remainingWorkingDays: -1, overdue: true });
  });

  it('a history written before this rule still reads: replay does not re-judge it', () => {
    const state = stateOf([...SEPT_27, extensionAsked('2024-10-31'), { type: 'extension_approved', date: '2024-10-31', approvedBy: 2 }]);
    expect(state.extensionDays).toBe(20);
  });
});

describe('补正 received (Art. 30): between the notice and today', () => {
  // Received Fri 2025-04-25, notice Mon 04-28.
  const asked = stateOf([...received('2025-04-25'), { type: 'supplement_requested', date: '2025-04-28', dueDate: '2025-05-16', items: '请明确文件名称' }]);

  it('refuses a date before the notice', () => {
    const refusal = refusalOf(asked, { type: 'supplement_received', date: '2025-04-27' }, '2025-05-08');
    expect(refusal.code).toBe(DisclosureRule.SUPPLEMENT_RECEIVED_BEFORE_NOTICE);
    expect(refusal.message).toMatch(/2025-04-28.*第三十条/);
  });

  it('refuses a date after today', () => {
    expect(refusalOf(asked, { type: 'supplement_received', date: '2025-05-09' }, '2025-05-08').code).toBe(DisclosureRule.DATE_IN_FUTURE);
  });

  it('a supplement of Thu 05-08 recorded on Mon 05-12 restarts the clock from 05-08: due 2025-06-06', () => {
    const state = applyRequestEvent(asked, { type: 'supplement_received', date: '2025-05-08' }, calendar, '2025-05-12');
    expect(deadlineOf(state, calendar, '2025-05-12')).toMatchObject({ dueDate: '2025-06-06' });
  });
});

describe('consultation (Art. 32, 34, 33 ¶3): the pause ends on the answer, at the latest on the 15th working day', () => {
  // Received Mon 2026-03-02 (due 03-30 unpaused); letter sent Tue 03-10, whose 15th working day is Tue 03-31.
  const sent = [...received('2026-03-02'), { type: 'consultation_sent', date: '2026-03-10', party: 'third_party' } as RequestEvent];

  it.each`
    edge                                                                    | more                                                                                              | dueDate
    ${'answer on 03-20: 8 working days paused'}                            | ${[{ type: 'consultation_answered', date: '2026-03-20', consent: true }]}                        | ${'2026-04-10'}
    ${'lapse recorded late on 04-03: paused only to 03-31 (15 days)'}      | ${[{ type: 'consultation_expired', date: '2026-04-03' }]}                                        | ${'2026-04-21'}
    ${'answer after the 15th day (04-02): paused only to 03-31'}           | ${[{ type: 'consultation_answered', date: '2026-04-02', consent: false }]}                       | ${'2026-04-21'}
    ${'letter received Fri 03-13: 15 days run to 04-03 (18 paused)'}       | ${[{ type: 'consultation_letter_received', date: '2026-03-16', receivedDate: '2026-03-13' }, { type: 'consultation_expired', date: '2026-04-08' }]} | ${'2026-04-24'}
  `('$edge → due $dueDate', ({ more, dueDate }) => {
    expect(deadlineOf(stateOf([...sent, ...more]), calendar, '2026-04-09').dueDate).toBe(dueDate);
  });

  it('past the 15th working day the clock runs again even before anyone records the lapse', () => {
    const state = stateOf(sent);
    expect(state.consultationDueDate).toBe('2026-03-31');
    expect(deadlineOf(state, calendar, '2026-03-31')).toMatchObject({ dueDate: null, paused: true });
    expect(deadlineOf(state, calendar, '2026-04-02')).toMatchObject({ dueDate: '2026-04-21', paused: false, remainingWorkingDays: 12 });
  });

  it.each`
    edge                                   | event                                                                                               | today           | code
    ${'a letter received before sending'}  | ${{ type: 'consultation_letter_received', date: '2026-03-16', receivedDate: '2026-03-09' }}        | ${'2026-03-16'} | ${DisclosureRule.CONSULTATION_RECEIPT_OUT_OF_RANGE}
    ${'a letter received after recording'} | ${{ type: 'consultation_letter_received', date: '2026-03-16', receivedDate: '2026-03-17' }}        | ${'2026-03-16'} | ${DisclosureRule.CONSULTATION_RECEIPT_OUT_OF_RANGE}
    ${'an answer before sending'}          | ${{ type: 'consultation_answered', date: '2026-03-09', consent: true }}                            | ${'2026-03-16'} | ${DisclosureRule.CONSULTATION_ANSWER_BEFORE_SENDING}
    ${'an answer dated tomorrow'}          | ${{ type: 'consultation_answered', date: '2026-03-17', consent: true }}                            | ${'2026-03-16'} | ${DisclosureRule.DATE_IN_FUTURE}
    ${'a lapse on the 15th day'}           | ${{ type: 'consultation_expired', date: '2026-03-31' }}                                            | ${'2026-03-31'} | ${DisclosureRule.CONSULTATION_NOT_LAPSED}
  `('refuses $edge', ({ event, today, code }) => {
    expect(refusalOf(stateOf(sent), event, today).code).toBe(code);
  });
});

describe('fees (109号): one notice per application, 20 working days from its receipt', () => {
  // Received 2024-09-27; notice Tue 10-08; shown to the applicant Thu 10-10 → 20 working days end Wed 11-06.
  const notified = [...SEPT_27, { type: 'fee_notified', date: '2024-10-08', amountYuan: 100 } as RequestEvent];

  it('no payment period runs until the notice is received', () => {
    const state = stateOf(notified);
    expect(state.feeDueDate).toBeNull();
    expect(refusalOf(state, { type: 'fee_expired', date: '2024-12-02' }).code).toBe(DisclosureRule.FEE_NOT_LAPSED);
  });

  it('received on 10-10: lapses after 2024-11-06, not before', () => {
    const state = stateOf([...notified, { type: 'fee_notice_received', date: '2024-10-10', receivedDate: '2024-10-10', channel: 'online' }]);
    expect(state.feeDueDate).toBe('2024-11-06');
    expect(refusalOf(state, { type: 'fee_expired', date: '2024-11-06' }).code).toBe(DisclosureRule.FEE_NOT_LAPSED);
    expect(applyRequestEvent(state, { type: 'fee_expired', date: '2024-11-07' }, calendar).outcome).toBe(Outcome.OTHER_FEE_UNPAID);
  });

  it('refuses a receipt before the notice or after the day it is recorded', () => {
    const state = stateOf(notified);
    expect(refusalOf(state, { type: 'fee_notice_received', date: '2024-10-10', receivedDate: '2024-10-05', channel: 'post' }).code).toBe(DisclosureRule.FEE_NOTICE_RECEIPT_OUT_OF_RANGE);
    expect(refusalOf(state, { type: 'fee_notice_received', date: '2024-10-10', receivedDate: '2024-10-11', channel: 'post' }).code).toBe(DisclosureRule.FEE_NOTICE_RECEIPT_OUT_OF_RANGE);
  });

  it('refuses a second notice, also after the first was paid', () => {
    const paid = stateOf([...notified, { type: 'fee_notice_received', date: '2024-10-08', receivedDate: '2024-10-08', channel: 'online' }, { type: 'fee_paid', date: '2024-10-09' }]);
    expect(paid.status).toBe(RequestStatus.IN_PROGRESS);
    const refusal = refusalOf(paid, { type: 'fee_notified', date: '2024-10-10', amountYuan: 200 });
    expect(refusal.code).toBe(DisclosureRule.FEE_ONCE);
    expect(refusal.message).toContain('109号');
  });
});

describe('outcomes follow facts', () => {
  const reply = (outcome: Outcome, date = '2024-10-08'): RequestEvent => ({ type: 'replied', date, outcome });

  it.each`
    edge                                                      | outcome                                  | code
    ${'三（六）1 逾期不补正 chosen in a reply'}                | ${Outcome.OTHER_SUPPLEMENT_OVERDUE}      | ${DisclosureRule.OUTCOME_BY_LAPSE_ONLY}
    ${'三（六）2 逾期未缴费 chosen in a reply'}                | ${Outcome.OTHER_FEE_UNPAID}              | ${DisclosureRule.OUTCOME_BY_LAPSE_ONLY}
    ${'三（四）3 补正后仍不明确 with no supplement'}           | ${Outcome.UNAVAILABLE_STILL_UNCLEAR}     | ${DisclosureRule.OUTCOME_NEEDS_SUPPLEMENT}
    ${'三（五）4 大量反复申请 without asking for reasons'}     | ${Outcome.NOT_PROCESSED_EXCESSIVE}       | ${DisclosureRule.OUTCOME_NEEDS_UNREASONABLE}
  `('refuses $edge', ({ outcome, code }) => {
    expect(refusalOf(stateOf(SEPT_27), reply(outcome)).code).toBe(code);
  });

  it('三（四）3 once a supplement came', () => {
    const state = stateOf([
      ...received('2025-04-25'),
      { type: 'supplement_requested', date: '2025-04-28', dueDate: '2025-05-16', items: '请明确文件名称' },
      { type: 'supplement_received', date: '2025-05-08' },
    ]);
    expect(allowedOutcomes(state, '2025-05-12')).toContain(Outcome.UNAVAILABLE_STILL_UNCLEAR);
  });

  it('the reply form of a plain case offers every leaf but the lapse ones, 三（四）3 and 三（五）4', () => {
    const offered = allowedOutcomes(stateOf(SEPT_27), '2024-10-08');
    expect(offered).toHaveLength(Object.values(Outcome).length - 4);
    expect(offered).not.toEqual(expect.arrayContaining([Outcome.OTHER_SUPPLEMENT_OVERDUE]));
    expect(offered).toEqual(expect.arrayContaining([Outcome.UNAVAILABLE_NOT_HELD, Outcome.UNAVAILABLE_NOT_RESPONSIBLE, Outcome.OTHER]));
  });
});

describe('Art. 35: reasons asked, answered and judged', () => {
  // Asked Tue 2024-10-08; 5 working days for the answer end Mon 10-14 (Sat 10-12 is a make-up working day).
  const asked = stateOf([...SEPT_27, { type: 'reasons_requested', date: '2024-10-08' }]);

  it('gives the applicant at least 5 working days', () => {
    expect(asked.reasonsAnswerDueDate).toBe('2024-10-14');
    expect(refusalOf(stateOf(SEPT_27), { type: 'reasons_requested', date: '2024-10-08', answerDueDate: '2024-10-11' }).code).toBe(DisclosureRule.REASONS_PERIOD_TOO_SHORT);
  });

  it('the applicant answers by 10-14, not after', () => {
    expect(applyRequestEvent(asked, { type: 'reasons_given', date: '2024-10-14' }, calendar).reasons).toBe('given');
    expect(refusalOf(asked, { type: 'reasons_given', date: '2024-10-15' }).code).toBe(DisclosureRule.REASONS_ANSWER_LATE);
  });

  it('unanswered: 三（五）4 only after the period, and staff cannot judge before it ends', () => {
    expect(allowedOutcomes(asked, '2024-10-14')).not.toContain(Outcome.NOT_PROCESSED_EXCESSIVE);
    expect(allowedOutcomes(asked, '2024-10-15')).toContain(Outcome.NOT_PROCESSED_EXCESSIVE);
    expect(refusalOf(asked, { type: 'reasons_judged', date: '2024-10-14', reasonable: false }).code).toBe(DisclosureRule.REASONS_AWAITED);
  });

  it('answered and judged unreasonable: 三（五）4 is allowed, a later deadline is not', () => {
    const judged = stateOf([...SEPT_27, { type: 'reasons_requested', date: '2024-10-08' }, { type: 'reasons_given', date: '2024-10-10' }, { type: 'reasons_judged', date: '2024-10-11', reasonable: false }]);
    expect(allowedOutcomes(judged, '2024-10-11')).toContain(Outcome.NOT_PROCESSED_EXCESSIVE);
    expect(refusalOf(judged, { type: 'deadline_set', date: '2024-10-11', dueDate: '2024-12-31', reason: 'r' }).code).toBe(DisclosureRule.LATER_DEADLINE_NEEDS_REASONABLE);
  });

  it('judged reasonable: a later deadline must be later than 2024-10-30; the clock never stopped meanwhile', () => {
    const judged = stateOf([...SEPT_27, { type: 'reasons_requested', date: '2024-10-08' }, { type: 'reasons_given', date: '2024-10-10' }, { type: 'reasons_judged', date: '2024-10-11', reasonable: true }]);
    expect(deadlineOf(judged, calendar, '2024-10-11').dueDate).toBe('2024-10-30');
    expect(refusalOf(judged, { type: 'deadline_set', date: '2024-10-11', dueDate: '2024-10-30', reason: 'r' }).code).toBe(DisclosureRule.LATER_DEADLINE_NOT_LATER);
    const later = applyRequestEvent(judged, { type: 'deadline_set', date: '2024-10-11', dueDate: '2024-12-31', reason: '申请数量巨大' }, calendar);
    expect(deadlineOf(later, calendar, '2024-11-01')).toMatchObject({ dueDate: '2024-12-31', overdue: false });
    expect(allowedOutcomes(later, '2024-11-01')).not.toContain(Outcome.NOT_PROCESSED_EXCESSIVE);
  });
});
