import fs from 'node:fs';
import path from 'node:path';

/** Where the servers append answers that do not fit the OpenAPI document, one JSON line each (config/scripts/test.mjs reads it too). */
export const CONTRACT_VIOLATIONS_FILE = process.env.CONTRACT_CHECK_FILE || path.resolve(__dirname, '../../.artifacts/contract-violations.jsonl');

export interface ContractViolationLine {
  method: string;
  route: string;
  status: number;
  problem: string;
  errors?: { instancePath: string; message?: string }[];
}

export function readContractViolations(file = CONTRACT_VIOLATIONS_FILE): ContractViolationLine[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ContractViolationLine);
}

/** One line a person reads: the route, the status and what did not fit, field by field. */
export function describeContractViolation(violation: ContractViolationLine): string {
  const fields = (violation.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}`.trim());
  return `${violation.method} ${violation.route} → ${violation.status}: ${violation.problem}${fields.length ? ` (${fields.join('; ')})` : ''}`;
}
