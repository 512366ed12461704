import { RequestEvent } from '@govopen/domain';
import { disclosureNoticeOf } from './disclosure-notices';

const request = { title: '技改资金分配结果', trackingNumber: 'YSQ2026110200007', unitId: 3, dueDate: '2026-12-01' };

describe('disclosureNoticeOf', () => {
  it.each`
    edge                                                  | event                                                                                      | audience                               | kind                                   | hint
    ${'registered: the applicant, with the due day'}      | ${{ type: 'registered', date: '2026-11-02', receivedDate: '2026-11-02' }}                  | ${{ to: 'applicant' }}                 | ${'disclosure.registered'}             | ${'最晚2026年12月1日前答复'}
    ${'补正: the applicant, with its own due day'}         | ${{ type: 'supplement_requested', date: '2026-11-03', dueDate: '2026-11-17', items: '文号' }} | ${{ to: 'applicant' }}                 | ${'disclosure.supplement'}             | ${'请于2026年11月17日前补正'}
    ${'assigned: the handlers of the new unit'}           | ${{ type: 'assigned', date: '2026-11-02', unitId: 4, assistUnitIds: [] }}                  | ${{ to: 'unit_handlers', unitId: 4 }}  | ${'disclosure.assigned'}               | ${undefined}
    ${'extension asked: the office heads decide'}         | ${{ type: 'extension_requested', date: '2026-11-20', days: 10, reason: '调档', requestedBy: 5 }} | ${{ to: 'office_heads' }}         | ${'disclosure.extension_requested'}    | ${undefined}
    ${'reasons given: the unit handling it'}              | ${{ type: 'reasons_given', date: '2026-11-20' }}                                           | ${{ to: 'unit_handlers', unitId: 3 }}  | ${'disclosure.reasons_given'}          | ${undefined}
  `('$edge', ({ event, audience, kind, hint }) => {
    const notice = disclosureNoticeOf(request, event as RequestEvent);
    expect(notice).toMatchObject({ audience, kind });
    expect(notice?.hint).toBe(hint);
    expect(notice?.body).toContain('YSQ2026110200007');
  });

  it.each`
    edge                                                 | event                                                           | unitId
    ${'a claim tells nobody'}                            | ${{ type: 'claimed', date: '2026-11-02', staffId: 5 }}          | ${3}
    ${'reasons for a case no unit holds yet: nobody'}    | ${{ type: 'reasons_given', date: '2026-11-20' }}                | ${null}
  `('no notice: $edge', ({ event, unitId }) => {
    expect(disclosureNoticeOf({ ...request, unitId }, event as RequestEvent)).toBeNull();
  });

  it('the fee notice states the amount and the 20 working days to pay (109号)', () => {
    const notice = disclosureNoticeOf(request, { type: 'fee_notified', date: '2026-11-20', amountYuan: 100 });
    expect(notice?.body).toContain('100 元');
    expect(notice?.body).toContain('20 个工作日');
  });
});
