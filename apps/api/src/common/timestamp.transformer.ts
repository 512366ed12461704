import { ValueTransformer } from 'typeorm';

/**
 * SQLite hands datetimes back as 'YYYY-MM-DD HH:MM:SS.SSS' text in UTC and MySQL as Date objects; entities always
 * see a Date, stored in UTC on both.
 */
export const utcDate: ValueTransformer = {
  to: (value: Date | null | undefined) => value ?? null,
  from: (value: string | Date | null) => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value;
    return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
  },
};
