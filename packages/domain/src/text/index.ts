export * from './text-similarity';
export * from './normalize-for-screening';
