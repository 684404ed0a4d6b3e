// The CLV and CX ROI calculators in the browser: results and charts that follow what is typed,
// every kind of bad input and its message, share links (good and malformed), inputs kept across
// visits, presets and reset, the working, CSV, currency and locale, keyboard-only use, axe with
// everything open, that nothing typed leaves the browser, and the JavaScript each page loads.
//
// Every expected number below is worked out by hand in the comment beside it, from the formulas
// in docs/methods/clv.md and docs/methods/roi.md, never copied from the program's output. Money is shown in whole
// units from 100 upwards (€133) and with cents below (€83.33); percentages with at most one decimal.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { gzipBytes, pageWeight } from '../../scripts/bench/page-weight.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

const DIST = process.env.CXP_E2E_DIR ?? 'dist';

type Tool = 'clv' | 'roi';
const PATH: Record<Tool, string> = { clv: 'tools/clv/', roi: 'tools/roi/' };

// ---------------------------------------------------------------------------------------------
// The hand-derived cases.

/**
 * CLV. Inputs: order value 100, 2 orders a year, margin 50%, retention 50%, discount rate 25%,
 * CAC 50, 2 years in the chart, +10 retention points for the what-if.
 *   m = 100 × 2 × 0.50 = 100 a year
 *   lifetime = 1 / (1 − 0.50) = 2 years
 *   CLV = m / (1 + d − r) = 100 / (1 + 0.25 − 0.50) = 100 / 0.75 = 133.33 -> €133
 *   CLV over 2 years = 100 / 1.25 + 100 × 0.50 / 1.25² = 80 + 50 / 1.5625 = 80 + 32 = 112 -> €112
 *   CLV : CAC = 133.33 / 50 = 2.67 -> "2.7 to 1"; CLV − CAC = 133.33 − 50 = 83.33 -> €83.33
 *   months to recover CAC = 50 / (100 / 12) = 6
 *   what-if: r′ = 50% + 10 points = 60%; CLV′ = 100 / (1.25 − 0.60) = 100 / 0.65 = 153.85 -> €154;
 *            gain 153.85 − 133.33 = 20.51, which is 20.51 / 133.33 = 15.4% of CLV
 */
const CLV_INPUTS: Record<string, string> = {
  orderValue: '100', ordersPerYear: '2', margin: '50', retention: '50', discountRate: '25', acquisitionCost: '50', horizon: '2', retentionWhatIf: '10',
};
const CLV_RESULTS: Record<string, string> = {
  clv: '€133', 'clv-horizon': '€112', 'clv-to-cac': '2.7 to 1', 'clv-minus-cac': '€83.33', 'months-to-recover': '6 months',
  'margin-per-year': '€100', lifetime: '2 years', 'what-if': '€154',
};
/** The chart's year rows: discounted margin, cumulative CLV, CAC. Year 1: 100 / 1.25 = 80; year 2: 32 (above), cumulative 112. */
const CLV_CHART_ROWS = [['Year 1', '€80.00', '€80.00', '€50.00'], ['Year 2', '€32.00', '€112', '€50.00']];
/** What the canvas was drawn with: the last value of each series (year 2: 32, 112, 50). */
const CLV_DRAWN = '32.00|112.00|50.00';

/**
 * CX ROI. Inputs: N = 1,000 customers, R = 100 a year, g = 50%, r = 50%, uplift 10 points, u = 10%,
 * C = 1,000 contacts, k = 10, deflection 10%, I0 = 10,000, A = 1,000, T = 2 years, d = 10%.
 *   customers: year 1 baseline 1000 × 0.5 = 500, with 1000 × 0.6 = 600; year 2: 250 and 360
 *   retention benefit (with − baseline) × R × g: year 1 (600 − 500) × 100 × 0.5 = 5,000; year 2 (360 − 250) × 50 = 5,500
 *   spend benefit with × R × u × g:              year 1 600 × 100 × 0.1 × 0.5 = 3,000; year 2 360 × 5 = 1,800
 *   deflection C × share × k = 1000 × 0.1 × 10 = 1,000 a year
 *   benefit: year 1 9,000; year 2 8,300. Net: year 0 −10,000; year 1 8,000; year 2 7,300
 *   cumulative: −10,000, −2,000, 5,300
 *   NPV = −10,000 + 8,000 / 1.1 + 7,300 / 1.21 = −10,000 + 7,272.73 + 6,033.06 = 3,305.79 -> €3,306
 *   ROI = (17,300 − 12,000) / 12,000 = 44.17% -> 44.2%
 *   PV benefits = 9,000 / 1.1 + 8,300 / 1.21 = 8,181.82 + 6,859.50 = 15,041.32
 *   PV costs = 10,000 + 1,000 / 1.1 + 1,000 / 1.21 = 10,000 + 909.09 + 826.45 = 11,735.54
 *   discounted ROI = (15,041.32 − 11,735.54) / 11,735.54 = 3,305.79 / 11,735.54 = 28.17% -> 28.2%
 *   payback: the last year below zero is year 1 (−2,000), next 5,300: 12 × (1 + 2,000 / 7,300) = 12 × 1.274 = 15.29 -> 15.3 months
 */
