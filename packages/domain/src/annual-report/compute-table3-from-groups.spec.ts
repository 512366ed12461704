import { Outcome } from '../disclosure/outcome';
import { computeTable3 } from './compute-table3';
import { computeTable3FromGroups, table3GroupOf } from './compute-table3-from-groups';
import { ReportFacts } from './report-facts-of';

const fact = (receivedDate: string | null, closedDate: string | null, outcome: Outcome | null = null, withdrawn = false): ReportFacts => ({
  applicantType: 'citizen',
  organizationKind: null,
  receivedDate,
  closedDate,
  outcome,
  withdrawn,
});

describe('table 三 from groups of requests', () => {
  it.each`
    edge                                                   | facts                                                         | group
    ${'received within, closed within: 一 and its leaf'}   | ${fact('2025-03-03', '2025-03-10', Outcome.DISCLOSED)}        | ${{ column: 'citizen', received: 'within', leaf: '三（一）', count: 1 }}
    ${'received before, still open: 二 and 四'}            | ${fact('2024-11-15', null)}                                   | ${{ column: 'citizen', received: 'before', leaf: null, count: 1 }}
    ${'closed after the year: open at its end'}            | ${fact('2025-12-19', '2026-01-05', Outcome.DISCLOSED)}        | ${{ column: 'citizen', received: 'within', leaf: null, count: 1 }}
    ${'withdrawn within: 三（六）3'}                       | ${fact('2024-12-30', '2025-02-05', null, true)}               | ${{ column: 'citizen', received: 'before', leaf: '三（六）3', count: 1 }}
    ${'received 1 January, answered 31 December'}          | ${fact('2025-01-01', '2025-12-31', Outcome.UNAVAILABLE_NOT_HELD)} | ${{ column: 'citizen', received: 'within', leaf: '三（四）1', count: 1 }}
  `('places a request $edge', ({ facts, group }) => {
    expect(table3GroupOf(facts, 2025)).toEqual(group);
  });

  it.each`
    edge                          | facts
    ${'never received'}           | ${fact(null, null)}
    ${'received the year after'}  | ${fact('2026-01-04', null)}
    ${'closed the year before'}   | ${fact('2024-06-03', '2024-12-31', Outcome.DISCLOSED)}
  `('leaves out a request $edge', ({ facts }) => {
    expect(table3GroupOf(facts, 2025)).toBeNull();
  });

  it('a group of n counts n times, and the totals add up', () => {
    const table = computeTable3FromGroups([
      { column: 'business', received: 'within', leaf: '三（三）4', count: 1000 },
      { column: 'citizen', received: 'before', leaf: null, count: 7 },
    ]);
    expect(table['一']).toMatchObject({ business: 1000, total: 1000 });
    expect(table['三（三）4']).toMatchObject({ business: 1000, total: 1000 });
    expect(table['三（七）']).toMatchObject({ business: 1000, total: 1000 });
    expect(table['二']).toMatchObject({ citizen: 7, total: 7 });
    expect(table['四']).toMatchObject({ citizen: 7, total: 7 });
  });

  it('counting groups is counting requests one by one', () => {
    const requests = [fact('2025-03-03', '2025-03-10', Outcome.DISCLOSED), fact('2025-03-04', '2025-03-11', Outcome.DISCLOSED), fact('2024-11-15', null)];
    const groups = [
      { column: 'citizen', received: 'within', leaf: '三（一）', count: 2 },
      { column: 'citizen', received: 'before', leaf: null, count: 1 },
    ] as const;
    expect(computeTable3FromGroups(groups)).toEqual(computeTable3(requests, 2025));
  });

  it('refuses a count that is not one', () => {
    expect(() => computeTable3FromGroups([{ column: 'citizen', received: 'within', leaf: null, count: -1 }])).toThrow(RangeError);
  });
});
