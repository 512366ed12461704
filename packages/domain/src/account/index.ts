export * from './check-password-policy';
export * from './sign-in-delay';
