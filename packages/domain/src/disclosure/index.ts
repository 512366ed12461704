export * from './disclosure-rule';
export * from './outcome';
export * from './request-event';
export * from './request-state';
export * from './apply-request-event';
export * from './processing-fee';
export * from './compose-letter';
