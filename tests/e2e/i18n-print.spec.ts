// The German print page in a browser: the playbook's German text where it is translated (the
// pyramid, the themes, the pattern inverted-pyramid), the untranslated patterns English and marked
// so on their article only, no "not yet translated" notice; axe-clean in both themes; no sideways
// scroll on a 320 px screen. What the markup holds in detail: tests/dist/print-de.test.ts.
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

test('the German print page reads German where translated and marks English blocks; axe-clean in light and dark', async ({ page }) => {
  await page.goto('de/print/');
  await expect(page.locator('.fallback-note')).toHaveCount(0);
  const level = page.locator('article[aria-labelledby="level-useful-information"]');
  await expect(level.getByRole('heading', { level: 2 })).toHaveText(
    'Stufe 1: Kunden Informationen geben, mit denen sie etwas anfangen können',
  );
  await expect(level).not.toHaveAttribute('lang', /./);
  const german = page.locator('article[aria-labelledby="failure-inverted-pyramid"]');
  await expect(german.getByRole('heading', { level: 2 })).toHaveText('Die umgekehrte Pyramide');
  await expect(german).not.toHaveAttribute('lang', /./);
  const english = page.locator('article[aria-labelledby="failure-not-measuring"]');
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english.getByRole('heading', { level: 3, name: 'Woran Sie es merken' })).toHaveAttribute('lang', 'de');
  // The same statistic in the language of the block it is cited in.
  await expect(page.locator('[aria-labelledby="level-needs-anticipated"] [data-stat="ceos-behind-expectations"]').first()).toContainText(
    'Mehr als die Hälfte der CEOs',
  );
  await expect(
    page.locator('[aria-labelledby="failure-too-busy-for-customers"] [data-stat="ceos-behind-expectations"]').first(),
  ).toContainText('More than half of CEOs');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, German print page)`);
  }
});

test('the German print page fits a 320 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('de/print/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
