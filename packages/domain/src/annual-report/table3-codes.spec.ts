import { Outcome, outcomeInfo } from '../disclosure/outcome';
import { ReportFacts } from './report-facts-of';
import { TABLE3_COLUMN_CODES, table3CodesOf, table3ColumnOfCode, TABLE3_LEAF_CODES, table3LeafOfCode } from './table3-codes';
import { APPLICANT_COLUMNS, TABLE3_LEAF_KEYS } from './table3-rows';

const closed = (outcome: Outcome | null, withdrawn = false): ReportFacts => ({
  applicantType: 'organization',
  organizationKind: 'legal_service',
  receivedDate: '2025-03-03',
  closedDate: '2025-03-10',
  outcome,
  withdrawn,
});

describe('the stored codes of table 三', () => {
  it('every column and every leaf has its own code, and each code reads back', () => {
    expect(new Set(Object.values(TABLE3_COLUMN_CODES)).size).toBe(APPLICANT_COLUMNS.length);
    expect(new Set(Object.values(TABLE3_LEAF_CODES)).size).toBe(TABLE3_LEAF_KEYS.length);
    for (const column of APPLICANT_COLUMNS) expect(table3ColumnOfCode(TABLE3_COLUMN_CODES[column])).toBe(column);
    for (const leaf of TABLE3_LEAF_KEYS) expect(table3LeafOfCode(TABLE3_LEAF_CODES[leaf])).toBe(leaf);
    expect(table3LeafOfCode(39)).toBeNull();
    expect(table3ColumnOfCode(0)).toBeNull();
  });

  it('a leaf\'s code reads as its key', () => {
    expect([TABLE3_LEAF_CODES['三（一）'], TABLE3_LEAF_CODES['三（三）4'], TABLE3_LEAF_CODES['三（六）3']]).toEqual([10, 34, 63]);
  });

  it.each(Object.values(Outcome))('a request closed as %s is coded in its leaf', (outcome) => {
    expect(table3CodesOf(closed(outcome))).toEqual({ column: 5, leaf: TABLE3_LEAF_CODES[outcomeInfo(outcome).row as keyof typeof TABLE3_LEAF_CODES] });
  });

  it.each`
    edge                                     | facts                                                                       | codes
    ${'a withdrawal: 三（六）3'}             | ${closed(null, true)}                                                       | ${{ column: 5, leaf: 63 }}
    ${'open: no leaf yet'}                   | ${{ ...closed(null), closedDate: null }}                                    | ${{ column: 5, leaf: null }}
    ${'a citizen'}                           | ${{ ...closed(Outcome.DISCLOSED), applicantType: 'citizen', organizationKind: null }} | ${{ column: 1, leaf: 10 }}
    ${'an organization of no recorded kind'} | ${{ ...closed(Outcome.DISCLOSED), organizationKind: null }}                 | ${{ column: null, leaf: 10 }}
  `('$edge', ({ facts, codes }) => {
    expect(table3CodesOf(facts)).toEqual(codes);
  });
});
