// Reader features: search from any page by keyboard or button, the theme switch and its
// persistence without a flash, and navigation aids.
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('search opens with "/" and finds the right page', async ({ page }) => {
  await page.goto('failures/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the playbook' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Words to search for')).toBeFocused();
  await page.keyboard.type('ownership');
  const first = dialog.getByRole('listitem').first();
  await expect(dialog.getByRole('status')).toContainText('match “ownership”');
  // The pattern page about ownership is a result, with the query highlighted in its excerpt.
  const result = dialog.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Lack of ownership', exact: true }) });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toContainText(/ownership/i);
  await expect(first.locator('mark').first()).toContainText(/ownership/i);
  await expectNoAxeViolations(page, '(search open)');
  await result.getByRole('link').click();
  await expect(page).toHaveURL(/\/failures\/no-clear-ownership\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lack of ownership');
});

test('search opens from the header button and with Ctrl+K, and says when nothing matches', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the playbook' });
  await expect(dialog.getByLabel('Words to search for')).toBeFocused();
  // Pagefind also matches an indexed word that begins the query (the formula letter "z" on
  // /tools/nps/ matches "zzqxv"), so the empty case needs a word nothing on the site begins.
  await page.keyboard.type('xylograph');
  await expect(dialog.getByRole('status')).toHaveText('No pages match “xylograph”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('content pages load no script file until search opens, and keys typed while it loads reach the search box', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('pyramid/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  // A slow network: the search code takes 400 ms to arrive, and the reader types straight away.
  // The route sees the request itself (Playwright's request event for an intercepted request can
  // arrive late), so it also records that the search code was fetched on opening.
  let searchCodeFetched = false;
  await page.route('**/search-dialog.js', async (route) => {
    searchCodeFetched = true;
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.keyboard.press('/');
  await page.keyboard.type('pyramid');
  // No keystroke typed while the code loaded is lost.
  await expect(page.getByRole('dialog').getByLabel('Words to search for')).toHaveValue('pyramid');
  await expect(page.getByRole('dialog').getByLabel('Words to search for')).toBeFocused();
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('match “pyramid”');
  expect(searchCodeFetched).toBe(true);
  await expect.poll(() => scripts.some((s) => s.includes('/pagefind/'))).toBe(true);
});

test('the theme switch toggles, persists across pages and reloads, and applies before paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('glossary/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('sources/', { waitUntil: 'commit' });
  // Before any later script could run, the bootstrap in <head> has already set the theme.
  await page.waitForSelector('body', { state: 'attached' });
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the system dark setting is followed when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('about/');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('failures/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('/print/ holds the whole playbook in reading order and prints without the site chrome', async ({ page }) => {
  await page.goto('print/');
  const h2 = await page.locator('main h2').allTextContents();
  const expected = [
    'The CX pyramid',
    'Level 1:',
    'Level 2:',
    'Level 3:',
    'Level 4:',
    'Level 5:',
    'Leadership and ownership',
    'Glossary',
    'Sources',
  ];
  let at = -1;
  for (const start of expected) {
    const i = h2.findIndex((t, j) => j > at && t.startsWith(start));
    expect(i, `heading starting "${start}" after position ${at}`).toBeGreaterThan(at);
    at = i;
  }
  // Every failure pattern of every theme is on the page (18 patterns, each an <article>).
  expect(await page.locator('article[aria-labelledby^="failure-"]').count()).toBeGreaterThanOrEqual(18);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Search/ })).toBeHidden();
});

test('no Content-Security-Policy violation while searching and switching theme', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('pyramid/useful-information/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.keyboard.press('/');
  // The dialog's module loads on the key press; type once its field has focus, as a reader would.
  await expect(page.getByRole('dialog').getByLabel('Words to search for')).toBeFocused();
  await page.keyboard.type('retention');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('match');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

// A violation that code catches (zod's JIT once probed `new Function`) logs no console error, but
// browsers report it and Lighthouse's best-practices score drops; so the tools are watched too.
test('no Content-Security-Policy violation on the tool pages, islands hydrated and charts drawn', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const seen: string[] = [];
  for (const path of ['tools/clv/', 'tools/roi/', 'tools/nps/', 'tools/assessment/', 'assessment/team/']) {
    await page.goto(path);
    // Every island hydrated (Astro drops `ssr` then), then every chart scrolled to and drawn.
    await expect(page.locator('astro-island')).not.toHaveCount(0);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    for (const chart of await page.locator('figure[data-chart]').all()) {
      await chart.locator('canvas').scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute('data-chart-state', 'ready');
    }
    seen.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
  }
  expect(seen).toEqual([]);
});
