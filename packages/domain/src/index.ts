export * from './calendar';
export * from './account';
export * from './identity';
export * from './disclosure';
export * from './catalog';
export * from './publishing';
