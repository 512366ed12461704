import { Outcome } from '../disclosure/outcome';
import { computeTable3 } from './compute-table3';
import { ReportFacts } from './report-facts-of';
import { Table3, TABLE3_ROWS, Table3RowKey } from './table3-rows';

function citizenCase(receivedDate: string | null, closedDate: string | null, outcome: Outcome | null = null, withdrawn = false): ReportFacts {
  return { applicantType: 'citizen', organizationKind: null, receivedDate, closedDate, outcome, withdrawn };
}

/** The whole table with one citizen request in each of `rows` (so also 1 in 总计) and zero everywhere else. */
function tableWithOne(rows: Table3RowKey[]): Table3 {
  return Object.fromEntries(
    TABLE3_ROWS.map(({ key }) => {
      const n = rows.includes(key) ? 1 : 0;
      return [key, { citizen: n, business: 0, research: 0, public_interest: 0, legal_service: 0, other: 0, total: n }];
    }),
  ) as Table3;
}

const { DISCLOSED, WITHHELD_THIRD_PARTY_RIGHTS } = Outcome;

describe('table 三 of one year (30号 layout)', () => {
  it.each`
    edge                                                           | facts                                                                           | year    | rows
    ${'received 1 Jan, answered in the year'}                      | ${citizenCase('2025-01-01', '2025-01-20', DISCLOSED)}                           | ${2025} | ${['一', '三（一）', '三（七）']}
    ${'received 31 Dec, still open: carried out'}                  | ${citizenCase('2025-12-31', null)}                                              | ${2025} | ${['一', '四']}
    ${'received 20 Dec, answered 5 Jan: 四 in its first year'}     | ${citizenCase('2024-12-20', '2025-01-05', DISCLOSED)}                           | ${2024} | ${['一', '四']}
    ${'… and 二 plus its outcome in the next'}                     | ${citizenCase('2024-12-20', '2025-01-05', DISCLOSED)}                           | ${2025} | ${['二', '三（一）', '三（七）']}
    ${'answered 31 Dec: closed in the year, not carried'}          | ${citizenCase('2025-12-01', '2025-12-31', WITHHELD_THIRD_PARTY_RIGHTS)}         | ${2025} | ${['一', '三（三）4', '三（七）']}
    ${'closed 31 Dec of the year before: not in this year at all'} | ${citizenCase('2024-12-01', '2024-12-31', DISCLOSED)}                           | ${2025} | ${[]}
    ${'carried in and still open at the end: 二 and 四'}           | ${citizenCase('2024-11-15', null)}                                              | ${2025} | ${['二', '四']}
    ${'carried in, answered the year after: 二 and 四'}            | ${citizenCase('2024-11-15', '2026-01-05', DISCLOSED)}                           | ${2025} | ${['二', '四']}
    ${'received next year: not yet'}                               | ${citizenCase('2026-01-04', null)}                                              | ${2025} | ${[]}
    ${'never registered (Art. 31): nowhere'}                       | ${citizenCase(null, null)}                                                      | ${2025} | ${[]}
    ${'withdrawn before registration: nowhere'}                    | ${citizenCase(null, '2025-03-04', null, true)}                                  | ${2025} | ${[]}
    ${'withdrawn after receipt: 三（六）3 其他'}                   | ${citizenCase('2025-03-03', '2025-03-05', null, true)}                          | ${2025} | ${['一', '三（六）3', '三（七）']}
    ${'carried in, withdrawn in the year'}                         | ${citizenCase('2024-12-30', '2025-02-05', null, true)}                          | ${2025} | ${['二', '三（六）3', '三（七）']}
    ${'lapsed supplement: 三（六）1'}                              | ${citizenCase('2025-03-03', '2025-03-17', Outcome.OTHER_SUPPLEMENT_OVERDUE)}    | ${2025} | ${['一', '三（六）1', '三（七）']}
  `('$edge', ({ facts, year, rows }) => {
    expect(computeTable3([facts], year)).toEqual(tableWithOne(rows));
  });

  it('no requests: every cell 0', () => {
    expect(computeTable3([], 2025)).toEqual(tableWithOne([]));
  });

  it('each organization kind has its column, and 总计 adds them', () => {
    const kinds = ['business', 'research', 'public_interest', 'legal_service', 'other'] as const;
    const facts: ReportFacts[] = kinds.map((organizationKind) => ({ ...citizenCase('2025-05-06', null), applicantType: 'organization', organizationKind }));
    expect(computeTable3(facts, 2025)['一']).toEqual({ citizen: 0, business: 1, research: 1, public_interest: 1, legal_service: 1, other: 1, total: 5 });
  });

  it.each`
    edge                                              | facts                                                                                             | message
    ${'an organization without its kind'}             | ${{ ...citizenCase('2025-05-06', null), applicantType: 'organization' }}                          | ${'未登记组织类型'}
    ${'closed before it was received'}                | ${citizenCase('2025-05-06', '2025-05-05', DISCLOSED)}                                             | ${'早于收到日期'}
    ${'closed with no outcome and no withdrawal'}     | ${citizenCase('2025-05-06', '2025-05-08')}                                                        | ${'没有办理结果'}
  `('refuses $edge rather than guess', ({ facts, message }) => {
    expect(() => computeTable3([facts], 2025)).toThrow(message);
  });

  it.each([2025.5, 0, Number.NaN])('refuses %p as a year', (year) => {
    expect(() => computeTable3([], year)).toThrow(RangeError);
  });
});
