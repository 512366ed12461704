/**
 * Sign-in throttling per account (等保 2.0 三级 “登录失败处理”: limit failed attempts, act on repeated failure).
 * Not a lock: a stranger who knows a username must not be able to keep its owner out, so failures buy a wait that
 * doubles from the fourth on and stops growing at 15 minutes. The count resets on a successful sign-in.
 */
export const FREE_SIGN_IN_FAILURES = 3;
export const MAX_SIGN_IN_DELAY_SECONDS = 15 * 60;

/** Seconds before the next attempt is heard, after `failures` failures in a row. */
export function signInDelaySeconds(failures: number): number {
  if (!Number.isInteger(failures) || failures < 0) throw new RangeError(`not a failure count: ${failures}`);
  if (failures <= FREE_SIGN_IN_FAILURES) return 0;
  return Math.min(MAX_SIGN_IN_DELAY_SECONDS, 2 ** (failures - FREE_SIGN_IN_FAILURES));
}
