import { defineConfig } from 'vitest/config';

// Unit and content tests: fast, no build needed. Tests over the built site live in
// vitest.dist.config.ts and browser tests in playwright.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