const ROI_INPUTS: Record<string, string> = {
  customers: '1000', revenuePerCustomer: '100', margin: '50', retention: '50', retentionUplift: '10', spendUplift: '10',
  contactsPerYear: '1000', costPerContact: '10', deflection: '10', investment: '10000', runningCost: '1000', horizon: '2', discountRate: '10',
};
const ROI_RESULTS: Record<string, string> = {
  npv: '€3,306', payback: '15.3 months', roi: '44.2%', 'roi-discounted': '28.2%', benefits: '€17,300', costs: '€12,000',
};
/** The cash chart's rows: retention benefit, spend benefit, deflection saving, cumulative net flow (all from the derivation above). */
const ROI_CHART_ROWS = [
  ['Year 0', '€0.00', '€0.00', '€0.00', '-€10,000'],
  ['Year 1', '€5,000', '€3,000', '€1,000', '-€2,000'],
  ['Year 2', '€5,500', '€1,800', '€1,000', '€5,300'],
];
const ROI_DRAWN = '5500.00|1800.00|1000.00|5300.00';
/** The year-by-year table; present value of year 1 8,000 / 1.1 = 7,272.73, of year 2 7,300 / 1.21 = 6,033.06. */
const ROI_YEAR_ROWS = [
  ['0', '1,000', '1,000', '€0.00', '€10,000', '-€10,000', '-€10,000', '-€10,000'],
  ['1', '500', '600', '€9,000', '€1,000', '€8,000', '-€2,000', '€7,273'],
  ['2', '250', '360', '€8,300', '€1,000', '€7,300', '€5,300', '€6,033'],
];

const CASES = {
  clv: { inputs: CLV_INPUTS, results: CLV_RESULTS, chart: 'clv-build-up', rows: CLV_CHART_ROWS, drawn: CLV_DRAWN },
  roi: { inputs: ROI_INPUTS, results: ROI_RESULTS, chart: 'roi-cash', rows: ROI_CHART_ROWS, drawn: ROI_DRAWN },
} as const;

/** The default inputs from content/tools/<tool>.mdx, as they appear in the boxes. */
const DEFAULTS: Record<Tool, Record<string, string>> = {
  clv: { orderValue: '60', ordersPerYear: '3', margin: '40', retention: '70', discountRate: '8', acquisitionCost: '120', horizon: '10', retentionWhatIf: '5' },
  roi: {
    customers: '10000', revenuePerCustomer: '400', margin: '40', retention: '75', retentionUplift: '3', spendUplift: '5', contactsPerYear: '20000',
    costPerContact: '6', deflection: '15', investment: '150000', runningCost: '40000', horizon: '5', discountRate: '8',
  },
};

// ---------------------------------------------------------------------------------------------
// Helpers.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const field = (page: Page, key: string) => page.locator(`.calc input[name="${key}"]`);
const value = (page: Page, id: string) => page.locator(`[data-result="${id}"] .calc-value`);
const figure = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);

/** Collects console errors and uncaught exceptions (a CSP violation is one) for a test to check at its end. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Opens a tool page (optionally with a fragment) and waits until the island has read the link and storage. */
async function open(page: Page, tool: Tool, hash = ''): Promise<void> {
  await page.goto(`${PATH[tool]}${hash ? `#${hash}` : ''}`);
  await expect(page.locator(`[data-calculator="${tool}"]`)).toHaveAttribute('data-hydrated', 'true');
}

async function fillAll(page: Page, inputs: Record<string, string>): Promise<void> {
  for (const [key, text] of Object.entries(inputs)) await field(page, key).fill(text);
}

async function expectResults(page: Page, results: Record<string, string>): Promise<void> {
  for (const [id, text] of Object.entries(results)) await expect(value(page, id), `result ${id}`).toHaveText(text);
}

async function expectInputs(page: Page, inputs: Record<string, string>): Promise<void> {
  for (const [key, text] of Object.entries(inputs)) await expect(field(page, key), `input ${key}`).toHaveValue(text);
}

/** No result is blank, NaN or infinite, and nothing in the calculator says NaN or Infinity. */
async function expectNoBrokenNumbers(page: Page): Promise<void> {
  const values = await page.locator('.calc-results .calc-value').allInnerTexts();
  expect(values.length).toBeGreaterThan(0);
  for (const v of values) expect(v.trim(), `result "${v}"`).not.toMatch(/^$|NaN|Infinity|∞|undefined/);
  // (Error messages may quote what was typed, "Infinity" included, so only what the calculator wrote is checked.)
  for (const part of await page.locator('.calc-results, .calc-charts, .calc-data, .calc-working').all())
    expect(await part.innerText()).not.toMatch(/NaN|Infinity|∞|undefined/);
}

/** Every result's text, by id (to compare two pages). */
async function resultTexts(page: Page): Promise<Record<string, string>> {
  return page.locator('.calc-results [data-result]').evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-result'), el.querySelector('.calc-value')?.textContent ?? ''])),
  );
}

/** Scrolls a chart into view and waits until chart.js has drawn it. */
async function drawChart(page: Page, chart: string): Promise<void> {
  await figure(page, chart).locator('canvas').scrollIntoViewIfNeeded();
  await expect(figure(page, chart)).toHaveAttribute('data-chart-state', 'ready');
}

