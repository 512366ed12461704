import { Outcome } from '../disclosure/outcome';
import { computeTable3 } from './compute-table3';
import { computeTable3FromGroups } from './compute-table3-from-groups';
import { foldReportFacts } from './fold-report-facts';
import { ReportFacts } from './report-facts-of';

const fact = (receivedDate: string | null, closedDate: string | null, outcome: Outcome | null = null, withdrawn = false): ReportFacts => ({
  applicantType: 'citizen',
  organizationKind: null,
  receivedDate,
  closedDate,
  outcome,
  withdrawn,
});

const YEAR_OF_CASES: ReportFacts[] = [
  fact('2024-12-20', '2025-01-06', Outcome.DISCLOSED),
  fact('2024-11-15', null),
  fact('2024-12-30', '2025-02-05', null, true),
  fact('2024-06-03', '2024-07-01', Outcome.DISCLOSED),
  fact('2025-01-02', '2025-01-09', Outcome.DISCLOSED),
  fact('2025-03-10', '2025-03-17', Outcome.PARTIALLY_DISCLOSED),
  fact('2025-06-16', '2025-06-23', Outcome.UNAVAILABLE_NOT_HELD),
  fact('2025-06-23', '2025-06-30', Outcome.UNAVAILABLE_NOT_RESPONSIBLE),
  fact('2025-11-03', '2025-11-05', null, true),
  fact('2025-12-19', '2026-01-05', Outcome.DISCLOSED),
  fact('2025-12-31', null),
  fact('2026-01-05', '2026-01-12', Outcome.DISCLOSED),
  fact(null, '2025-05-06', null, true),
  { ...fact('2025-04-07', '2025-04-14', Outcome.WITHHELD_PROHIBITED_BY_LAW), applicantType: 'organization', organizationKind: 'legal_service' },
];

describe('table 三 from groups of requests with the same facts', () => {
  it('a group of n counts n times', () => {
    const one = computeTable3([fact('2025-03-03', '2025-03-10', Outcome.DISCLOSED)], 2025);
    const many = computeTable3FromGroups([{ facts: fact('2025-03-03', '2025-03-10', Outcome.DISCLOSED), count: 1000 }], 2025);
    expect(many['三（一）']).toEqual({ ...one['三（一）'], citizen: 1000, total: 1000 });
    expect(many['一'].total).toBe(1000);
  });

  it.each([2024, 2025, 2026])('folding every date to the edges of %i changes no cell', (year) => {
    const folded = YEAR_OF_CASES.map((facts) => foldReportFacts(facts, year)).filter((facts): facts is ReportFacts => facts !== null);
    expect(computeTable3(folded, year)).toEqual(computeTable3(YEAR_OF_CASES, year));
  });

  it.each`
    edge                                        | facts                                                   | folded
    ${'received before the year, still open'}   | ${fact('2024-11-15', null)}                             | ${{ receivedDate: '2024-12-31', closedDate: null, outcome: null }}
    ${'received and closed within'}             | ${fact('2025-03-03', '2025-03-10', Outcome.DISCLOSED)}  | ${{ receivedDate: '2025-01-01', closedDate: '2025-12-31', outcome: Outcome.DISCLOSED }}
    ${'closed after the year: open, no outcome'}| ${fact('2025-12-19', '2026-01-05', Outcome.DISCLOSED)}  | ${{ receivedDate: '2025-01-01', closedDate: null, outcome: null, withdrawn: false }}
    ${'withdrawn after the year: open'}         | ${fact('2025-12-19', '2026-01-05', null, true)}         | ${{ closedDate: null, withdrawn: false }}
  `('folds $edge', ({ facts, folded }) => {
    expect(foldReportFacts(facts, 2025)).toMatchObject(folded);
  });

  it.each`
    edge                       | facts
    ${'never received'}        | ${fact(null, null)}
    ${'received the year after'} | ${fact('2026-01-04', null)}
    ${'closed the year before'}  | ${fact('2024-06-03', '2024-12-31', Outcome.DISCLOSED)}
  `('leaves out a request $edge', ({ facts }) => {
    expect(foldReportFacts(facts, 2025)).toBeNull();
  });

  it('refuses a count that is not one', () => {
    expect(() => computeTable3FromGroups([{ facts: fact('2025-03-03', null), count: -1 }], 2025)).toThrow(RangeError);
  });
});
