/** The named limits (AppConfig.rateLimits); a route opts into the ones it needs with @RateLimit(...). */
export type RateLimitName = 'signIn' | 'reads' | 'writes' | 'uploads' | 'comments';

export const RATE_LIMIT_NAMES: readonly RateLimitName[] = ['signIn', 'reads', 'writes', 'uploads', 'comments'];

/** Counted in the database, together across instances. */
export const SHARED_LIMITS: ReadonlySet<string> = new Set<RateLimitName>(['signIn', 'writes', 'uploads', 'comments']);

/** Counted per signed-in account rather than per client address. */
export const ACCOUNT_LIMITS: ReadonlySet<string> = new Set<RateLimitName>(['uploads', 'comments']);
