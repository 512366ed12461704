export * from './local-date';
export * from './working-calendar';
export * from './is-working-day';
export * from './add-working-days';
export * from './count-working-days';
export * from './china-display';
export * from './missing-calendar-years';
