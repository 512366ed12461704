import { ReportFacts } from './report-facts-of';
import { table3ColumnOf } from './table3-column-of';
import { table3LeafOf } from './table3-leaf-of';
import { ApplicantColumn, Table3LeafKey } from './table3-rows';

/**
 * Where a request counts in table 三 as two small numbers, projected onto the request row (report_column,
 * report_leaf) so a database can count a year of a million requests from a narrow index. The numbers are stored:
 * they are fixed here, never derived from the order of the tables, and never renumbered. A leaf's number reads as its
 * key: 三（三）4 is 34, 三（一） is 10.
 */
export const TABLE3_COLUMN_CODES: Readonly<Record<ApplicantColumn, number>> = {
  citizen: 1,
  business: 2,
  research: 3,
  public_interest: 4,
  legal_service: 5,
  other: 6,
};

export const TABLE3_LEAF_CODES: Readonly<Record<Table3LeafKey, number>> = {
  '三（一）': 10,
  '三（二）': 20,
  '三（三）1': 31,
  '三（三）2': 32,
  '三（三）3': 33,
  '三（三）4': 34,
  '三（三）5': 35,
  '三（三）6': 36,
  '三（三）7': 37,
  '三（三）8': 38,
  '三（四）1': 41,
  '三（四）2': 42,
  '三（四）3': 43,
  '三（五）1': 51,
  '三（五）2': 52,
  '三（五）3': 53,
  '三（五）4': 54,
  '三（五）5': 55,
  '三（六）1': 61,
  '三（六）2': 62,
  '三（六）3': 63,
};

export interface Table3Codes {
  /** Null for an organization whose kind was never recorded (table3ColumnOf refuses to guess it). */
  column: number | null;
  /** The leaf of a closed request; null while it is open. */
  leaf: number | null;
}

/** The codes of one request as its facts stand: what the case store projects after every event. */
export function table3CodesOf(facts: ReportFacts): Table3Codes {
  const column = facts.applicantType === 'citizen' || facts.organizationKind !== null ? TABLE3_COLUMN_CODES[table3ColumnOf(facts)] : null;
  const closed = facts.closedDate !== null && (facts.withdrawn || facts.outcome !== null);
  return { column, leaf: closed ? TABLE3_LEAF_CODES[table3LeafOf(facts)] : null };
}

/** The column a stored code names, or null for a code no column has. */
export function table3ColumnOfCode(code: number): ApplicantColumn | null {
  return (Object.keys(TABLE3_COLUMN_CODES) as ApplicantColumn[]).find((column) => TABLE3_COLUMN_CODES[column] === code) ?? null;
}

/** The leaf a stored code names, or null for a code no leaf has. */
export function table3LeafOfCode(code: number): Table3LeafKey | null {
  return (Object.keys(TABLE3_LEAF_CODES) as Table3LeafKey[]).find((leaf) => TABLE3_LEAF_CODES[leaf] === code) ?? null;
}
