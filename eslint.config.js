// ESLint: one linter for TypeScript, React islands and Astro components (`npm run lint`, part of
// `npm test`). Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.tools/',
      'node_modules/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names are deliberately unused (placeholders in destructuring and callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Import types with `import type` so browser bundles never pull a module in for its types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The React islands: the rules of hooks. (Accessibility of what they render is checked by axe
    // on every page in the browser tests; eslint-plugin-jsx-a11y does not support ESLint 10 yet.)
    // The classic two rules: the newer React Compiler rules flag the islands' deliberate
    // after-hydration reads of the browser (saved inputs, the URL) that must not run on the server.
    files: ['src/islands/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
