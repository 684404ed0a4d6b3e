// The CLV calculator in the browser. The tests both calculators pass (results and chart that follow
// what is typed, bad input, share links, storage, presets and reset, a phone's width, axe with
// everything open, that nothing typed leaves the browser, the JavaScript the page loads) are in
// calculator-helpers.ts and run here with the hand-derived case below; then CLV's own: results
// written in words, a malformed share link, the working, CSV, currency and locale, keyboard-only use.
//
// Every expected number below is worked out by hand in the comment beside it, from the formulas
// in docs/methods/clv.md, never copied from the program's output. Money is shown in whole units from
// 100 upwards (€133) and with cents below (€83.33); percentages with at most one decimal.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectLightSlideOnDarkPage, pngSize } from './png.ts';
import {
  calculatorTests,
  downloadCsv,
  drawChart,
  expectChartTable,
  expectDesktopUnchanged,
  expectHeadlineInView,
  expectInputs,
  expectJumpLinks,
  expectNoBrokenNumbers,
  expectResults,
  expectVisibleFocus,
  field,
  figure,
  fillAll,
  focusedName,
  open,
  peek,
  PHONE,
  tabTo,
  value,
  type ToolCase,
} from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

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
const INPUTS: Record<string, string> = {
  orderValue: '100',
  ordersPerYear: '2',
  margin: '50',
  retention: '50',
  discountRate: '25',
  acquisitionCost: '50',
  horizon: '2',
  retentionWhatIf: '10',
};
const RESULTS: Record<string, string> = {
  clv: '€133',
  'clv-horizon': '€112',
  'clv-to-cac': '2.7 to 1',
  'clv-minus-cac': '€83.33',
  'months-to-recover': '6 months',
  'margin-per-year': '€100',
  lifetime: '2 years',
  'what-if': '€154',
};
/**
 * The chart's year rows: discounted margin, cumulative CLV, CAC. Year 1: 100 / 1.25 = 80; year 2: 32
 * (above), cumulative 112. A column has one number of decimals: cumulative CLV holds 80 (below 100),
 * so 112 is written with cents too (€112.00).
 */
const CHART_ROWS = [
  ['Year 1', '€80.00', '€80.00', '€50.00'],
  ['Year 2', '€32.00', '€112.00', '€50.00'],
];
/** What the canvas was drawn with: the last value of each series (year 2: 32, 112, 50). */
const DRAWN = '32.00|112.00|50.00';

/** The default inputs from content/tools/clv.mdx, as they appear in the boxes. */
const DEFAULTS: Record<string, string> = {
  orderValue: '60',
  ordersPerYear: '3',
  margin: '40',
  retention: '70',
  discountRate: '8',
  acquisitionCost: '120',
  horizon: '10',
  retentionWhatIf: '5',
};

// Bad inputs: each path has its own message under the field, and the results stay on the last
// valid numbers (never blank, NaN or Infinity).
const BAD: ToolCase['bad'] = [
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
];

// ---------------------------------------------------------------------------------------------
// The tests every calculator passes (calculator-helpers.ts), with this tool's case.

calculatorTests('clv', {
  inputs: INPUTS,
  results: RESULTS,
  chart: 'clv-build-up',
  rows: CHART_ROWS,
  drawn: DRAWN,
  otherCharts: [],
  defaults: DEFAULTS,
  bad: BAD,
  horizonTooLong: 'Years shown in the chart must be at most 50 years',
  afterTyping: async (page) => {
    // CAC 50 -> 80: only the dashed CAC line moves (80.00); CLV : CAC = 133.33 / 80 = 1.67 -> "1.7 to 1";
    // months = 80 / (100 / 12) = 9.6.
    await field(page, 'acquisitionCost').fill('80');
    await expect(figure(page, 'clv-build-up').locator('canvas')).toHaveAttribute('data-drawn', '32.00|112.00|80.00');
    await expect(value(page, 'clv-to-cac')).toHaveText('1.7 to 1');
    await expect(value(page, 'months-to-recover')).toHaveText('9.6 months');
    await expectChartTable(page, 'clv-build-up', [['Year 2', '€32.00', '€112.00', '€80.00']]);
  },
  presets: async (page) => {
    // Subscription service: 50 × 12 orders × 80% = 480 a year; retention 85%, discount 8% (default):
    // CLV = 480 / (1.08 − 0.85) = 480 / 0.23 = 2,086.96 -> €2,087; lifetime 1 / 0.15 = 6.67 -> 6.7 years;
    // CAC 600: 2,086.96 / 600 = 3.48 -> 3.5 to 1; months 600 / (480 / 12) = 15.
    await page.getByRole('button', { name: 'Subscription service' }).click();
    await expectInputs(page, {
      orderValue: '50',
      ordersPerYear: '12',
      margin: '80',
      retention: '85',
      discountRate: '8',
      acquisitionCost: '600',
      horizon: '15',
    });
    await expectResults(page, { clv: '€2,087', lifetime: '6.7 years', 'clv-to-cac': '3.5 to 1', 'months-to-recover': '15 months' });
  },
});

