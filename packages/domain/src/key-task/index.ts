export * from './key-task-deadline';
export * from './key-task-status';
export * from './parse-key-tasks';
