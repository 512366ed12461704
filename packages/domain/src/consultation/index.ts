export * from './consultation-window';
export * from './split-draft-articles';
export * from './consultation-rule';
