// Shared by the CLV, CX ROI and cost-of-churn browser tests (clv.spec.ts, roi.spec.ts, churn.spec.ts): locators and helpers for a
// calculator page, and `calculatorTests`, the tests both tools pass, each with its own hand-derived case.
//
// Every expected number the specs pass in is worked out by hand in the comment beside it, from the
// formulas in docs/methods/clv.md and docs/methods/roi.md, never copied from the program's output. Money is shown in
// whole units from 100 upwards (€133) and with cents below (€83.33); percentages with at most one decimal.
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from '@playwright/test';
import { gzipBytes, pageWeight } from '../../scripts/bench/page-weight.ts';
import { expect, expectNoAxeViolations, expectOutOfView, setTheme, test, watchObservers } from './fixtures.ts';

const DIST = process.env.CXP_E2E_DIR ?? 'dist';

export type Tool = 'clv' | 'roi' | 'churn';
export const PATH: Record<Tool, string> = { clv: 'tools/clv/', roi: 'tools/roi/', churn: 'tools/churn/' };

/** One tool's hand-derived case and what differs between the tools in the shared tests. */
export interface ToolCase {
  /** The hand-derived inputs, as typed, by input name. */
  inputs: Record<string, string>;
  /** The results they give, as shown, by result id. */
  results: Record<string, string>;
  /** The main chart's id, its table rows for the inputs, and the last value of each series drawn. */
  chart: string;
  rows: readonly (readonly string[])[];
  drawn: string;
  /** Charts besides the main one (drawn with the same chart code). */
  otherCharts: string[];
  /** The default inputs from content/tools/<tool>.mdx, as they appear in the boxes. */
  defaults: Record<string, string>;
  /** Each bad input and its message (the hand case's inputs around it). */
  bad: [key: string, typed: string, message: string][];
  /** The message for a stored horizon of 99 years. */
  horizonTooLong: string;
  /** After the hand case is typed and its chart drawn: one more change and what it moves. */
  afterTyping: (page: Page, scripts: string[]) => Promise<void>;
  /** With the defaults loaded: the tool's presets loaded and checked (one is left pressed). */
  presets: (page: Page) => Promise<void>;
  /** Opens whatever else the tool loads on demand (ROI's ranges panel, simulation and its worker), for the budget's "after". */
  onDemand?: (page: Page) => Promise<void>;
}

// Helpers.

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const field = (page: Page, key: string) => page.locator(`.calc input[name="${key}"]`);
export const value = (page: Page, id: string) => page.locator(`[data-result="${id}"] .calc-value`);
export const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);
/** The polite live region that announces the results once typing pauses. */
export const announcement = (page: Page) => page.locator('.calc p[aria-live="polite"]');
/** How near the viewport a chart starts loading (ChartFigure's IntersectionObserver rootMargin), px. */
const CHART_MARGIN = 100;

/** A phone (issue 14: the Results heading used to be 2,754 to 4,198 px below the first input). */
export const PHONE = { width: 390, height: 844 } as const;
/** The headline result in the bar kept at the bottom of a narrow screen (ResultPeek.tsx). */
export const peek = (page: Page, id: string) => page.locator(`.calc-peek [data-peek-result="${id}"] .calc-peek-value`);

/**
 * On a phone, from the top of the page: focuses `input` (a field far down the form), types `typed` as a
 * reader would, and expects the headline result `id` to read `expected` inside the viewport, in a bar
 * that neither covers the focused field nor is a live region of its own (the calculator's polite
 * announcement already speaks the change). The full results, still far below, say the same.
 */
export async function expectHeadlineInView(page: Page, input: Locator, typed: string, id: string, expected: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(typed);
  await expect(peek(page, id)).toHaveText(expected);
  const box = (await peek(page, id).boundingBox())!;
  expect(box.y, 'headline below the top of the viewport').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'headline above the bottom of the viewport').toBeLessThanOrEqual(PHONE.height);
  const bar = (await page.locator('.calc-peek').boundingBox())!;
  const focused = (await input.boundingBox())!;
  expect(focused.y, 'focused field in view').toBeGreaterThanOrEqual(0);
  expect(focused.y + focused.height, 'focused field not under the bar').toBeLessThanOrEqual(bar.y);
  expect(await peek(page, id).evaluate((el) => el.closest('[aria-live], [role="status"], [role="alert"]'))).toBeNull();
  const full = page.locator(`.calc-results [data-result="${id}"] .calc-value`);
  await expect(full).toHaveText(expected);
  expect((await full.boundingBox())!.y, 'the full results are further down').toBeGreaterThan(PHONE.height);
}

