// The home page's three ways in (why programmes fail, a business case, an assessment) come right
// after the heading that says what the site is for, inside the first screen on a phone and a laptop.
import { expect, test } from './fixtures.ts';

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

for (const viewport of viewports) {
  test(`the three ways in are inside the first screen at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/customer-experience programmes/);
    const ways = [
      { name: 'Understand why CX programmes fail', href: /\/failures\/$/ },
      { name: 'Build a business case', href: /\/tools\/roi\/$/ },
      { name: 'Assess your organisation', href: /\/tools\/assessment\/$/ },
    ];
    for (const way of ways) {
      const heading = page.getByRole('heading', { level: 3, name: way.name });
      await expect(heading.getByRole('link')).toHaveAttribute('href', way.href);
      // The whole card, its text included, ends above the bottom of the viewport.
      const box = await heading.locator('xpath=ancestor::li[1]').boundingBox();
      expect(box, way.name).not.toBeNull();
      expect(box!.y, `${way.name}: top`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${way.name}: bottom edge at ${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
    }
    // The business case names both of its calculators.
    const business = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Build a business case' }) });
    await expect(business.getByRole('link', { name: 'Customer lifetime value' })).toHaveAttribute('href', /\/tools\/clv\/$/);
    // Pyramid and headline figures come after the ways in.
    const order = await page.locator('main h2').allTextContents();
    expect(order.indexOf('Where to start')).toBeLessThan(order.indexOf('Climb the CX pyramid from the base'));
    expect(order.indexOf('Climb the CX pyramid from the base')).toBeLessThan(order.indexOf('Why programmes stall'));
  });
}

test('the home page states the 81% figure with its source, and no proven-link figure', async ({ page }) => {
  await page.goto('');
  const stat = page.locator('main [data-stat="cx-leaders-compete-on-experience"]');
  await expect(stat).toHaveCount(1);
  await expect(stat).toContainText('81%');
  await expect(stat.getByRole('link')).toHaveAttribute('href', /\/sources\/#/);
  await expect(page.locator('main')).toContainText('“significantly lower”');
});
