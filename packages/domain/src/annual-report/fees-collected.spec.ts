import { receivedOnline } from '../../../../test/fixtures/disclosure-requests';
import { RequestEvent } from '../disclosure/request-event';
import { feesCollected } from './fees-collected';

function feeCase(received: string, notified: string, amountYuan: number, paid: string | null): RequestEvent[] {
  return [
    ...receivedOnline(received),
    { type: 'fee_notified', date: notified, amountYuan },
    ...(paid ? [{ type: 'fee_paid', date: paid } as RequestEvent] : []),
  ];
}

describe('信息处理费 collected in a year (section 六)', () => {
  it.each`
    edge                                                 | histories                                                                                                    | yuan
    ${'paid in the year'}                                | ${[feeCase('2025-03-03', '2025-03-05', 200, '2025-03-12')]}                                                  | ${200}
    ${'notified last year, paid this year: this year'}   | ${[feeCase('2024-11-15', '2024-11-20', 100, '2025-01-08')]}                                                  | ${100}
    ${'notified this year, paid next year: not yet'}     | ${[feeCase('2025-12-15', '2025-12-17', 100, '2026-01-06')]}                                                  | ${0}
    ${'notified, never paid: nothing collected'}         | ${[feeCase('2025-03-03', '2025-03-05', 100, null)]}                                                          | ${0}
    ${'several requests add up'}                         | ${[feeCase('2025-03-03', '2025-03-05', 200, '2025-03-12'), feeCase('2025-11-03', '2025-11-05', 300, '2025-11-10')]} | ${500}
    ${'fractions of a yuan add exactly'}                 | ${[feeCase('2025-03-03', '2025-03-05', 0.1, '2025-03-12'), feeCase('2025-03-03', '2025-03-05', 0.2, '2025-03-12')]} | ${0.3}
    ${'a request without a fee'}                         | ${[receivedOnline('2025-03-03')]}                                                                            | ${0}
  `('$edge', ({ histories, yuan }) => {
    expect(feesCollected(histories, 2025)).toBe(yuan);
  });

  it('a payment with no notice before it is an error, never a guess', () => {
    expect(() => feesCollected([[...receivedOnline('2025-03-03'), { type: 'fee_paid', date: '2025-03-12' }]], 2025)).toThrow('没有收费通知');
  });
});
