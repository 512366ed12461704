export * from './common';
export * from './calendar';
export * from './organization';
export * from './auth';
export * from './audit';
export * from './dashboard';
export * from './disclosure-request';
export * from './client';