/** The bar's link moves focus to the full results and the one under them back to the form, leaving a share link's fragment alone. */
export async function expectJumpLinks(page: Page, tool: string): Promise<void> {
  await page.locator('.calc-peek').getByRole('link', { name: 'All results' }).click();
  await expect(page.locator(`#calc-${tool}-results-title`)).toBeFocused();
  await expect(page.locator(`#calc-${tool}-results-title`)).toBeInViewport();
  await page.getByRole('link', { name: 'Back to your numbers' }).click();
  await expect(page.locator(`#calc-${tool}-inputs-title`)).toBeFocused();
  await expect(page.locator(`#calc-${tool}-inputs-title`)).toBeInViewport();
  // The fragment still holds the reader's numbers (written once typing pauses), never a heading's id.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/=/);
  expect(new URL(page.url()).hash).not.toMatch(/title/);
}

/** On a wide screen nothing of the bar shows: the results stay sticky beside the form and follow the typing there. */
export async function expectDesktopUnchanged(page: Page, input: Locator, typed: string, id: string, expected: string): Promise<void> {
  await expect(page.locator('.calc-peek')).toBeHidden();
  await expect(page.locator('.calc-back')).toBeHidden();
  expect(await page.locator('.calc-results').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingBottom)).toBe('auto');
  await input.fill(typed);
  const full = page.locator(`.calc-results [data-result="${id}"] .calc-value`);
  await expect(full).toHaveText(expected);
  await expect(full).toBeInViewport();
}

/** Collects console errors and uncaught exceptions (a CSP violation is one) for a test to check at its end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Opens a tool page (optionally with a fragment) and waits until the island has read the link and storage. */
export async function open(page: Page, tool: Tool, hash = ''): Promise<void> {
  await page.goto(`${PATH[tool]}${hash ? `#${hash}` : ''}`);
  await expect(page.locator(`[data-calculator="${tool}"]`)).toHaveAttribute('data-hydrated', 'true');
}

export async function fillAll(page: Page, inputs: Record<string, string>): Promise<void> {
  for (const [key, text] of Object.entries(inputs)) await field(page, key).fill(text);
}

export async function expectResults(page: Page, results: Record<string, string>): Promise<void> {
  for (const [id, text] of Object.entries(results)) await expect(value(page, id), `result ${id}`).toHaveText(text);
}

export async function expectInputs(page: Page, inputs: Record<string, string>): Promise<void> {
  for (const [key, text] of Object.entries(inputs)) await expect(field(page, key), `input ${key}`).toHaveValue(text);
}

/** No result is blank, NaN or infinite, and nothing in the calculator says NaN or Infinity. */
export async function expectNoBrokenNumbers(page: Page): Promise<void> {
  const values = await page.locator('.calc-results .calc-value').allInnerTexts();
  expect(values.length).toBeGreaterThan(0);
  for (const v of values) expect(v.trim(), `result "${v}"`).not.toMatch(/^$|NaN|Infinity|∞|undefined/);
  // (Error messages may quote what was typed, "Infinity" included, so only what the calculator wrote is checked.)
  for (const part of await page.locator('.calc-results, .calc-charts, .calc-data, .calc-working').all())
    expect(await part.innerText()).not.toMatch(/NaN|Infinity|∞|undefined/);
}

/** Every result's text, by id (to compare two pages). */
export async function resultTexts(page: Page): Promise<Record<string, string>> {
  return page
    .locator('.calc-results [data-result]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-result'), el.querySelector('.calc-value')?.textContent ?? ''])),
    );
}

/** Scrolls a chart into view and waits until chart.js has drawn it. */
export async function drawChart(page: Page, chart: string): Promise<void> {
  await figure(page, chart).locator('canvas').scrollIntoViewIfNeeded();
  await expect(figure(page, chart)).toHaveAttribute('data-chart-state', 'ready');
}

export async function expectChartTable(page: Page, chart: string, rows: readonly (readonly string[])[]): Promise<void> {
  const table = figure(page, chart).locator('table');
  for (const [head, ...cells] of rows)
    await expect(table.getByRole('row', { name: new RegExp(`^${escape(head!)} `) }).getByRole('cell')).toHaveText(cells);
}

