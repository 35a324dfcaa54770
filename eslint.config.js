// Lint runs in `npm test` (`npm run lint`, --max-warnings=0): any finding fails the build.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundaries } from './eslint.boundaries.js';

export default defineConfig(
  { ignores: ['dist/**', 'dev-dist/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'tests/bench/results/**'] },
  js.configs.recommended,
  {
    // TypeScript, checked with the types of tsconfig.json.
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A new PdfBlock kind (or member of any union) must be handled wherever that union is
      // switched on, or it compiles and silently does nothing.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // TypeScript already reports undefined names, and knows the DOM and Node types.
      'no-undef': 'off',
      // Our method-shaped types (component props, the store's actions) are plain closures that
      // never read `this`, and there are no classes of ours: the rule would only flag those.
      '@typescript-eslint/unbound-method': 'off',
      // `_name` and rest siblings drop a field on purpose (tsc's noUnusedLocals reports the rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read JSON back, use `expect.any(...)` and import the scaffold's .mjs: values typed
    // `any` on purpose, which the assertions then check.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Build scripts, the bench and configs: plain JavaScript for Node, without type information.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The bench's page.evaluate callbacks run in the browser.
    files: ['tests/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...boundaries,
);