// ---------------------------------------------------------------------------------------------
// Results with no number, malformed share links.

test('CLV: months to recover CAC says why the chart covers CAC later', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, INPUTS);
  const note = page.locator('[data-result="months-to-recover"] .calc-note');
  const why =
    'Undiscounted margin spread evenly over the months, as if the customer stays; the chart counts discounted margin of customers who stay, at each year’s end, ';
  // CAC 50: 6 months; the chart's cumulative CLV is 80 at the end of year 1, at least 50.
  await expect(note).toHaveText(`${why}so it covers CAC in year 1.`);
  // CAC 100: 100 / (100 / 12) = 12 months; cumulative 80 < 100 after year 1, 112 ≥ 100 after year 2.
  await field(page, 'acquisitionCost').fill('100');
  await expect(value(page, 'months-to-recover')).toHaveText('12 months');
  await expect(note).toHaveText(`${why}so it covers CAC in year 2.`);
  // CAC 200: 24 months; 112 < 200 after the 2 years of the chart.
  await field(page, 'acquisitionCost').fill('200');
  await expect(value(page, 'months-to-recover')).toHaveText('24 months');
  await expect(note).toHaveText(`${why}so it does not cover CAC within 2 years.`);
});

test('CLV: results that have no number are written in words', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, INPUTS);
  // CAC 0: nothing to divide by, nothing to recover; CLV − CAC = CLV = €133.
  await field(page, 'acquisitionCost').fill('0');
  await expectResults(page, {
    'clv-to-cac': 'no acquisition cost to compare',
    'months-to-recover': '0 months: nothing to recover',
    'clv-minus-cac': '€133',
  });
  // Margin 0: m = 0, CLV = 0, and CAC 50 is never recovered; CLV − CAC = −50.
  await field(page, 'acquisitionCost').fill('50');
  await field(page, 'margin').fill('0');
  await expectResults(page, {
    clv: '€0.00',
    'clv-to-cac': '0 to 1',
    'months-to-recover': 'never: there is no margin',
    'clv-minus-cac': '-€50.00',
  });
  // Retention 99% and the what-if capped there: lifetime 1 / 0.01 = 100 years; margin back to 50%:
  // CLV = 100 / (1.25 − 0.99) = 384.62 -> €385, and the what-if adds nothing.
  await field(page, 'margin').fill('50');
  await field(page, 'retention').fill('99');
  await expectResults(page, { lifetime: '100 years', clv: '€385', 'what-if': '€385' });
  await expect(page.locator('[data-result="what-if"] .calc-note')).toHaveText('+€0.00 (0%); retention is capped at 99%');
  await expectNoBrokenNumbers(page);
});

