export * from './review-content';
export * from './interpretation-compliance';
