import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/calculators/ (`npm run test:mutation`,
// stryker.config.mjs): the unit tests that import src/calculators/, directly or through
// src/lib/inputs.ts, src/lib/url-state.ts and src/tools/registry.ts. The other unit tests do not reach the
// calculators, and the build tests (tests/build, tests/content) run astro build for minutes.
export default defineConfig({
  test: {
    include: [
      'tests/unit/calculators/**/*.test.ts',
      'tests/unit/lib/inputs.test.ts',
      'tests/unit/lib/url-state.test.ts',
      'tests/unit/tools/registry.test.ts',
    ],
    environment: 'node',
    // Instrumented code on a busy machine: the property tests with 1,000+ runs can pass vitest's 5 s default.
    testTimeout: 60_000,
  },
});
