import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/calculators/ (`npm run test:mutation`,
// stryker.config.mjs): the unit tests only. The build tests (tests/build, tests/content) run
// astro build, take minutes, and test nothing in src/calculators/ that the unit tests do not.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