test('CLV: a malformed share link is reset field by field and the notice names the fields', async ({ page }) => {
  await open(page, 'clv', 'orderValue=abc&ordersPerYear=-2&margin=&retention=150&horizon=2.5&colour=blue&currency=XYZ');
  const notice = page.locator('.calc-notice');
  await expect(notice.locator('.calc-notice-title')).toHaveText(
    'Some of this share link could not be used, so the calculator shows the defaults in its place.',
  );
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
  await expectInputs(page, DEFAULTS);
  // The defaults: m = 60 × 3 × 0.40 = 72; CLV = 72 / (1.08 − 0.70) = 72 / 0.38 = 189.47 -> €189.
  await expectResults(page, { clv: '€189', 'margin-per-year': '€72.00' });
  await expectNoBrokenNumbers(page);
  // The bad link is replaced by a good one, so a reload shows no notice.
  await expect(page).toHaveURL(/#orderValue=60&/);
  await page.reload();
  await expect(page.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
  await expect(notice).toHaveCount(0);
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
  await fillAll(page, INPUTS);
  const working = page.locator('details.calc-working');
  await working.getByText('Show the working').click();
  const steps = working.locator('li');
  // Each: the formula, then = the reader's numbers, then = the result (all from the CLV case above).
  await expect(steps.nth(0)).toHaveText(
    /Margin per customer per year\s*m = average order value × orders per year × gross margin\s*= €100 × 2 × 50%\s*= €100/,
  );
  await expect(steps.nth(1)).toHaveText(/lifetime = 1 \/ \(1 − r\)\s*= 1 \/ \(1 − 50%\)\s*= 2 years/);
  await expect(steps.nth(2)).toHaveText(/CLV = m \/ \(1 \+ d − r\)\s*= €100 \/ \(1 \+ 25% − 50%\)\s*= €133/);
  await expect(steps.nth(3)).toHaveText(/= sum for t = 1 to 2 of €100 × 50%\^\(t−1\) \/ \(1 \+ 25%\)\^t\s*= €112/);
  await expect(steps.nth(4)).toHaveText(/CLV \/ CAC\s*= €133 \/ €50\s*= 2\.67 to 1/);
  await expect(steps.nth(6)).toHaveText(/CAC \/ \(m \/ 12\)\s*= €50 \/ \(€100 \/ 12\)\s*= 6 months/);
  await expect(steps.nth(7)).toHaveText(/r′ = min\(50% \+ 10 points, 99%\) = 60%; €100 \/ \(1 \+ 25% − 60%\)\s*= €154/);
});

test('CLV: CSV has the inputs, results and chart rows', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, INPUTS);
  const lines = await downloadCsv(page, 'clv');
  // Numbers are plain (no currency sign, "." decimals) with their unit beside them, money to 2 decimals:
  // 100 / 0.75 = 133.33 EUR, 133.333 / 50 = 2.67 x, 133.333 − 50 = 83.33 EUR, 100 / 0.65 = 153.85 EUR.
  expect(lines).toEqual([
    'Tool,clv',
    'Currency,EUR',
    '',
    'Input,Value,Unit',
    'Average order value,100,EUR',
    'Orders per year,2,',
    'Gross margin,50,%',
    'Annual retention,50,%',
    'Annual discount rate,25,%',
    'Acquisition cost (CAC),50,EUR',
    'Years shown in the chart,2,years',
    'Extra retention to test,10,percentage points',
    '',
    'Result,Value,Unit',
    'CLV over all future years,133.33,EUR',
    'CLV over 2 years,112,EUR',
    'CLV to CAC,2.67,x',
    'CLV minus CAC,83.33,EUR',
    'Months to recover CAC,6,months',
    'Margin per customer per year,100,EUR',
    'Expected customer lifetime,2,years',
    'CLV at 60% retention,153.85,EUR',
    '',
    '"CLV built up over 2 years, against the acquisition cost"',
    'Year,Discounted margin in the year,Cumulative CLV,Acquisition cost (CAC),Unit',
    'Year 1,80,80,50,EUR',
    'Year 2,32,112,50,EUR',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'CSV downloaded.' })).toBeVisible();
});

