export * from './check-password-policy';
