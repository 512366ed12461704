export * from './message-board';
export * from './message-deadline';
export * from './handle-message';
export * from './suggest-message-unit';
export * from './summarize-message-month';
export * from './message-rule';
