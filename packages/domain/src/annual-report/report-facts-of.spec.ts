import { receivedOnline, SCHEDULED_CALENDAR as calendar } from '../../../../test/fixtures/disclosure-requests';
import { deriveRequestState } from '../disclosure/apply-request-event';
import { Outcome } from '../disclosure/outcome';
import { RequestEvent } from '../disclosure/request-event';
import { reportFactsOf } from './report-facts-of';

const citizen = { type: 'citizen' } as const;
const business = { type: 'organization', organizationKind: 'business' } as const;

describe("a request's facts for the annual report", () => {
  it.each`
    edge                                            | applicant   | events                                                                                                                              | facts
    ${'online, never registered: no receipt date'}  | ${citizen}  | ${[{ type: 'submitted', date: '2025-03-03', channel: 'online' }]}                                                                  | ${{ receivedDate: null, closedDate: null, outcome: null, withdrawn: false }}
    ${'in person: received the day submitted'}      | ${citizen}  | ${[{ type: 'submitted', date: '2025-03-03', channel: 'in_person' }]}                                                               | ${{ receivedDate: '2025-03-03', closedDate: null, outcome: null, withdrawn: false }}
    ${'the receipt date, not the registration day'} | ${citizen}  | ${[{ type: 'submitted', date: '2025-12-30', channel: 'mail' }, { type: 'registered', date: '2026-01-05', receivedDate: '2025-12-31' }]} | ${{ receivedDate: '2025-12-31', closedDate: null, outcome: null, withdrawn: false }}
    ${'replied'}                                    | ${business} | ${[...receivedOnline('2025-03-03'), { type: 'replied', date: '2025-03-10', outcome: Outcome.DISCLOSED }]}                           | ${{ receivedDate: '2025-03-03', closedDate: '2025-03-10', outcome: Outcome.DISCLOSED, withdrawn: false }}
    ${'lapsed: no supplement in time'}              | ${business} | ${[...receivedOnline('2025-03-03'), { type: 'supplement_requested', date: '2025-03-04', dueDate: '2025-03-14', items: '文件名称' }, { type: 'supplement_expired', date: '2025-03-17' }]} | ${{ closedDate: '2025-03-17', outcome: Outcome.OTHER_SUPPLEMENT_OVERDUE, withdrawn: false }}
    ${'withdrawn after receipt'}                    | ${citizen}  | ${[...receivedOnline('2025-03-03'), { type: 'withdrawn', date: '2025-03-05' }]}                                                     | ${{ receivedDate: '2025-03-03', closedDate: '2025-03-05', outcome: null, withdrawn: true }}
    ${'withdrawn before registration'}              | ${citizen}  | ${[{ type: 'submitted', date: '2025-03-03', channel: 'online' }, { type: 'withdrawn', date: '2025-03-04' }]}                       | ${{ receivedDate: null, closedDate: '2025-03-04', withdrawn: true }}
  `('$edge', ({ applicant, events, facts }) => {
    expect(reportFactsOf(deriveRequestState(events as RequestEvent[], calendar), applicant)).toMatchObject(facts);
  });

  it("carries an organization's kind and drops a citizen's", () => {
    const state = deriveRequestState(receivedOnline('2025-03-03'), calendar);
    expect(reportFactsOf(state, { type: 'organization', organizationKind: 'legal_service' })).toMatchObject({ applicantType: 'organization', organizationKind: 'legal_service' });
    expect(reportFactsOf(state, { type: 'citizen', organizationKind: 'legal_service' })).toMatchObject({ applicantType: 'citizen', organizationKind: null });
  });
});
