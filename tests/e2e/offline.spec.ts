// Offline use (issue 19): after one visit the service worker (src/scripts/sw.js, written into the
// build by src/integrations/offline.ts) has every page and asset, so with the network gone a reader
// can still read a content page, search and use the tools. Each test serves its own copy of the
// build on its own port and stops that server before going offline, so nothing can come from the
// network even if the browser's offline switch missed a request; the context is set offline too.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { precacheEntries, SERVICE_WORKER_FILE, serviceWorkerScript } from '../../src/lib/build/offline.ts';
import { expectNoAxeViolations, setTheme } from './fixtures.ts';

const DIST = process.env.CXP_E2E_DIR ?? 'dist';

/** A port free on 127.0.0.1 right now. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * Like the other specs' fixture (fixtures.ts), a request that leaves the site fails the test; here
 * the site is the test's own server, so every request must go to 127.0.0.1 (any port of it).
 */
const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on('request', (req) => {
        if (!/^(?:http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(req.url())) offsite.push(req.url());
      });
      await use(offsite);
      expect(offsite, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});

// These tests are about the offline worker, which playwright.config.ts blocks everywhere else.
test.use({ serviceWorkers: 'allow' });

/** Serves `dir` with scripts/serve.mjs, as the other browser tests' server does; resolves once it listens. */
async function serve(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.kill();
    });
  return { url: `http://127.0.0.1:${port}/`, stop };
}

/** Waits until a service worker controls the page: it has precached everything and claimed the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const done = () => navigator.serviceWorker.controller && resolve();
        navigator.serviceWorker.addEventListener('controllerchange', done);
        done();
      }),
  );
}

/** A copy of the build a test may change, removed afterwards (the Open Graph cards are left out: no page loads them). */
function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cxp-offline-'));
  cpSync(DIST, dir, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'og')) });
  return dir;
}

test('after one visit, a content page, search, every tool and the 404 page work with the network gone', async ({ page, context }) => {
  const server = await serve(DIST);
  try {
    await page.goto(server.url);
    await controlled(page);
  } finally {
    await server.stop();
  }
  await context.setOffline(true);

  // A content page none of this test's pages linked to or prefetched: only the precache has it.
  const article = await page.goto(`${server.url}failures/no-clear-ownership/`);
  expect(article?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lack of ownership');

  // Search: Pagefind's script, WebAssembly and index files all come from the precache.
  await page.goto(`${server.url}search/?q=ownership`);
  await expect(page.getByRole('status')).toContainText('match “ownership”');
  await expect(page.getByRole('main').getByRole('link', { name: 'Lack of ownership', exact: true })).toBeVisible();

  // A calculator: CLV with the hand-derived case of clv.spec.ts. Margin a year m = 100 × 2 × 0.50
  // = 100; CLV = m / (1 + d − r) = 100 / (1 + 0.25 − 0.50) = 133.33 -> €133.
  await page.goto(`${server.url}tools/clv/`);
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  const inputs = { orderValue: '100', ordersPerYear: '2', margin: '50', retention: '50', discountRate: '25', acquisitionCost: '50' };
  for (const [name, text] of Object.entries(inputs)) await page.locator(`.calc input[name="${name}"]`).fill(text);
  await expect(page.locator('[data-result="clv"] .calc-value')).toHaveText('€133');
  // Change one input and the result follows: retention 60% gives 100 / (1.25 − 0.60) = 153.85 -> €154.
  await page.locator('.calc input[name="retention"]').fill('60');
  await expect(page.locator('[data-result="clv"] .calc-value')).toHaveText('€154');

  // Every other tool's islands load and start (their JavaScript comes from the precache): Astro
  // drops an island's `ssr` attribute once it has hydrated.
  for (const tool of ['roi', 'nps', 'assessment']) {
    await page.goto(`${server.url}tools/${tool}/`);
    await expect(page.locator('astro-island').first(), `/tools/${tool}/ has an island`).toBeAttached();
    await expect(page.locator('astro-island[ssr]'), `/tools/${tool}/ hydrated offline`).toHaveCount(0);
  }

  // A page that does not exist gets the site's 404 page rather than the browser's offline error.
  await page.goto(`${server.url}no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i);
});

test('an update is picked up on the next visit, with a note to reload; the note passes axe', async ({ page, context }) => {
  const dir = copyOfBuild();
  const server = await serve(dir);
  try {
    await page.goto(`${server.url}failures/no-clear-ownership/`);
    await controlled(page);
    const note = page.getByRole('status').filter({ hasText: 'updated' });
    await expect(note).toHaveCount(0);

    // A new release: one page's title changes, and the worker is rebuilt as the build would.
    const file = join(dir, 'failures', 'no-clear-ownership', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('>Lack of ownership</h1>', '>Lack of ownership, revised</h1>'));
    writeFileSync(join(dir, SERVICE_WORKER_FILE), serviceWorkerScript(precacheEntries(dir)));

    // The next visit still shows the copy the reader has, then the new worker takes over and says so.
    await page.goto(`${server.url}failures/no-clear-ownership/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lack of ownership');
    await expect(note).toHaveText('This site has been updated. Reload the page for the latest version.');
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await expectNoAxeViolations(page, `(update note, ${theme})`);
    }
    await note.getByRole('link', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lack of ownership, revised');

    // And the new copy is the one kept offline.
    await server.stop();
    await context.setOffline(true);
    await page.goto(`${server.url}failures/no-clear-ownership/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lack of ownership, revised');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('switching offline off releases a reader who installed the worker: it unregisters and its cache goes', async ({ page }) => {
  const dir = copyOfBuild();
  const server = await serve(dir);
  try {
    await page.goto(server.url);
    await controlled(page);
    expect(await page.evaluate(() => caches.keys())).toHaveLength(1);

    // The same site rebuilt with `offline: false`: no page names the worker, which retires.
    const retiring = serviceWorkerScript([]);
    writeFileSync(join(dir, SERVICE_WORKER_FILE), retiring);
    for (const entry of precacheEntries(dir).filter((e) => e.path.endsWith('/') || e.path.endsWith('.html'))) {
      const file = join(
        dir,
        entry.path === './' ? 'index.html' : entry.path.endsWith('/') ? `${decodeURI(entry.path)}index.html` : decodeURI(entry.path),
      );
      writeFileSync(file, readFileSync(file, 'utf8').replace(/ data-sw="[^"]*"/, ''));
    }

    await page.goto(`${server.url}glossary/`);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
