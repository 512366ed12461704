import { industryOf } from './industry-of';

/** Whether a code is a GB/T 4754-2017 门类 letter (A–T) or 大类 (01–97), as policy conditions name industries. */
export function isIndustryCode(code: unknown): code is string {
  return typeof code === 'string' && industryOf(code) !== null;
}