async function expectChartTable(page: Page, chart: string, rows: readonly (readonly string[])[]): Promise<void> {
  const table = figure(page, chart).locator('table');
  for (const [head, ...cells] of rows) await expect(table.getByRole('row', { name: new RegExp(`^${escape(head!)} `) }).getByRole('cell')).toHaveText(cells);
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.getAttribute('name') || el?.textContent?.trim() || '';
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name or text matches; fails after `max` presses. */
async function tabTo(page: Page, target: RegExp, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (target.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${target}; last focus: ${await focusedName(page)}`);
}

/** The focused element shows a focus ring (the site's :focus-visible outline). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

/** Reads a downloaded CSV: BOM checked and removed, split into lines (CRLF). */
async function downloadCsv(page: Page, tool: Tool): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^cx-playbook-${tool}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\ufeff'), 'CSV starts with a byte-order mark for spreadsheets').toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
}

/** Opens `url` in a new browser context (nothing stored, nothing shared with `page`). */
async function openElsewhere(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
  return other;
}

// ---------------------------------------------------------------------------------------------
// Both tools.

for (const tool of ['clv', 'roi'] as const) {
  const hand = CASES[tool];

  test.describe(`${tool.toUpperCase()}`, () => {
    test('the page shows the default result before and after hydration, and labels every input with unit and range', async ({ page }) => {
      await page.goto(PATH[tool]);
      // Before (and without) JavaScript the build-time HTML already has the defaults' results.
      await expect(page.locator('.calc-results .calc-value').first()).not.toBeEmpty();
      await open(page, tool);
      await expectInputs(page, DEFAULTS[tool]);
      await expectNoBrokenNumbers(page);
      const inputs = page.locator('.calc-inputs input[type="text"]');
      await expect(inputs).toHaveCount(Object.keys(DEFAULTS[tool]).length);
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
      await open(page, tool);
      // The chart is below the fold: nothing drawn and no chart code fetched yet.
      await page.waitForTimeout(400);
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

      if (tool === 'clv') {
        // CAC 50 -> 80: only the dashed CAC line moves (80.00); CLV : CAC = 133.33 / 80 = 1.67 -> "1.7 to 1";
        // months = 80 / (100 / 12) = 9.6.
        await field(page, 'acquisitionCost').fill('80');
        await expect(figure(page, hand.chart).locator('canvas')).toHaveAttribute('data-drawn', '32.00|112.00|80.00');
        await expect(value(page, 'clv-to-cac')).toHaveText('1.7 to 1');
        await expect(value(page, 'months-to-recover')).toHaveText('9.6 months');
        await expectChartTable(page, hand.chart, [['Year 2', '€32.00', '€112', '€80.00']]);
      } else {
        // Deflection 10% -> 20%: the saving doubles to 1000 × 0.2 × 10 = 2,000 a year, so cumulative
        // becomes −10,000 + 9,000 + 8,300 = 7,300 at the end of year 2 (1,000 more each year).
        await field(page, 'deflection').fill('20');
        await expect(figure(page, hand.chart).locator('canvas')).toHaveAttribute('data-drawn', '5500.00|1800.00|2000.00|7300.00');
        await expectChartTable(page, hand.chart, [['Year 2', '€5,500', '€1,800', '€2,000', '€7,300']]);
        // The tornado is drawn with the same (already loaded) chart code.
        await drawChart(page, 'roi-tornado');
        await expect(figure(page, 'roi-tornado').locator('canvas')).toHaveAttribute('data-drawn', /^-?\d+\.\d\d\|-?\d+\.\d\d$/);
        expect(scripts.filter((u) => /chart-render/.test(u))).toHaveLength(1);
      }
      expect(errors).toEqual([]);
    });

    test('nothing typed or shared leaves the browser: no request carries it', async ({ page }) => {
      const loaded = new Set<string>();
      page.on('request', (r) => loaded.add(r.url()));
      await open(page, tool);
      await drawChart(page, hand.chart);
      if (tool === 'roi') await drawChart(page, 'roi-tornado');
      await page.waitForLoadState('networkidle');
      // From here on, the only request allowed is a repeat GET of a file the page already loaded, with
      // no query and no body: Chromium asks for the favicon again when the URL's fragment changes.
      const requests: { method: string; url: string; body: string | null }[] = [];
      page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
      await fillAll(page, hand.inputs);
      await field(page, 'horizon').fill('oops');
      await field(page, 'horizon').fill(hand.inputs['horizon']!);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await expect(page.getByLabel('Share link')).toHaveValue(/#/);
      await page.getByLabel('Currency', { exact: true }).selectOption('GBP');
      await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');
      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      await page.waitForTimeout(1500); // longer than the storage and announcement delays
      const carrying = requests.filter((r) => r.method !== 'GET' || r.body !== null || new URL(r.url).search !== '' || !loaded.has(r.url));
      expect(carrying).toEqual([]);
      expect(requests.every((r) => new URL(r.url).pathname === '/logo.svg'), JSON.stringify(requests)).toBe(true);
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
      await page.evaluate((t) => localStorage.setItem(`cx-playbook:calc:${t}:v1`, JSON.stringify({ values: { horizon: 99, margin: 'lots' } })), tool);
      await open(page, tool);
      const notice = page.locator('.calc-notice');
      await expect(notice.locator('.calc-notice-title')).toHaveText('Some of your saved inputs could not be used, so they are back to their defaults.');
      const horizonMax = tool === 'clv' ? 'Years shown in the chart must be at most 50 years' : 'Horizon must be at most 10 years';
      await expect(notice.locator('li')).toHaveText([
        'Gross margin must be a number, such as 12.5; your saved inputs had “lots”.',
        `${horizonMax}; your saved inputs had 99 years.`,
      ]);
      await expectInputs(page, DEFAULTS[tool]);
      await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
      await expect(notice).toHaveCount(0);
    });

    test('presets load their values and are shown as pressed; editing unpresses; reset restores the defaults', async ({ page }) => {
      await open(page, tool);
      const presets = page.locator('.calc-presets button');
      await expect(presets).toHaveCount(3);
      for (const button of await presets.all()) await expect(button).toHaveAttribute('aria-pressed', 'false');
      if (tool === 'clv') {
        // Subscription service: 50 × 12 orders × 80% = 480 a year; retention 85%, discount 8% (default):
        // CLV = 480 / (1.08 − 0.85) = 480 / 0.23 = 2,086.96 -> €2,087; lifetime 1 / 0.15 = 6.67 -> 6.7 years;
        // CAC 600: 2,086.96 / 600 = 3.48 -> 3.5 to 1; months 600 / (480 / 12) = 15.
        await page.getByRole('button', { name: 'Subscription service' }).click();
        await expectInputs(page, { orderValue: '50', ordersPerYear: '12', margin: '80', retention: '85', discountRate: '8', acquisitionCost: '600', horizon: '15' });
        await expectResults(page, { clv: '€2,087', lifetime: '6.7 years', 'clv-to-cac': '3.5 to 1', 'months-to-recover': '15 months' });
      } else {
        // Self-service first: investment 80,000 and running cost 20,000 over the default 5 years:
        // costs 80,000 + 5 × 20,000 = 180,000. Cautious case: 3 years at the default 40,000 after 150,000:
        // 150,000 + 3 × 40,000 = 270,000.
        await page.getByRole('button', { name: 'Self-service first' }).click();
        await expectInputs(page, { retentionUplift: '1', spendUplift: '0', deflection: '30', investment: '80000', runningCost: '20000', horizon: '5' });
        await expectResults(page, { costs: '€180,000' });
        await page.getByRole('button', { name: 'Cautious case' }).click();
        await expect(page.getByRole('button', { name: 'Self-service first' })).toHaveAttribute('aria-pressed', 'false');
        await expectResults(page, { costs: '€270,000' });
      }
      const pressed = page.locator('.calc-presets button[aria-pressed="true"]');
      await expect(pressed).toHaveCount(1);
      await expect(page.getByRole('status').filter({ hasText: 'Loaded the preset' })).toBeVisible();
      await field(page, 'margin').fill('41');
      await expect(pressed).toHaveCount(0);
      await expect(page).toHaveURL(/#.*margin=41/);

      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      await expectInputs(page, DEFAULTS[tool]);
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
}

// ---------------------------------------------------------------------------------------------
// Bad inputs: each path has its own message under the field, and the results stay on the last
// valid numbers (never blank, NaN or Infinity).

const BAD: Record<Tool, [key: string, typed: string, message: string][]> = {
  clv: [
    ['orderValue', '', 'Average order value is empty: enter a number from €0 to €1,000,000,000.'],
    ['orderValue', '-5', 'Average order value must be at least €0; you entered -€5.'],
    ['orderValue', '1000000001', 'Average order value must be at most €1,000,000,000; you entered €1,000,000,001.'],
    ['ordersPerYear', '10001', 'Orders per year must be at most 10,000; you entered 10,001.'],
    ['retention', '150', 'Annual retention must be at most 99%; you entered 150%.'],
    ['retention', '100', 'Annual retention must be at most 99%; you entered 100%.'],
    ['retention', 'abc', 'Annual retention must be a number, such as 12.5; you entered “abc”.'],
    ['discountRate', '1e3', 'Annual discount rate must be a number, such as 12.5; you entered “1e3”.'],
    ['retentionWhatIf', 'Infinity', 'Extra retention to test must be a number, such as 12.5; you entered “Infinity”.'],
    ['horizon', '0', 'Years shown in the chart must be at least 1 year; you entered 0 years.'],
    ['horizon', '51', 'Years shown in the chart must be at most 50 years; you entered 51 years.'],
    ['horizon', '2.5', 'Years shown in the chart must be a whole number; you entered 2.5 years.'],
    ['horizon', 'ten', 'Years shown in the chart must be a number, such as 5; you entered “ten”.'],
  ],
  roi: [
    ['customers', '', 'Customers today is empty: enter a number from 0 to 1,000,000,000.'],
    ['customers', '-1', 'Customers today must be at least 0; you entered -1.'],
    ['costPerContact', '1000001', 'Cost per contact must be at most €1,000,000; you entered €1,000,001.'],
    ['margin', '-0.5', 'Gross margin must be at least 0%; you entered -0.5%.'],
    ['margin', '101', 'Gross margin must be at most 100%; you entered 101%.'],
    ['discountRate', 'ten', 'Annual discount rate must be a number, such as 12.5; you entered “ten”.'],
    ['investment', '1,5,0', 'Upfront investment must be a number, such as 12.5; you entered “1,5,0”.'],
    ['horizon', '', 'Horizon is empty: enter a whole number from 1 year to 10 years.'],
    ['horizon', '11', 'Horizon must be at most 10 years; you entered 11 years.'],
    ['horizon', '1.5', 'Horizon must be a whole number; you entered 1.5 years.'],
    // Retention is 50% in the hand case, so the uplift can be at most 100 − 50 = 50 points.
    ['retentionUplift', '60', 'Retention uplift: retention plus uplift cannot pass 100%, so the uplift can be at most 50 points.'],
  ],
};

for (const tool of ['clv', 'roi'] as const) {
  test(`${tool.toUpperCase()}: every bad input shows its own message, results stay on the last valid numbers`, async ({ page }) => {
    const hand = CASES[tool];
    await open(page, tool);
    await fillAll(page, hand.inputs);
    await expectResults(page, hand.results);
    const stale = page.locator('.calc-stale');
    for (const [key, typed, message] of BAD[tool]) {
      const input = field(page, key);
      await input.fill(typed);
      await expect(input, `${key} = "${typed}"`).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#calc-${tool}-${key}-error`)).toHaveText(message);
      // The message is tied to the input, before its help text.
      await expect(input).toHaveAccessibleDescription(new RegExp(`^⚠?\\s*${escape(message)} `));
      await expect(stale).toContainText('One input has a problem, so these results are for your last valid numbers.');
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
}

