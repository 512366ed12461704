import { CONTRACT_VIOLATIONS_FILE, describeContractViolation, readContractViolations } from './contract-violations';

/**
 * After the whole e2e run: any answer that did not fit the OpenAPI document fails it. Under config/scripts/test.mjs
 * (CONTRACT_VIOLATIONS_COUNTED_BY_RUNNER=1) the runner counts each violation as one failure instead, so here they are
 * only listed.
 */
export default function contractTeardown(): void {
  const violations = readContractViolations();
  if (!violations.length) return;
  const distinct = [...new Set(violations.map(describeContractViolation))];
  const report = `${violations.length} answer(s) do not fit the OpenAPI document (${CONTRACT_VIOLATIONS_FILE}):\n  ${distinct.join('\n  ')}`;
  if (process.env.CONTRACT_VIOLATIONS_COUNTED_BY_RUNNER === '1') {
    console.error(report);
    return;
  }
  throw new Error(report);
}
