export * from './check-resident-id';
export * from './check-credit-code';
export * from './check-contact';
export * from './mask';