test('CLV: results that have no number are written in words', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, CLV_INPUTS);
  // CAC 0: nothing to divide by, nothing to recover; CLV − CAC = CLV = €133.
  await field(page, 'acquisitionCost').fill('0');
  await expectResults(page, { 'clv-to-cac': 'no acquisition cost to compare', 'months-to-recover': '0 months: nothing to recover', 'clv-minus-cac': '€133' });
  // Margin 0: m = 0, CLV = 0, and CAC 50 is never recovered; CLV − CAC = −50.
  await field(page, 'acquisitionCost').fill('50');
  await field(page, 'margin').fill('0');
  await expectResults(page, { clv: '€0.00', 'clv-to-cac': '0 to 1', 'months-to-recover': 'never: there is no margin', 'clv-minus-cac': '-€50.00' });
  // Retention 99% and the what-if capped there: lifetime 1 / 0.01 = 100 years; margin back to 50%:
  // CLV = 100 / (1.25 − 0.99) = 384.62 -> €385, and the what-if adds nothing.
  await field(page, 'margin').fill('50');
  await field(page, 'retention').fill('99');
  await expectResults(page, { lifetime: '100 years', clv: '€385', 'what-if': '€385' });
  await expect(page.locator('[data-result="what-if"] .calc-note')).toHaveText('+€0.00 (0%); retention is capped at 99%');
  await expectNoBrokenNumbers(page);
});

