// The white-label build served under /handbook/, as on a project site: navigation, search and
// the theme all work below the sub-folder, and the site wears the second organisation's brand.
import { expect, expectNoAxeViolations, test } from '../e2e/fixtures.ts';

// These tests are about the offline worker, which playwright.config.ts blocks everywhere else.
test.use({ serviceWorkers: 'allow' });

test('pages work and are rebranded under the base path', async ({ page }) => {
  await page.goto('');
  await expect(page).toHaveTitle('Acme Service Handbook');
  await expect(page.getByRole('link', { name: 'Acme Service Handbook' }).first()).toHaveAttribute('href', '/handbook/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Failures' }).click();
  await expect(page).toHaveURL(/\/handbook\/failures\/$/);
  // The click resolves once the new address commits, which can be before the page's stylesheets
  // have loaded; so the colour is polled until the theme applies, rather than read once.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()))
    .toBe('#8a2be2');
  await expectNoAxeViolations(page);
});

test('with offline: false in its config, no service worker registers', async ({ page }) => {
  await page.goto('');
  // The bootstrap would register the worker on the load event; once the page has loaded, it has
  // had its chance.
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => document.documentElement.dataset.sw)).toBeUndefined();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test('search finds pages and links them under the base path', async ({ page }) => {
  await page.goto('glossary/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the playbook' });
  await expect(dialog.getByLabel('Words to search for')).toBeFocused();
  await page.keyboard.type('ownership');
  await expect(dialog.getByRole('status')).toContainText('match');
  const href = await dialog.getByRole('listitem').first().getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/handbook\//);
});

test('/search/?q= works under the base path: the form stays below it and results link below it', async ({ page }) => {
  await page.goto('search/?q=ownership');
  await expect(page.getByRole('main').getByRole('link', { name: 'Lack of ownership', exact: true })).toHaveAttribute(
    'href',
    '/handbook/failures/no-clear-ownership/',
  );
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('retention');
  await expect(page).toHaveURL(/\/handbook\/search\/\?q=retention$/);
});

test('an unknown address under the base path gets the rebranded 404 page', async ({ page }) => {
  const response = await page.goto('missing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/Acme Service Handbook/);
});
