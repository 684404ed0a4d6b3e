// Shared Playwright fixtures: every test gets a page whose requests are watched, so a request
// that leaves the site fails the test; and helpers for axe and themes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ offsiteRequests: string[] }>({
  offsiteRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const offsite: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
      });
      await use(offsite);
      expect(offsite, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Forces a theme the way the theme switch does: data-theme on <html>. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
}

/**
 * Before the page loads: records every element the page's own IntersectionObservers are asked to
 * watch, so a test can wait until a lazy chart's observer exists (see expectOutOfView).
 */
export async function watchObservers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watched = new WeakSet<Element>();
    (window as unknown as { cxpObserved: WeakSet<Element> }).cxpObserved = watched;
    const observe = IntersectionObserver.prototype.observe;
    IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
      watched.add(target);
      return observe.call(this, target);
    };
  });
}

/**
 * Waits until the page's IntersectionObserver watches `target` (watchObservers must have run before
 * the page loaded) and has been told whether it is within `margin` px of the viewport, then expects
 * it not to be. A second observer, made after the page's, reports after the page's first report, so
 * once it has reported, a lazy loader behind the page's observer has had its answer: far from view.
 * This is the state a fixed pause used to hope for.
 */
export async function expectOutOfView(target: Locator, margin: number): Promise<void> {
  await expect
    .poll(() => target.evaluate((el) => (window as unknown as { cxpObserved?: WeakSet<Element> }).cxpObserved?.has(el) ?? false), {
      message: 'the page observes the element',
    })
    .toBe(true);
  const near = await target.evaluate(
    (el, m) =>
      new Promise<boolean>((resolve) => {
        const io = new IntersectionObserver(
          (entries) => {
            io.disconnect();
            resolve(entries.some((e) => e.isIntersecting));
          },
          { rootMargin: `${m}px` },
        );
        io.observe(el);
      }),
    margin,
  );
  expect(near, `within ${margin}px of the viewport`).toBe(false);
}

/** What axe checks: every WCAG 2.0, 2.1 and 2.2 A and AA rule, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The axe-core that @axe-core/playwright bundles, read once per worker.
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Runs axe (the AXE_TAGS rules) on the page as it is now and fails with a readable list of violations.
 *
 * Why not `new AxeBuilder({ page }).analyze()` on every call: it sends axe’s 650 kB source into the
 * page on every call, runs `axe.runPartial`, then opens a second page, injects axe there too and
 * ships it the partial results, with every passing node's HTML, to `axe.finishRun`. On /print/
 * (1,400 elements) that was 11.4 s a call against 1.1 s for the same rules run in the page, and it
 * is why the axe tests timed out on a busy machine. Here axe is injected once per document and
 * `axe.run` reports only violations in full (`resultTypes` trims the node lists of passes, which
 * nothing reads); the same rules run, on the same nodes. A page with frames goes through
 * AxeBuilder, which checks inside the frames (the site has none today).
 */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
  const options = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  let violations: AxeViolation[];
  if (page.frames().length > 1) {
    violations = (
      await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .options({ resultTypes: ['violations'] })
        .analyze()
    ).violations;
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    violations = await page.evaluate(
      async (opts) =>
        (
          await (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
            document,
            opts,
          )
        ).violations,
      options,
    );
  }
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n    ')}`,
  );
  expect(summary, `axe violations ${label}`).toEqual([]);
}
