export * from './subscribe-field';
export * from './subscribe-template';
export * from './subscribe-consent';
export * from './wechat-send-outcome';
export * from './delivery-status';