test('ROI: results that have no number are written in words', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, ROI_INPUTS);
  // 1 year: cumulative −10,000 + 8,000 = −2,000 at the end, so no payback within the horizon.
  await field(page, 'horizon').fill('1');
  await expectResults(page, { payback: 'not within the horizon of 1 year' });
  // No investment and no running cost: no costs to divide by; the cumulative flow never dips below zero.
  await field(page, 'investment').fill('0');
  await field(page, 'runningCost').fill('0');
  await expectResults(page, { roi: 'no costs to compare with', 'roi-discounted': 'no costs to compare with', payback: '0 months: the net flow never falls below zero', costs: '€0.00' });
  await expectNoBrokenNumbers(page);
});

// ---------------------------------------------------------------------------------------------
// Malformed share links: the bad fields are reset to their defaults and the notice names each.

test('CLV: a malformed share link is reset field by field and the notice names the fields', async ({ page }) => {
  await open(page, 'clv', 'orderValue=abc&ordersPerYear=-2&margin=&retention=150&horizon=2.5&colour=blue&currency=XYZ');
  const notice = page.locator('.calc-notice');
  await expect(notice.locator('.calc-notice-title')).toHaveText('Some of this share link could not be used, so the calculator shows the defaults in its place.');
  await expect(notice.locator('li')).toHaveText([
    'Average order value must be a number, such as 12.5; the link had “abc”.',
    'Orders per year must be at least 0; the link had -2.',
    'Gross margin is empty: enter a number from 0% to 100%.',
    'Annual retention must be at most 99%; the link had 150%.',
    'Years shown in the chart must be a whole number; the link had 2.5 years.',
    'The link had no value for Annual discount rate, Acquisition cost (CAC), Extra retention to test, so they use their defaults.',
    'The link had fields this calculator does not use, which were ignored: “colour”.',
    'The link asked for the currency “XYZ”, which this site does not offer (EUR, USD, GBP); using EUR.',
  ]);
  await expectInputs(page, DEFAULTS.clv);
  // The defaults: m = 60 × 3 × 0.40 = 72; CLV = 72 / (1.08 − 0.70) = 72 / 0.38 = 189.47 -> €189.
  await expectResults(page, { clv: '€189', 'margin-per-year': '€72.00' });
  await expectNoBrokenNumbers(page);
  // The bad link is replaced by a good one, so a reload shows no notice.
  await expect(page).toHaveURL(/#orderValue=60&/);
  await page.reload();
  await expect(page.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
  await expect(notice).toHaveCount(0);
});

test('ROI: a share link whose values do not fit together resets the one that breaks the rule', async ({ page }) => {
  await open(page, 'roi', 'retention=95&retentionUplift=10&horizon=0&locale=xx');
  await expect(page.locator('.calc-notice li')).toHaveText([
    'Horizon must be at least 1 year; the link had 0 years.',
    // 95% + 10 points passes 100%; the uplift is reset to its default of 3 points (95 + 3 = 98 fits).
    'Retention uplift (10 points) was reset to its default because it did not fit with the other values: retention plus uplift cannot pass 100%, so the uplift can be at most 5 points.',
    'The link had no value for Customers today, Revenue per customer per year, Gross margin, Spend uplift, Support contacts per year, ' +
      'Cost per contact, Contacts deflected by self-service, Upfront investment, Running cost per year, Annual discount rate, so they use their defaults.',
    'The link asked for the number format “xx”, which this site does not offer (en-GB, en-US, de-DE, fr-FR); using en-GB.',
  ]);
  await expectInputs(page, { ...DEFAULTS.roi, retention: '95' });
  await expectNoBrokenNumbers(page);
});

test('a link with nothing for the calculator says so; a heading anchor is left alone', async ({ page }) => {
  await open(page, 'clv', 'foo=1');
  await expect(page.locator('.calc-notice li')).toHaveText([
    'The link did not contain any of this calculator’s inputs, so it shows the defaults.',
    'The link had fields this calculator does not use, which were ignored: “foo”.',
  ]);
  await page.goto('about:blank');
  await open(page, 'clv', 'method');
  await expect(page.locator('.calc-notice')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('#method');
});

// ---------------------------------------------------------------------------------------------
// Show the working, CSV, currency and locale.

test('CLV: show the working gives each formula with the reader’s numbers', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, CLV_INPUTS);
  const working = page.locator('details.calc-working');
  await working.getByText('Show the working').click();
  const steps = working.locator('li');
  // Each: the formula, then = the reader's numbers, then = the result (all from the CLV case above).
  await expect(steps.nth(0)).toHaveText(/Margin per customer per year\s*m = average order value × orders per year × gross margin\s*= €100 × 2 × 50%\s*= €100/);
  await expect(steps.nth(1)).toHaveText(/lifetime = 1 \/ \(1 − r\)\s*= 1 \/ \(1 − 50%\)\s*= 2 years/);
  await expect(steps.nth(2)).toHaveText(/CLV = m \/ \(1 \+ d − r\)\s*= €100 \/ \(1 \+ 25% − 50%\)\s*= €133/);
  await expect(steps.nth(3)).toHaveText(/= sum for t = 1 to 2 of €100 × 50%\^\(t−1\) \/ \(1 \+ 25%\)\^t\s*= €112/);
  await expect(steps.nth(4)).toHaveText(/CLV \/ CAC\s*= €133 \/ €50\s*= 2\.67 to 1/);
  await expect(steps.nth(6)).toHaveText(/CAC \/ \(m \/ 12\)\s*= €50 \/ \(€100 \/ 12\)\s*= 6 months/);
  await expect(steps.nth(7)).toHaveText(/r′ = min\(50% \+ 10 points, 99%\) = 60%; €100 \/ \(1 \+ 25% − 60%\)\s*= €154/);
});

test('ROI: show the working gives each formula with the reader’s numbers', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, ROI_INPUTS);
  const working = page.locator('details.calc-working');
  await working.getByText('Show the working').click();
  const steps = working.locator('li');
  await expect(steps.nth(0)).toHaveText(/= 1,000 × 50%\^1; 1,000 × 60%\^1\s*= 500; 600/);
  await expect(steps.nth(1)).toHaveText(/= \[600 × €100 × \(1 \+ 10%\) − 500 × €100\] × 50% \+ 1,000 × 10% × €10\s*= €9,000/);
  await expect(steps.nth(2)).toHaveText(/= year 0: -€10,000; year 1: €8,000; year 2: €7,300\s*= cumulative at the end: €5,300/);
  await expect(steps.nth(3)).toHaveText(/= -€10,000 \+ €8,000 \/ \(1 \+ 10%\)\^1 \+ €7,300 \/ \(1 \+ 10%\)\^2\s*= €3,306/);
  await expect(steps.nth(4)).toHaveText(/= \(€17,300 − €12,000\) \/ €12,000\s*= 44\.2%/);
  // 12 × (1 + 2,000 / (5,300 + 2,000)) = 12 × 1.274 = 15.3
  await expect(steps.nth(6)).toHaveText(/= 12 × \(1 \+ €2,000 \/ \(€5,300 \+ €2,000\)\)\s*= 15\.3 months/);
});