test('CLV: currency and number format change how every amount is written, and what typing means', async ({ page }) => {
  await open(page, 'clv');
  await fillAll(page, { ...INPUTS, ordersPerYear: '2.5' });
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

test('CLV: separators appear on leaving a box without changing the number; a number that could be read two ways is refused', async ({
  page,
}) => {
  await open(page, 'clv');
  await fillAll(page, INPUTS);
  await expectResults(page, RESULTS);
  // 150000 typed, then Tab: shown as 150,000 in en-GB, and the result is for 150,000.
  // m = 150,000 × 2 × 0.50 = 150,000; CLV = 150,000 / 0.75 = 200,000 -> €200,000.
  await field(page, 'orderValue').fill('150000');
  await field(page, 'orderValue').press('Tab');
  await expect(field(page, 'orderValue')).toHaveValue('150,000');
  await expectResults(page, { clv: '€200,000', 'margin-per-year': '€150,000' });
  // In de-DE the same box is grouped with "." on leaving it, still one hundred and fifty thousand.
  await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');
  await field(page, 'orderValue').focus();
  await field(page, 'orderValue').press('Tab');
  await expect(field(page, 'orderValue')).toHaveValue('150.000');
  await expectResults(page, { clv: '200.000 €' });
  // Back in en-GB, "50,5" could be fifty and a half or five hundred and five: refused, saying both.
  await page.getByLabel('Number format', { exact: true }).selectOption('en-GB');
  await field(page, 'orderValue').fill('50,5');
  await field(page, 'orderValue').press('Tab');
  await expect(field(page, 'orderValue')).toHaveValue('50,5');
  await expect(field(page, 'orderValue')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#calc-clv-orderValue-error')).toHaveText(
    'Average order value: in en-GB “.” is the decimal point and “,” separates thousands, so “50,5” is unclear: write 50.5 if “,” is a decimal point, or 505 if it separates thousands.',
  );
  await expectResults(page, { clv: '€200,000' });
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
  const keys = Object.keys(INPUTS);
  for (const [i, key] of keys.entries()) {
    expect(await focusedName(page)).toBe(key);
    await expectVisibleFocus(page);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(INPUTS[key]!);
    if (i < keys.length - 1) await page.keyboard.press('Tab');
  }
  await expectResults(page, RESULTS);
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
  await expectInputs(page, DEFAULTS);
});

// ---------------------------------------------------------------------------------------------
// On a phone the headline result stays in view (issue 14); on a wide screen nothing changed.

test('CLV on a phone: the headline result stays in view while a field far down the form changes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'clv');
  // The hand case above with the discount rate still at its default 8%:
  //   CLV = 100 / (1 + 0.08 − 0.50) = 100 / 0.58 = 172.41 -> €172
  const { discountRate, ...rest } = INPUTS;
  await fillAll(page, rest);
  await expect(peek(page, 'clv')).toHaveText('€172');
  // Then 25% (the hand case): CLV = 100 / (1 + 0.25 − 0.50) = 100 / 0.75 = 133.33 -> €133
  await expectHeadlineInView(page, field(page, 'discountRate'), discountRate!, 'clv', '€133');
  await expectJumpLinks(page, 'clv');
  // The bar is only drawn on narrow screens, so axe checks it here, in both themes (contrast).
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `at 390 px, ${theme}`);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.calc-peek')).toBeHidden();
  await expect(page.locator('.calc-back')).toBeHidden();
});

test('CLV on a wide screen: no bar; the results stay sticky beside the form', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, 'clv');
  // The defaults (content/tools/clv.mdx) with a 10% discount rate: margin 60 × 3 × 0.40 = 72 a year;
  //   CLV = 72 / (1 + 0.10 − 0.70) = 72 / 0.40 = 180 -> €180
  await expectDesktopUnchanged(page, field(page, 'discountRate'), '10', 'clv', '€180');
});

// ---------------------------------------------------------------------------------------------
// Charts for the deck (issue 14): a slide-sized PNG, always light, from a dark page on a 2x screen.

