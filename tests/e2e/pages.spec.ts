// Every page of the built site, in both themes: zero axe violations, no console errors (a CSP
// violation is one), and no request that leaves the site (checked by the shared fixture).
import { htmlPages } from '../dist/dist-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

const DIST = process.env.CXP_E2E_DIR ?? 'dist';
const paths = htmlPages(DIST).map((p) => p.path.replace(/^\//, ''));

for (const path of paths) {
  test(`/${path}: axe in both themes, no console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    const response = await page.goto(path);
    expect(response?.status(), 'HTTP status').toBe(200);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await expectNoAxeViolations(page, `(${theme})`);
    }
    expect(errors).toEqual([]);
  });
}

test('an unknown address serves the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