test('CLV: CSV has the inputs, results and chart rows', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, CLV_INPUTS);
  const lines = await downloadCsv(page, 'clv');
  // Numbers are plain (no currency sign, "." decimals, at most 6 decimals): 100 / 0.75 = 133.333333,
  // 133.333 / 50 = 2.666667, 133.333 − 50 = 83.333333, 100 / 0.65 = 153.846154.
  expect(lines).toEqual([
    'Tool,clv', 'Currency,EUR', '',
    'Input,Value,Unit',
    'Average order value,100,EUR', 'Orders per year,2,', 'Gross margin,50,%', 'Annual retention,50,%', 'Annual discount rate,25,%',
    'Acquisition cost (CAC),50,EUR', 'Years shown in the chart,2,years', 'Extra retention to test,10,percentage points', '',
    'Result,Value',
    'CLV over all future years,133.333333', 'CLV over 2 years,112', 'CLV to CAC,2.666667', 'CLV minus CAC,83.333333',
    'Months to recover CAC,6', 'Margin per customer per year,100', 'Expected customer lifetime,2', 'CLV at 60% retention,153.846154', '',
    '"CLV built up over 2 years, against the acquisition cost"',
    'Year,Discounted margin in the year,Cumulative CLV,Acquisition cost (CAC)',
    'Year 1,80,80,50', 'Year 2,32,112,50',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'CSV downloaded.' })).toBeVisible();
});

