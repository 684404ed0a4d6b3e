import { defineConfig } from 'vitest/config';

// Tests over the built output (`dist/`): links, budgets, what pages contain. Run after a build.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
