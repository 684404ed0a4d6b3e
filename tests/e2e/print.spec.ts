// Printing from any theme: paper gets black text on white, where each link goes, and no site chrome.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const bodyColours = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { background: s.backgroundColor, text: s.color };
  });

test('printing from the system dark theme prints light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('failures/no-clear-ownership/');
  // On screen the page is dark (the site's dark background is #0f1419 = rgb(15, 20, 25)) ...
  expect(await bodyColours(page)).toEqual({ background: 'rgb(15, 20, 25)', text: 'rgb(230, 237, 243)' });
  // ... and in print black (#000) on white (#fff), the print stylesheet's colours.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await bodyColours(page)).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
});

test('printing after choosing the dark theme with the switch prints light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('about/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await bodyColours(page)).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
});

test('print shows where links in the text go, and hides the header, contents and page tools', async ({ page }) => {
  await page.goto('pyramid/');
  await page.emulateMedia({ media: 'print' });
  // The first link in the introduction's text goes to the first level's page.
  const link = page.locator('main .prose p a[href$="/pyramid/useful-information/"]').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  // content/site.yaml's siteUrl before the path (theme.css), so the address works from paper.
  expect(after).toContain('https://cx-playbook.example.org');
  expect(after).toContain('/pyramid/useful-information/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
});