test('ROI: CSV has the inputs, results, chart rows and the year-by-year table', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, ROI_INPUTS);
  const lines = await downloadCsv(page, 'roi');
  expect(lines.slice(0, 18)).toEqual([
    'Tool,roi', 'Currency,EUR', '', 'Input,Value,Unit',
    'Customers today,1000,', 'Revenue per customer per year,100,EUR', 'Gross margin,50,%', 'Baseline annual retention,50,%',
    'Retention uplift,10,percentage points', 'Spend uplift,10,%', 'Support contacts per year,1000,', 'Cost per contact,10,EUR',
    'Contacts deflected by self-service,10,%', 'Upfront investment,10000,EUR', 'Running cost per year,1000,EUR', 'Horizon,2,years',
    'Annual discount rate,10,%', '',
  ]);
  // NPV −10,000 + 8,000 / 1.1 + 7,300 / 1.21 = 3,305.785124; payback 12 + 24,000 / 7,300 = 15.287671;
  // ROI 5,300 / 12,000 = 0.441667 (a share); discounted 3,305.785124 / 11,735.537190 = 0.28169.
  expect(lines.slice(18, 25)).toEqual([
    'Result,Value', 'Net present value (NPV),3305.785124', 'Payback,15.287671', 'ROI (undiscounted),0.441667', 'ROI (discounted),0.28169',
    'Total benefits,17300', 'Total costs,12000',
  ]);
  const cash = lines.indexOf('"Benefits by source and cumulative net flow, by year"');
  expect(lines.slice(cash + 1, cash + 5)).toEqual([
    'Year,Retention benefit,Spend uplift benefit,Deflection saving,Cumulative net flow',
    'Year 0,0,0,0,-10000', 'Year 1,5000,3000,1000,-2000', 'Year 2,5500,1800,1000,5300',
  ]);
  expect(lines).toContain('Sensitivity: NPV with each driver 20% lower or higher');
  const years = lines.indexOf('Year by year');
  expect(lines.slice(years + 1)).toEqual([
    'Year,Customers (baseline),Customers (with programme),Benefits,Costs,Net flow,Cumulative net flow,Present value',
    '0,1000,1000,0,10000,-10000,-10000,-10000', '1,500,600,9000,1000,8000,-2000,7272.727273', '2,250,360,8300,1000,7300,5300,6033.057851',
  ]);
});

test('ROI: the year-by-year table shows the hand-computed years', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, ROI_INPUTS);
  const table = page.getByRole('table', { name: 'Year by year' });
  for (const [year, ...cells] of ROI_YEAR_ROWS) await expect(table.getByRole('row', { name: new RegExp(`^${year} `) }).getByRole('cell')).toHaveText(cells);
  await expect(page.getByRole('region', { name: 'Table: Year by year' })).toBeVisible();
});

test('CLV: currency and number format change how every amount is written, and what typing means', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, { ...CLV_INPUTS, ordersPerYear: '2.5' });
  // 2.5 orders: m = 100 × 2.5 × 0.50 = 125; CLV = 125 / 0.75 = 166.67 -> €167; CLV − CAC = 116.67 -> €117.
  await expectResults(page, { clv: '€167', 'margin-per-year': '€125', 'clv-minus-cac': '€117' });
  await page.getByLabel('Currency', { exact: true }).selectOption('USD');
  await page.getByLabel('Number format', { exact: true }).selectOption('en-US');
  await expectResults(page, { clv: '$167', 'margin-per-year': '$125' });
  await expect(page.getByText('Average order value (USD)')).toBeVisible();
  // German style: decimal comma and the symbol after the amount; the box is rewritten as 2,5.
  await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');
  await expect(field(page, 'ordersPerYear')).toHaveValue('2,5');
  await expectResults(page, { clv: '167 $', 'clv-to-cac': '3,3 to 1', 'clv-minus-cac': '117 $' });
  // And typing follows the locale: "1.000" is one thousand, "1,5" one and a half.
  await field(page, 'orderValue').fill('1.000');
  await field(page, 'ordersPerYear').fill('1,5');
  // m = 1,000 × 1.5 × 0.50 = 750; CLV = 750 / 0.75 = 1,000 -> "1.000 $".
  await expectResults(page, { 'margin-per-year': '750 $', clv: '1.000 $' });
  await expect(page.locator('#calc-clv-orderValue-help')).toContainText('Enter a number from 0 $ to 1.000.000.000 $.');
  // The share link carries the style; opened anew it writes numbers the same way.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByLabel('Share link')).toHaveValue(/currency=USD&locale=de-DE$/);
});

