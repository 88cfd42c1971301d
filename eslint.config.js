// ESLint flat config: typescript-eslint's type-checked rules for the promises the code makes in
// comments (no floating promises, no misused promises), exhaustive switches, type-only imports,
// and no import cycles. `npm run lint`, part of `npm test`.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.build/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // `_` names a value that must be taken but is not used (a drained stream's chunks).
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // An async function without await is how an implementation of a Promise-returning interface stays one shape.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Start-up: see CONTRIBUTING.md. Tests may import it (to compare against it).
    files: ['packages/**/*.ts', 'actions/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'Use packages/core/src/workflow-commands.ts: @actions/core loads its HTTP stack at start-up.' }] }],
    },
  },
);
