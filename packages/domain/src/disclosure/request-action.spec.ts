import { receivedOnline as received, SCHEDULED_CALENDAR as calendar } from '../../../../test/fixtures/disclosure-requests';
import { LegalRefusal } from '../law/legal-refusal';
import { applyRequestEvent, deriveRequestState } from './apply-request-event';
import { DisclosureRule } from './disclosure-rule';
import { Outcome } from './outcome';
import { RequestEvent } from './request-event';
import { allowedRequestActions, REQUEST_ACTION_EVENTS, REQUEST_ACTIONS, RequestActor } from './request-action';

function refusalOf(act: () => unknown): LegalRefusal | null {
  try {
    act();
    return null;
  } catch (error) {
    if (error instanceof LegalRefusal) return error;
    throw error;
  }
}

const office: RequestActor = { staffId: 2, office: true, unitId: 1 };
/** A 承办人 of unit 3, the unit `received` assigns to. */
const handler: RequestActor = { staffId: 7, office: false, unitId: 3 };

const submitted: RequestEvent[] = [{ type: 'submitted', date: '2024-09-28', channel: 'online' }];
const registered: RequestEvent[] = [...submitted, { type: 'registered', date: '2024-09-30', receivedDate: '2024-09-30' }];
const claimed: RequestEvent[] = [...received('2024-09-27'), { type: 'claimed', date: '2024-09-30', staffId: 7 }];
const awaitingSupplement: RequestEvent[] = [...received('2024-09-27'), { type: 'supplement_requested', date: '2024-09-30', dueDate: '2024-10-15', items: '请写明文件名称' }];
const extensionAsked: RequestEvent[] = [...received('2024-09-27'), { type: 'extension_requested', date: '2024-10-08', days: 10, reason: '需调取档案', requestedBy: 7 }];
const consulting: RequestEvent[] = [...received('2024-09-27'), { type: 'consultation_sent', date: '2024-10-08', party: 'third_party' }];
const reasonsAsked: RequestEvent[] = [...received('2024-10-08'), { type: 'reasons_requested', date: '2024-10-09', answerDueDate: '2024-10-16' }];
const reasonsReasonable: RequestEvent[] = [...reasonsAsked, { type: 'reasons_judged', date: '2024-10-17', reasonable: true }];
const replied: RequestEvent[] = [...received('2024-09-27'), { type: 'replied', date: '2024-10-10', outcome: Outcome.DISCLOSED }];
const abandoned: RequestEvent[] = [...awaitingSupplement, { type: 'supplement_expired', date: '2024-10-16' }];
const withdrawn: RequestEvent[] = [...received('2024-09-27'), { type: 'withdrawn', date: '2024-10-08' }];

