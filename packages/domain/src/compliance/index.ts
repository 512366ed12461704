export * from './compliance-severity';
export * from './find-late-messages';
export * from './find-missing-adoptions';
export * from './annual-report-deadline-severity';