test.describe('CLV chart as a PNG', () => {
  // A 2x screen: the file must still be exactly 1600 × 900.
  test.use({ deviceScaleFactor: 2 });

  test('Download PNG: 1600 × 900, light background on a dark page, by keyboard, no CSP violation', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await open(page, 'clv');
    await fillAll(page, INPUTS);
    await setTheme(page, 'dark');
    const chart = figure(page, 'clv-build-up');
    // The accessible name is "Download PNG: <the chart's title>" (the title is visually hidden).
    const button = chart.getByRole('button', { name: /^Download PNG.*CLV built up over 2 years/ });
    // No button (and no chart code) before the chart is in view.
    await expect(chart).toHaveAttribute('data-chart-state', 'waiting');
    await expect(button).toHaveCount(0);
    await drawChart(page, 'clv-build-up');

    const downloading = page.waitForEvent('download');
    await button.focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('cx-playbook-clv-clv-build-up.png');
    const png = await readFile((await download.path())!);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    await expect(chart.getByRole('status')).toHaveText('Saved cx-playbook-clv-clv-build-up.png.');

    await expectLightSlideOnDarkPage(page, png);

    // Copy image is tested with a recording clipboard below: headless Chromium's own clipboard write
    // depends on the window having focus, which two parallel workers do not guarantee.

    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  test('Copy image puts the same 1600 × 900 PNG on the clipboard, and says when the browser refuses', async ({ page }) => {
    // The page's clipboard is replaced by a recorder: a real clipboard write needs the window to
    // have focus, which parallel workers do not guarantee. What is checked is what the page hands
    // to the clipboard, and the message when the write is refused.
    await page.addInitScript(() => {
      const w = window as unknown as { copied: string[]; refuse: boolean };
      w.copied = [];
      w.refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async () => undefined,
          write: async (items: ClipboardItem[]) => {
            if (w.refuse) throw new DOMException('refused', 'NotAllowedError');
            for (const item of items) {
              const blob = await item.getType('image/png');
              const bytes = new Uint8Array(await blob.arrayBuffer());
              w.copied.push(btoa(Array.from(bytes, (x) => String.fromCharCode(x)).join('')));
            }
          },
        },
      });
    });
    await open(page, 'clv');
    await drawChart(page, 'clv-build-up');
    const chart = figure(page, 'clv-build-up');
    await chart.getByRole('button', { name: /^Copy image/ }).click();
    await expect(chart.getByRole('status')).toHaveText('Copied the chart image.');
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toHaveLength(1);
    expect(pngSize(Buffer.from(copied[0]!, 'base64'))).toEqual({ width: 1600, height: 900 });

    await page.evaluate(() => {
      (window as unknown as { refuse: boolean }).refuse = true;
    });
    await chart.getByRole('button', { name: /^Copy image/ }).click();
    await expect(chart.getByRole('status')).toHaveText('The browser did not allow copying the image; use Download PNG instead.');
  });

  test('Copy image is not offered where the browser cannot copy images; Download PNG still is', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as { ClipboardItem?: unknown }).ClipboardItem;
    });
    await open(page, 'clv');
    await drawChart(page, 'clv-build-up');
    await expect(figure(page, 'clv-build-up').getByRole('button', { name: /^Download PNG/ })).toBeVisible();
    await expect(figure(page, 'clv-build-up').getByRole('button', { name: /^Copy image/ })).toHaveCount(0);
  });
});

/** Holds the page's scripts (as a slow network would) until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// On a slow phone the boxes are on screen before the script: what the reader types then is kept.
// The page's scripts are held until the reader has typed. CLV defaults with retention 80%:
// margin per year 60 × 3 × 0.40 = 72; CLV = 72 / (1 + 0.08 − 0.80) = 257.14 -> €257.
test('a number typed before the page has loaded its script is kept once it has', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('tools/clv/', { waitUntil: 'domcontentloaded' });
  await field(page, 'retention').fill('80');
  release();
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(value(page, 'clv')).toHaveText('€257');
  await expect(field(page, 'retention')).toHaveValue('80');
  // Kept as if typed after loading: in the address, so a reload keeps it too.
  await expect(page).toHaveURL(/retention=80/);
});

// With inputs saved from an earlier visit, the saved ones come back and the early typing goes on
// top. Saved: order value €100 (m = 100 × 3 × 0.40 = 120); typed: retention 80%.
// CLV = 120 / (1.08 − 0.80) = 428.57 -> €429.
test('typing before the script loads goes on top of the inputs saved on an earlier visit', async ({ page }) => {
  await page.goto('tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await field(page, 'orderValue').fill('100');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('cx-playbook:calc:clv:v1'))).toContain('"orderValue":100');
  const release = await holdScripts(page);
  await page.goto('tools/clv/', { waitUntil: 'domcontentloaded' });
  await field(page, 'retention').fill('80');
  release();
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(value(page, 'clv')).toHaveText('€429');
  await expect(field(page, 'orderValue')).toHaveValue('100');
  await expect(field(page, 'retention')).toHaveValue('80');
});
