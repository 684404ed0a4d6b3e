// Every page of the built site, in both themes: zero axe violations, no console errors (a CSP
// violation is one), no request that leaves the site (checked by the shared fixture), and no
// sideways scrolling on a 320 px screen.
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
    // The narrowest phone the site supports: nothing wider than the screen. Polled, because a chart
    // resizes to its new container in a ResizeObserver callback, after the viewport has changed.
    await page.setViewportSize({ width: 320, height: 640 });
    const widthAt320 = () =>
      page.evaluate(() => {
        // Elements inside a scrolling or clipping box (the header's navigation) cannot widen the page.
        const clipped = (el: Element) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== 'visible') return true;
          return false;
        };
        const culprits = [...document.querySelectorAll('main *, header *, footer *')]
          .filter((el) => el.getBoundingClientRect().right > 320.5 && !clipped(el))
          .slice(0, 3)
          .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
        return { width: document.documentElement.scrollWidth, culprits };
      });
    await expect
      .poll(async () => (await widthAt320()).width, { message: 'the page settles within 320 px' })
      .toBeLessThanOrEqual(320)
      .catch(async () => {
        const { width, culprits } = await widthAt320();
        throw new Error(`/${path} is ${width} px wide at 320 px; reaching past the edge: ${culprits.join(', ')}`);
      });
    expect(errors).toEqual([]);
  });
}

test('an unknown address serves the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the axe check fails on a violation, also when axe has already run on the page', async ({ page }) => {
  await page.goto('about/');
  await expectNoAxeViolations(page, '(clean page)');
  // An image without a text alternative, and grey text on white (contrast 1.6 to 1; set through the
  // CSSOM, as the site's Content-Security-Policy ignores style attributes).
  await page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('beforeend', '<img src="logo.svg"><p id="faint">Faint words</p>');
    Object.assign(document.getElementById('faint')!.style, { color: '#ccc', background: '#fff' });
  });
  const failure = await expectNoAxeViolations(page, '(planted)').then(
    () => null,
    (e: Error) => e.message,
  );
  expect(failure).toContain('image-alt');
  expect(failure).toContain('color-contrast');
});
