export * from './summarize-consultation-statistics';
export * from './summarize-request-statistics';