test('ROI: switching currency and number format', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, ROI_INPUTS);
  // French style: spaces group thousands, a decimal comma, the symbol last and a space before % (Playwright
  // compares text with every kind of space made one plain space).
  await page.getByLabel('Number format', { exact: true }).selectOption('fr-FR');
  await expectResults(page, { npv: '3 306 €', roi: '44,2 %', payback: '15,3 months', benefits: '17 300 €' });
  await expect(field(page, 'customers')).toHaveValue('1000');
  await page.getByLabel('Currency', { exact: true }).selectOption('GBP');
  await page.getByLabel('Number format', { exact: true }).selectOption('en-GB');
  await expectResults(page, { npv: '£3,306', roi: '44.2%', benefits: '£17,300' });
});

// ---------------------------------------------------------------------------------------------
// Keyboard only.

test('CLV by keyboard alone: preset, typing, share, the working, currency and reset', async ({ page }) => {
  await open(page, 'clv');
  await tabTo(page, /^Online shop$/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Online shop' })).toHaveAttribute('aria-pressed', 'true');
  await expect(field(page, 'ordersPerYear')).toHaveValue('2.5');
  await tabTo(page, /^orderValue$/);
  const keys = Object.keys(CLV_INPUTS);
  for (const [i, key] of keys.entries()) {
    expect(await focusedName(page)).toBe(key);
    await expectVisibleFocus(page);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(CLV_INPUTS[key]!);
    if (i < keys.length - 1) await page.keyboard.press('Tab');
  }
  await expectResults(page, CLV_RESULTS);
  // The currency select: arrows change it without opening anything.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Currency', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Currency', { exact: true })).toHaveValue('USD');
  await expect(value(page, 'clv')).toHaveText('US$133');
  await tabTo(page, /^Copy share link$/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Share link')).toHaveValue(/orderValue=100&.*currency=USD/);
  await tabTo(page, /^Show the working$/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.calc-working')).toHaveAttribute('open', '');
  await tabTo(page, /^Reset to defaults$/, { back: true });
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expectInputs(page, DEFAULTS.clv);
});

test('ROI by keyboard alone: every field typed, the chart table opened, CSV by Enter', async ({ page }) => {
  await open(page, 'roi');
  await tabTo(page, /^customers$/);
  const keys = Object.keys(ROI_INPUTS);
  for (const [i, key] of keys.entries()) {
    expect(await focusedName(page)).toBe(key);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(ROI_INPUTS[key]!);
    if (i < keys.length - 1) await page.keyboard.press('Tab');
  }
  await expectResults(page, ROI_RESULTS);
  await tabTo(page, /^Download CSV$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^cx-playbook-roi-/);
  await tabTo(page, /^Table of the chart: Benefits by source/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expectChartTable(page, 'roi-cash', ROI_CHART_ROWS);
  // The scrolling table box is reachable too (so a wide table can be scrolled with the arrows).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Table: Benefits by source and cumulative net flow, by year' })).toBeFocused();
  await expectVisibleFocus(page);
});

// ---------------------------------------------------------------------------------------------
// JavaScript each tool page loads, measured in the browser, against the build-time budget walk.

for (const tool of ['clv', 'roi'] as const) {
  test(`${tool.toUpperCase()}: the browser loads exactly the JavaScript the budget counts, before and after the chart`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') bodies.set(new URL(r.url()).pathname, r.body());
    });
    await open(page, tool);
    await page.waitForLoadState('networkidle');
    await expect(figure(page, CASES[tool].chart)).toHaveAttribute('data-chart-state', 'waiting');
    const beforeUrls = [...bodies.keys()].sort();
    await drawChart(page, CASES[tool].chart);
    if (tool === 'roi') await drawChart(page, 'roi-tornado');
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
    console.log(`[js-gzip] /${PATH[tool]} before=${measured.before} after=${measured.after} inline=${inline} files-before=${beforeUrls.join(',')} files-after=+${afterUrls.filter((u) => !beforeUrls.includes(u)).join(',')}`);

    expect(beforeUrls).toEqual(weight.js.before.map((f) => f.url).sort());
    expect(afterUrls).toEqual([...weight.js.before, ...weight.js.lazy].map((f) => f.url).sort());
    expect(measured).toEqual({ before: weight.js.beforeGzip, after: weight.js.afterGzip });
  });
}
