// The pyramid diagram's labels stay inside their shapes at every width, and /pyramid/ lists the
// levels from the base up, as its text says.
import { expect, test } from './fixtures.ts';

// The home page's diagram (links) and the assessment result's (the same geometry, drawn by its island).
const diagrams = [
  { page: '', bands: 'main .pyramid svg a' },
  { page: 'tools/assessment/', bands: 'main .as-pyramid svg g' },
];

for (const width of [320, 390, 1280]) {
  for (const diagram of diagrams) {
    test(`every pyramid label lies inside its shape at ${width} px on /${diagram.page}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(diagram.page);
      const bands = page.locator(diagram.bands);
      // Five bands, one per level, each with a label.
      await expect(bands.locator('text')).toHaveCount(5);
      const outside = await bands.evaluateAll((all) =>
        all.flatMap((band) => {
          const polygon = band.querySelector('polygon')!;
          const text = band.querySelector('text')!;
          const toSvg = polygon.getScreenCTM()!.inverse();
          // Each rendered line's box (its client rectangle) must have all four corners in the shape.
          return [...text.querySelectorAll(':scope > tspan')].flatMap((line) => {
            const r = line.getBoundingClientRect();
            const corners = [
              [r.left, r.top],
              [r.right, r.top],
              [r.left, r.bottom],
              [r.right, r.bottom],
            ];
            const out = corners.filter(([x, y]) => !polygon.isPointInFill(new DOMPoint(x, y).matrixTransform(toSvg)));
            return out.length ? [`"${line.textContent}": ${out.length} corner(s) outside`] : [];
          });
        }),
      );
      expect(outside).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test('/pyramid/ lists the levels from the base up, level 1 first, one to a row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('pyramid/');
  const list = page.getByRole('list', { name: 'The five levels, from the base up' });
  const titles = await list.getByRole('heading', { level: 3 }).allTextContents();
  expect(titles.map((t) => t.trim().slice(0, 'Level 1'.length))).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5']);
  // One column: every card starts at the same x, so level 1 never sits alone on a row.
  const xs = await list.getByRole('listitem').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().left));
  expect(new Set(xs).size).toBe(1);
});
