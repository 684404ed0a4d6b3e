import { defineConfig } from 'vitest/config';

// Unit and content tests, and a few that run astro build in a scratch folder (tests/build,
// tests/content/build-fails.test.ts). Tests over the built site live in
// vitest.dist.config.ts and browser tests in playwright.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // A limit, not a wait: the property tests are CPU-bound (about 1 to 3 s each when the machine is
    // quiet), and on a shared 2-core machine with a build beside them they can pass vitest's 5 s default.
    testTimeout: 20_000,
  },
});