export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.getAttribute('name') || el?.textContent?.trim() || '';
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name or text matches; fails after `max` presses. */
export async function tabTo(page: Page, target: RegExp, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (target.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${target}; last focus: ${await focusedName(page)}`);
}

/** The focused element shows a focus ring (the site's :focus-visible outline). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

/** Reads a downloaded CSV: BOM checked and removed, split into lines (CRLF). */
export async function downloadCsv(page: Page, tool: Tool): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^cx-playbook-${tool}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\ufeff'), 'CSV starts with a byte-order mark for spreadsheets').toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
}

/** Opens `url` in a new browser context (nothing stored, nothing shared with `page`). */
export async function openElsewhere(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
  return other;
}

// ---------------------------------------------------------------------------------------------
// The tests both tools pass.

/** Defines the tests every calculator passes, for `tool` with its hand-derived case. */
export function calculatorTests(tool: Tool, hand: ToolCase): void {
  test.describe(`${tool.toUpperCase()}`, () => {
    test('the page shows the default result before and after hydration, and labels every input with unit and range', async ({ page }) => {
      await page.goto(PATH[tool]);
      // Before (and without) JavaScript the build-time HTML already has the defaults' results.
      await expect(page.locator('.calc-results .calc-value').first()).not.toBeEmpty();
      await open(page, tool);
      await expectInputs(page, hand.defaults);
      await expectNoBrokenNumbers(page);
      const inputs = page.locator('.calc-inputs input[type="text"]');
      await expect(inputs).toHaveCount(Object.keys(hand.defaults).length);
      for (const input of await inputs.all()) {
        await expect(input).toHaveAccessibleName(/\S/);
        await expect(input).toHaveAccessibleDescription(/Enter a (whole )?number from /);
      }
    });

    test('typing updates the results and the chart (drawn only once it scrolls into view)', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 700 });
      const errors = watchErrors(page);
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await watchObservers(page);
      await open(page, tool);
      // The chart is below the fold: once the page's observer has been told so, nothing is drawn
      // and no chart code fetched.
      await expectOutOfView(figure(page, hand.chart).locator('.calc-chart'), CHART_MARGIN);
      await expect(figure(page, hand.chart)).toHaveAttribute('data-chart-state', 'waiting');
      expect(scripts.filter((u) => /chart-render/.test(u))).toEqual([]);
      await fillAll(page, hand.inputs);
      await expectResults(page, hand.results);
      await expectNoBrokenNumbers(page);
      await drawChart(page, hand.chart);
      expect(scripts.filter((u) => /chart-render/.test(u))).toHaveLength(1);
      await expect(figure(page, hand.chart).locator('canvas')).toHaveAttribute('data-drawn', hand.drawn);
      await figure(page, hand.chart).getByText('Table of the chart').click();
      await expectChartTable(page, hand.chart, hand.rows);

      await hand.afterTyping(page, scripts);
      expect(errors).toEqual([]);
    });

    test('nothing typed or shared leaves the browser: no request carries it', async ({ page }) => {
      const loaded = new Set<string>();
      page.on('request', (r) => loaded.add(r.url()));
      await open(page, tool);
      await drawChart(page, hand.chart);
      for (const chart of hand.otherCharts) await drawChart(page, chart);
      await page.waitForLoadState('networkidle');
      // From here on, the only request allowed is a repeat GET of a file the page already loaded, with
      // no query and no body: Chromium asks for the favicon again when the URL's fragment changes.
      const requests: { method: string; url: string; body: string | null }[] = [];
      page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
      await fillAll(page, hand.inputs);
      await field(page, 'horizon').fill('oops');
      await field(page, 'horizon').fill(hand.inputs['horizon']!);
      // Once typing pauses, the inputs are written to the URL and storage, and the results announced.
      await expect(page).toHaveURL(new RegExp(`#.*horizon=${hand.inputs['horizon']}`));
      await expect
        .poll(() => page.evaluate((t) => localStorage.getItem(`cx-playbook:calc:${t}:v1`), tool))
        .toContain(`"horizon":${hand.inputs['horizon']}`);
      await expect(announcement(page)).toHaveText(/\S/);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await expect(page.getByLabel('Share link')).toHaveValue(/#/);
      await page.getByLabel('Currency', { exact: true }).selectOption('GBP');
      await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');
      // The new style is written to the URL, and the results announced again in it.
      await expect(page).toHaveURL(/currency=GBP&locale=de-DE/);
      await expect(announcement(page)).toContainText('£');
      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Every input is back to its default.' })).toBeVisible();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
      const carrying = requests.filter((r) => r.method !== 'GET' || r.body !== null || new URL(r.url).search !== '' || !loaded.has(r.url));
      expect(carrying).toEqual([]);
      expect(
        requests.every((r) => new URL(r.url).pathname === '/logo.svg'),
        JSON.stringify(requests),
      ).toBe(true);
    });

    test('a share link reproduces the same inputs and results in a fresh browser', async ({ page, browser }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, tool);
      await fillAll(page, hand.inputs);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
      const link = await page.getByLabel('Share link').inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      // Everything travels after the #, which is never sent to a server.
      const url = new URL(link);
      expect(url.pathname).toBe(`/${PATH[tool]}`);
      expect(url.search).toBe('');
      const params = new URLSearchParams(url.hash.slice(1));
      for (const [key, text] of Object.entries(hand.inputs)) expect(params.get(key), key).toBe(text);
      expect(params.get('currency')).toBe('EUR');
      expect(params.get('locale')).toBe('en-GB');

      const other = await openElsewhere(browser, link);
      await expectInputs(other, hand.inputs);
      await expectResults(other, hand.results);
      expect(await resultTexts(other)).toEqual(await resultTexts(page));
      await expect(other.locator('.calc-notice')).toHaveCount(0);
      await other.context().close();
    });

    test('inputs survive a reload and a later visit without the link; the number style too', async ({ page }) => {
      await open(page, tool);
      await fillAll(page, hand.inputs);
      await page.getByLabel('Currency', { exact: true }).selectOption('GBP');
      // Saved once typing pauses: the URL fragment is rewritten at the same moment.
      await expect(page).toHaveURL(/currency=GBP/);
      await page.reload();
      await expect(page.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
      await expectInputs(page, hand.inputs);
      await page.goto(PATH[tool]);
      await expect(page.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
      await expectInputs(page, hand.inputs);
      await expect(page.getByLabel('Currency', { exact: true })).toHaveValue('GBP');
      await expectResults(page, Object.fromEntries(Object.entries(hand.results).map(([k, v]) => [k, v.replace('€', '£')])));
      const stored = await page.evaluate((t) => localStorage.getItem(`cx-playbook:calc:${t}:v1`), tool);
      expect(JSON.parse(stored ?? '{}').values).toEqual(Object.fromEntries(Object.entries(hand.inputs).map(([k, v]) => [k, Number(v)])));
    });

    test('bad saved inputs are reset and named in a notice', async ({ page }) => {
      await open(page, tool);
      await page.evaluate(
        (t) => localStorage.setItem(`cx-playbook:calc:${t}:v1`, JSON.stringify({ values: { horizon: 99, margin: 'lots' } })),
        tool,
      );
      await open(page, tool);
      const notice = page.locator('.calc-notice');
      await expect(notice.locator('.calc-notice-title')).toHaveText(
        'Some of your saved inputs could not be used, so they are back to their defaults.',
      );
      await expect(notice.locator('li')).toHaveText([
        'Gross margin must be a number, such as 12.5; your saved inputs had “lots”.',
        `${hand.horizonTooLong}; your saved inputs had 99 years.`,
      ]);
      await expectInputs(page, hand.defaults);
      await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
      await expect(notice).toHaveCount(0);
    });

    test('presets load their values and are shown as pressed; editing unpresses; reset restores the defaults', async ({ page }) => {
      await open(page, tool);
      const presets = page.locator('.calc-presets button');
      await expect(presets).toHaveCount(3);
      for (const button of await presets.all()) await expect(button).toHaveAttribute('aria-pressed', 'false');
      await hand.presets(page);
      const pressed = page.locator('.calc-presets button[aria-pressed="true"]');
      await expect(pressed).toHaveCount(1);
      await expect(page.getByRole('status').filter({ hasText: 'Loaded the preset' })).toBeVisible();
      await field(page, 'margin').fill('41');
      await expect(pressed).toHaveCount(0);
      await expect(page).toHaveURL(/#.*margin=41/);

      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      await expectInputs(page, hand.defaults);
      await expect(page.getByRole('status').filter({ hasText: 'Every input is back to its default.' })).toBeVisible();
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.evaluate((t) => localStorage.getItem(`cx-playbook:calc:${t}:v1`), tool)).toBeNull();
    });

    test('on a phone nothing overflows the page: wide tables scroll inside their own box', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await open(page, tool, 'margin=500');
      await field(page, 'horizon').fill('ten');
      for (const chart of await page.locator('figure[data-chart]').all()) {
        await chart.locator('canvas').scrollIntoViewIfNeeded();
        await expect(chart).toHaveAttribute('data-chart-state', 'ready');
      }
      await page.locator('.calc details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Chart-table row headers such as "Year 1" stay on one line.
      const header = page.locator('figure[data-chart] .calc-table tbody th').first();
      const box = await header.boundingBox();
      expect(box!.height).toBeLessThan(2 * 0.92 * 16 * 1.2 + 0.8 * 16); // under two lines of text plus padding
    });

    test('axe: no violations with every disclosure open, charts drawn, an input error and a notice, in both themes', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, tool, 'margin=500');
      await expect(page.locator('.calc-notice')).toBeVisible();
      await field(page, 'horizon').fill('');
      await expect(field(page, 'horizon')).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: 'Copy share link' }).click();
      for (const chart of await page.locator('figure[data-chart]').all()) {
        await chart.locator('canvas').scrollIntoViewIfNeeded();
        await expect(chart).toHaveAttribute('data-chart-state', 'ready');
      }
      await page.locator('.calc details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await expectNoAxeViolations(page, `(${theme}, everything open)`);
      }
      expect(errors).toEqual([]);
    });
  });

  test(`${tool.toUpperCase()}: every bad input shows its own message, results stay on the last valid numbers`, async ({ page }) => {
    await open(page, tool);
    await fillAll(page, hand.inputs);
    await expectResults(page, hand.results);
    const stale = page.locator('.calc-stale');
    for (const [key, typed, message] of hand.bad) {
      const input = field(page, key);
      await input.fill(typed);
      await expect(input, `${key} = "${typed}"`).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#calc-${tool}-${key}-error`)).toHaveText(message);
      // The message is tied to the input, before its help text.
      await expect(input).toHaveAccessibleDescription(new RegExp(`^⚠?\\s*${escape(message)} `));
      await expect(stale).toContainText('One input has a problem, so these results are for your last valid numbers.');
      await expect(page.locator('.calc-peek dt').first()).toHaveText(/ \(last valid numbers\)$/);
      await expectResults(page, hand.results);
      await expectNoBrokenNumbers(page);
      await input.fill(hand.inputs[key]!);
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#calc-${tool}-${key}-error`)).toHaveCount(0);
    }
    await expect(stale).toHaveCount(0);
    // Two problems at once are counted.
    await field(page, 'margin').fill('x');
    await field(page, 'horizon').fill('');
    await expect(stale).toContainText('2 inputs have problems');
    await expect(page.locator('.calc-error')).toHaveCount(2);
  });

  test(`${tool.toUpperCase()}: the browser loads exactly the JavaScript the budget counts, up front and on demand`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') bodies.set(new URL(r.url()).pathname, r.body());
    });
    await open(page, tool);
    await page.waitForLoadState('networkidle');
    await expect(figure(page, hand.chart)).toHaveAttribute('data-chart-state', 'waiting');
    const beforeUrls = [...bodies.keys()].sort();
    // On demand: the chart (and its PNG buttons), the working, the CSV export, and the checks of a share link.
    await drawChart(page, hand.chart);
    for (const chart of hand.otherCharts) await drawChart(page, chart);
    await expect(figure(page, hand.chart).getByRole('button', { name: /^Download PNG/ })).toBeVisible();
    await page.locator('details.calc-working summary').click();
    await expect(page.locator('details.calc-working li').first()).toBeVisible();
    await downloadCsv(page, tool);
    await page.evaluate(() => {
      window.location.hash = 'horizon=5';
    });
    await expect(page.locator('.calc-notice')).toBeVisible();
    // The scenarios panel is the other module loaded on demand (when its section is opened); the
    // budget's "after" counts every dynamic import, so it is opened too.
    await page.getByRole('button', { name: 'Save or compare scenarios' }).click();
    await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible();
    await hand.onDemand?.(page);
    await page.waitForLoadState('networkidle');
    const afterUrls = [...bodies.keys()].sort();

    const gzipOf = async (urls: string[]) => {
      let sum = 0;
      for (const u of urls) sum += gzipBytes(await bodies.get(u)!);
      return sum;
    };
    const weight = pageWeight(DIST, `/${PATH[tool]}`)!;
    const inline = weight.js.inline.reduce((n, s) => n + s.gzip, 0);
    const measured = { before: inline + (await gzipOf(beforeUrls)), after: inline + (await gzipOf(afterUrls)) };
    test.info().annotations.push({
      type: 'js-gzip',
      description: `/${PATH[tool]}: before the chart ${measured.before} B (${beforeUrls.length} files + ${inline} B inline), after ${measured.after} B (+${afterUrls.length - beforeUrls.length} files)`,
    });
    console.log(
      `[js-gzip] /${PATH[tool]} before=${measured.before} after=${measured.after} inline=${inline} files-before=${beforeUrls.join(',')} files-after=+${afterUrls.filter((u) => !beforeUrls.includes(u)).join(',')}`,
    );

    expect(beforeUrls).toEqual(weight.js.before.map((f) => f.url).sort());
    expect(afterUrls).toEqual([...weight.js.before, ...weight.js.lazy].map((f) => f.url).sort());
    expect(measured).toEqual({ before: weight.js.beforeGzip, after: weight.js.afterGzip });
  });
}
