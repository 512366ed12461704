export * from './legal-refusal';
