import { Foundation1763800000000 } from './1763800000000-foundation';

/** Every migration, in order. Listed explicitly so the bundle needs no file globbing at run time. */
export const MIGRATIONS = [Foundation1763800000000];
