export * from './calendar';
export * from './account';
