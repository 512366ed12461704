export * from './parse-catalog';
export * from './update-rule';