/** What an assigned, open case offers a 承办人 of its unit with nothing pending. */
const UNIT_WORK = ['request-supplement', 'consult', 'extend', 'claim', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw'];

describe('allowedRequestActions: the buttons of the staff view', () => {
  it.each`
    edge                                                                 | events                | actor      | today           | allowed
    ${'submitted online: only the office registers (Art. 31)'}           | ${submitted}          | ${office}  | ${'2024-09-30'} | ${['register', 'withdraw']}
    ${'received, no unit yet: dispatch, 补正 or reply at once'}          | ${registered}         | ${office}  | ${'2024-09-30'} | ${['assign', 'request-supplement', 'reply', 'withdraw']}
    ${'assigned: the office head may re-dispatch but not claim'}         | ${received('2024-09-27')} | ${office} | ${'2024-10-08'} | ${['assign', 'request-supplement', 'consult', 'extend', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw']}
    ${'assigned: the unit handler gets no office-only action'}           | ${received('2024-09-27')} | ${handler} | ${'2024-10-08'} | ${UNIT_WORK}
    ${'claimed by this handler: no second claim'}                        | ${claimed}            | ${handler} | ${'2024-10-08'} | ${UNIT_WORK.filter((action) => action !== 'claim')}
    ${'claimed by a colleague: another handler of the unit may take it'} | ${claimed}            | ${{ ...handler, staffId: 8 }} | ${'2024-10-08'} | ${UNIT_WORK}
    ${'awaiting 补正 on its due date: not lapsed yet (Art. 30)'}         | ${awaitingSupplement} | ${handler} | ${'2024-10-15'} | ${['receive-supplement', 'claim', 'withdraw']}
    ${'awaiting 补正 the day after: the lapse can be recorded'}          | ${awaitingSupplement} | ${handler} | ${'2024-10-16'} | ${['receive-supplement', 'expire-supplement', 'claim', 'withdraw']}
    ${'extension pending: the office head decides (Art. 33 ¶2)'}         | ${extensionAsked}     | ${office}  | ${'2024-10-08'} | ${['assign', 'request-supplement', 'consult', 'approve-extension', 'reject-extension', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw']}
    ${'extension pending: its requester cannot ask again or decide'}     | ${extensionAsked}     | ${handler} | ${'2024-10-08'} | ${UNIT_WORK.filter((action) => action !== 'extend')}
    ${'an office head cannot approve their own extension'}               | ${extensionAsked}     | ${{ ...office, staffId: 7 }} | ${'2024-10-08'} | ${['assign', 'request-supplement', 'consult', 'transfer', 'request-reasons', 'notify-fee', 'reply', 'withdraw']}
    ${'consulting: the answer, the letter receipt; no lapse yet'}        | ${consulting}         | ${handler} | ${'2024-10-09'} | ${['record-consultation-receipt', 'record-consultation', 'claim', 'withdraw']}
    ${'reasons asked: no judging while the applicant may answer'}        | ${reasonsAsked}       | ${handler} | ${'2024-10-16'} | ${['request-supplement', 'consult', 'extend', 'claim', 'transfer', 'notify-fee', 'reply', 'withdraw']}
    ${'reasons unanswered past the period: judge them (Art. 35)'}        | ${reasonsAsked}       | ${handler} | ${'2024-10-17'} | ${['request-supplement', 'consult', 'extend', 'claim', 'transfer', 'judge-reasons', 'notify-fee', 'reply', 'withdraw']}
    ${'reasons found reasonable: a later deadline may be set'}           | ${reasonsReasonable}  | ${handler} | ${'2024-10-17'} | ${['request-supplement', 'consult', 'extend', 'claim', 'transfer', 'set-deadline', 'notify-fee', 'reply', 'withdraw']}
    ${'replied: a supplementary reply or a review record'}               | ${replied}            | ${handler} | ${'2024-10-11'} | ${['supplementary-reply', 'record-review']}
    ${'abandoned by lapse: nothing to add to it'}                        | ${abandoned}          | ${office}  | ${'2024-10-17'} | ${['record-review']}
    ${'withdrawn: nothing'}                                              | ${withdrawn}          | ${office}  | ${'2024-10-09'} | ${[]}
  `('$edge', ({ events, actor, today, allowed }) => {
    expect(allowedRequestActions(deriveRequestState(events, calendar), actor, today)).toEqual(allowed);
  });

  it('names an event for every action, and no event twice', () => {
    const events = REQUEST_ACTIONS.map((action) => REQUEST_ACTION_EVENTS[action]);
    expect(new Set(events).size).toBe(REQUEST_ACTIONS.length);
  });

  // The buttons and the rules ask the same question: an action left out is one the law refuses.
  it.each`
    edge                                           | events                | today           | event                                                                                       | rule
    ${'a second 补正 (Art. 30)'}                   | ${[...awaitingSupplement, { type: 'supplement_received', date: '2024-10-08' }]} | ${'2024-10-09'} | ${{ type: 'supplement_requested', date: '2024-10-09', dueDate: '2024-10-20', items: '再补' }} | ${DisclosureRule.SUPPLEMENT_ONCE}
    ${'a 补正 lapse on its due date'}              | ${awaitingSupplement} | ${'2024-10-15'} | ${{ type: 'supplement_expired', date: '2024-10-15' }}                                       | ${DisclosureRule.SUPPLEMENT_NOT_LAPSED}
    ${'approving one\'s own extension'}            | ${extensionAsked}     | ${'2024-10-08'} | ${{ type: 'extension_approved', date: '2024-10-08', approvedBy: 7 }}                        | ${DisclosureRule.EXTENSION_SELF_APPROVAL}
    ${'judging reasons the applicant may still give'} | ${reasonsAsked}    | ${'2024-10-16'} | ${{ type: 'reasons_judged', date: '2024-10-16', reasonable: false }}                        | ${DisclosureRule.REASONS_AWAITED}
  `('refuses what the view leaves out: $edge', ({ events, today, event, rule }) => {
    const state = deriveRequestState(events, calendar);
    expect(refusalOf(() => applyRequestEvent(state, event, calendar, today))).toMatchObject({ code: rule });
  });
});
