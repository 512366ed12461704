// One lint setup for the whole workspace: `pnpm lint`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'test/.artifacts/**', 'data/**', 'apps/miniapp/babel.config.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Named exports only, but Taro pages and configs must export default.
      'no-restricted-syntax': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: {
      // @IsOptional() lets null through too; each optional field says whether null is a value (NullableField) or not.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'class-validator', importNames: ['IsOptional'], message: 'Use OptionalField() (may be left out, never null) or NullableField() (null clears the value) from apps/api/src/common.' }] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.cjs', 'config/jest.*.js', 'config/jest.preset.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
