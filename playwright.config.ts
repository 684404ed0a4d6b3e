import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Browser tests run in Debian's Chromium (Playwright cannot download browsers here) against the
// built site served by scripts/serve.mjs, exactly as a static host would serve it.
// CXP_E2E_DIR / CXP_E2E_PORT / CXP_E2E_BASE pick which build to test (default: dist at /, on a
// free port, so the tests run while `npm start` serves on 4321).
const dir = process.env.CXP_E2E_DIR ?? 'dist';
// Playwright loads this file again in each worker process; the port chosen here is put in the
// environment, which the workers inherit, so they all reach the same server.
process.env.CXP_E2E_PORT ??= freePort();
const port = Number(process.env.CXP_E2E_PORT);
const base = process.env.CXP_E2E_BASE ?? '/';

// CXP_E2E_SUITE=white-label runs tests/e2e-white-label/ against the second organisation's build.
const suite = process.env.CXP_E2E_SUITE === 'white-label' ? 'tests/e2e-white-label' : 'tests/e2e';

export default defineConfig({
  testDir: suite,
  fullyParallel: true,
  workers: Number(process.env.CXP_E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 30_000,
  // Each assertion waits on the page's state for up to 10 s, not Playwright's 5 s: on a shared
  // 2-core machine with a build beside it, a large island (the assessment after a reload) can take
  // longer than 5 s to hydrate. Nothing waits on time; this only bounds the wait for a state.
  expect: { timeout: 10_000 },
  reporter: process.env.CXP_E2E_JSON ? [['list'], ['json', { outputFile: process.env.CXP_E2E_JSON }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    // The offline worker would otherwise take over a page part-way through a test, and requests it
    // answers bypass page.route() (a test that slows the search code would race it). The specs
    // about the worker itself allow it: tests/e2e/offline.spec.ts, tests/e2e-white-label/.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

/** A TCP port free on 127.0.0.1 right now: listen on port 0, read the port the system gave, close. */
function freePort(): string {
  const script =
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}
