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
  await expect(dialog.getByRole('link', { name: 'Lack of clear ownership' }).or(dialog.getByRole('link', { name: /ownership/i }).first())).toBeVisible();
  await expect(first.locator('mark').first()).toContainText(/ownership/i);
  await expectNoAxeViolations(page, '(search open)');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/failures\/[a-z-]+\/$/);
});

test('search opens from the header button and with Ctrl+K, and says when nothing matches', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the playbook' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('zzqxv');
  await expect(dialog.getByRole('status')).toHaveText('No pages match “zzqxv”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});

test('content pages load no script file until search opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('pyramid/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('pyramid');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('match');
  expect(scripts.some((s) => s.endsWith('/search-dialog.js'))).toBe(true);
  expect(scripts.some((s) => s.includes('/pagefind/'))).toBe(true);
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
