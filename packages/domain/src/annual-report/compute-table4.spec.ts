import { receivedOnline } from '../../../../test/fixtures/disclosure-requests';
import { Outcome } from '../disclosure/outcome';
import { RequestEvent, ReviewKind, ReviewResult } from '../disclosure/request-event';
import { checkTable4 } from './check-table4';
import { computeTable4, emptyTable4 } from './compute-table4';

const closed = (): RequestEvent[] => [...receivedOnline('2025-03-03'), { type: 'replied', date: '2025-03-10', outcome: Outcome.WITHHELD_PROCESS_INFORMATION }];
const review = (date: string, kind: ReviewKind, result: ReviewResult): RequestEvent => ({ type: 'review_recorded', date, kind, result });

/** The table with one proceeding of `kind` in `cell` (and so in 总计). */
function tableWithOne(kind: ReviewKind, cell: ReviewResult): ReturnType<typeof emptyTable4> {
  const table = emptyTable4();
  table[kind][cell] = 1;
  table[kind].total = 1;
  return table;
}

describe('table 四 of one year, from the recorded 复议 and 诉讼', () => {
  it.each`
    edge                                                         | reviews                                                                                                    | year    | expected
    ${'filed and decided in the year: its result'}               | ${[review('2025-04-01', 'reconsideration', 'pending'), review('2025-06-20', 'reconsideration', 'upheld')]} | ${2025} | ${tableWithOne('reconsideration', 'upheld')}
    ${'decided, recorded once: its result'}                      | ${[review('2025-06-20', 'litigation_direct', 'corrected')]}                                                | ${2025} | ${tableWithOne('litigation_direct', 'corrected')}
    ${'filed in the year, undecided at its end: 尚未审结'}       | ${[review('2025-11-20', 'reconsideration', 'pending')]}                                                    | ${2025} | ${tableWithOne('reconsideration', 'pending')}
    ${'… and decided the next year: that year\'s result'}        | ${[review('2025-11-20', 'reconsideration', 'pending'), review('2026-02-10', 'reconsideration', 'corrected')]} | ${2026} | ${tableWithOne('reconsideration', 'corrected')}
    ${'a result recorded next year leaves this year alone'}      | ${[review('2025-11-20', 'reconsideration', 'pending'), review('2026-02-10', 'reconsideration', 'corrected')]} | ${2025} | ${tableWithOne('reconsideration', 'pending')}
    ${'pending for two year-ends: 尚未审结 in both'}            | ${[review('2024-10-08', 'litigation_direct', 'pending')]}                                                  | ${2025} | ${tableWithOne('litigation_direct', 'pending')}
    ${'decided last year: not this year'}                        | ${[review('2024-10-08', 'reconsideration', 'pending'), review('2024-12-30', 'reconsideration', 'other')]}  | ${2025} | ${emptyTable4()}
    ${'filed next year: not this year'}                          | ${[review('2026-01-05', 'reconsideration', 'pending')]}                                                    | ${2025} | ${emptyTable4()}
    ${'decided on 31 December: in the year'}                     | ${[review('2025-12-31', 'litigation_after_reconsideration', 'other')]}                                     | ${2025} | ${tableWithOne('litigation_after_reconsideration', 'other')}
  `('$edge', ({ reviews, year, expected }) => {
    expect(computeTable4([[...closed(), ...reviews]], year)).toEqual(expected);
  });

  it('a 复议 and the 诉讼 after it are two proceedings', () => {
    const events = [
      ...closed(),
      review('2025-04-01', 'reconsideration', 'pending'),
      review('2025-06-20', 'reconsideration', 'upheld'),
      review('2025-07-15', 'litigation_after_reconsideration', 'pending'),
    ];
    const table = computeTable4([events], 2025);
    expect(table.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(table.litigation_after_reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(table.litigation_direct.total).toBe(0);
  });

  it('adds up over requests, and every group passes its check', () => {
    const histories = [
      [...closed(), review('2025-06-20', 'reconsideration', 'upheld')],
      [...closed(), review('2025-06-21', 'reconsideration', 'corrected')],
      [...closed(), review('2025-12-01', 'reconsideration', 'pending')],
      [...closed(), review('2025-05-05', 'litigation_direct', 'upheld')],
      closed(),
    ];
    const table = computeTable4(histories, 2025);
    expect(table.reconsideration).toEqual({ upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 });
    expect(table.litigation_direct).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(checkTable4(table).every((check) => check.ok)).toBe(true);
  });

  it.each([2025.5, 99999])('refuses %p as a year', (year) => {
    expect(() => computeTable4([], year)).toThrow(RangeError);
  });
});
