// /search/ has a search box of its own that works on a phone: it reads ?q= on arrival, shows
// Pagefind's results, and keeps ?q= in step with what is typed.
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

test('/search/?q=ownership on a phone lists the ownership pattern', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('search/?q=ownership');
  const box = page.getByRole('searchbox', { name: 'Words to search for' });
  await expect(box).toHaveValue('ownership');
  await expect(page.getByRole('status')).toContainText('match “ownership”');
  const result = page.getByRole('main').getByRole('link', { name: 'Lack of ownership', exact: true });
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', /\/failures\/no-clear-ownership\/$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(results shown, ${theme})`);
  }
});

test('typing in the box searches and updates ?q=; the Search button works like Enter', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Words to search for' });
  await box.fill('retention');
  await expect(page.getByRole('status')).toContainText('match “retention”');
  await expect(page).toHaveURL(/\/search\/\?q=retention$/);
  await box.fill('');
  await expect(page.getByRole('status')).toHaveText('');
  await expect(page).toHaveURL(/\/search\/$/);
  // Pagefind also matches an indexed word that begins the query, so the empty case needs a word
  // nothing on the site begins (as in reader.spec.ts).
  await box.fill('xylograph');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('No pages match “xylograph”.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box is a plain form that sends ?q=', async ({ page }) => {
    await page.goto('search/');
    await page.getByRole('searchbox', { name: 'Words to search for' }).fill('pyramid');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    // The browser itself sends the query; the page that arrives is /search/ again, with ?q= set.
    await expect(page).toHaveURL(/\/search\/\?q=pyramid$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  });
});

test('the header search still opens the dialog on /search/', async ({ page }) => {
  await page.goto('search/');
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Search/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Search the playbook' }).getByLabel('Words to search for')).toBeFocused();
});
