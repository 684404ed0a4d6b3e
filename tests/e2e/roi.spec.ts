// The CX ROI calculator in the browser. The tests both calculators pass (results and charts that
// follow what is typed, bad input, share links, storage, presets and reset, a phone's width, axe with
// everything open, that nothing typed leaves the browser, the JavaScript the page loads) are in
// calculator-helpers.ts and run here with the hand-derived case below; then ROI's own: results
// written in words, a link whose values do not fit together, the working, CSV, the year-by-year
// table, currency and locale, keyboard-only use.
//
// Every expected number below is worked out by hand in the comment beside it, from the formulas
// in docs/methods/roi.md, never copied from the program's output. Money is shown in whole units from
// 100 upwards (€133) and with cents below (€83.33); percentages with at most one decimal.
import {
  calculatorTests,
  downloadCsv,
  drawChart,
  escape,
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
  openElsewhere,
  peek,
  PHONE,
  tabTo,
  type ToolCase,
} from './calculator-helpers.ts';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

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
const INPUTS: Record<string, string> = {
  customers: '1000',
  revenuePerCustomer: '100',
  margin: '50',
  retention: '50',
  retentionUplift: '10',
  spendUplift: '10',
  contactsPerYear: '1000',
  costPerContact: '10',
  deflection: '10',
  investment: '10000',
  runningCost: '1000',
  horizon: '2',
  discountRate: '10',
};
const RESULTS: Record<string, string> = {
  npv: '€3,306',
  payback: '15.3 months',
  roi: '44.2%',
  'roi-discounted': '28.2%',
  benefits: '€17,300',
  costs: '€12,000',
};
/**
 * The cash chart's rows: retention benefit, spend benefit, deflection saving, cumulative net flow (all
 * from the derivation above). Each column has one number of decimals: every amount other than 0 is at
 * least 100, so whole units, and year 0 writes €0 (not €0.00).
 */
const CHART_ROWS = [
  ['Year 0', '€0', '€0', '€0', '-€10,000'],
  ['Year 1', '€5,000', '€3,000', '€1,000', '-€2,000'],
  ['Year 2', '€5,500', '€1,800', '€1,000', '€5,300'],
];
const DRAWN = '5500.00|1800.00|1000.00|5300.00';
/**
 * The year-by-year table; present value of year 1 8,000 / 1.1 = 7,272.73, of year 2 7,300 / 1.21 = 6,033.06.
 * Customers are expected values, always with one decimal (1000 × 0.5 = 500.0; 1000 × 0.6 = 600.0;
 * 500 × 0.5 = 250.0; 600 × 0.6 = 360.0); money columns are whole units (every amount other than 0 is
 * at least 100), so year 0's benefits are €0.
 */
const YEAR_ROWS = [
  ['0', '1,000.0', '1,000.0', '€0', '€10,000', '-€10,000', '-€10,000', '-€10,000'],
  ['1', '500.0', '600.0', '€9,000', '€1,000', '€8,000', '-€2,000', '€7,273'],
  ['2', '250.0', '360.0', '€8,300', '€1,000', '€7,300', '€5,300', '€6,033'],
];

/** The default inputs from content/tools/roi.mdx, as they appear in the boxes. */
const DEFAULTS: Record<string, string> = {
  customers: '10000',
  revenuePerCustomer: '400',
  margin: '40',
  retention: '75',
  retentionUplift: '3',
  spendUplift: '5',
  contactsPerYear: '20000',
  costPerContact: '6',
  deflection: '15',
  investment: '150000',
  runningCost: '40000',
  horizon: '5',
  discountRate: '8',
};

// Bad inputs: each path has its own message under the field, and the results stay on the last
// valid numbers (never blank, NaN or Infinity).
const BAD: ToolCase['bad'] = [
  ['customers', '', 'Customers today is empty: enter a number from 0 to 1,000,000,000.'],
  ['customers', '-1', 'Customers today must be at least 0; you entered -1.'],
  ['costPerContact', '1000001', 'Cost per contact must be at most €1,000,000; you entered €1,000,001.'],
  ['margin', '-0.5', 'Gross margin must be at least 0%; you entered -0.5%.'],
  ['margin', '101', 'Gross margin must be at most 100%; you entered 101%.'],
  ['discountRate', 'ten', 'Annual discount rate must be a number, such as 12.5; you entered “ten”.'],
  // Commas that are not thousands separators: refused, with both ways it could be read.
  [
    'investment',
    '1,5,0',
    'Upfront investment: in en-GB “.” is the decimal point and “,” separates thousands, so “1,5,0” is unclear: write 15 if “,” is a decimal point, or 150 if it separates thousands.',
  ],
  ['investment', 'lots', 'Upfront investment must be a number, such as 12.5; you entered “lots”.'],
  ['horizon', '', 'Horizon is empty: enter a whole number from 1 year to 10 years.'],
  ['horizon', '11', 'Horizon must be at most 10 years; you entered 11 years.'],
  ['horizon', '1.5', 'Horizon must be a whole number; you entered 1.5 years.'],
  // Retention is 50% in the hand case, so the uplift can be at most 100 − 50 = 50 points.
  ['retentionUplift', '60', 'Retention uplift: retention plus uplift cannot pass 100%, so the uplift can be at most 50 points.'],
];

// ---------------------------------------------------------------------------------------------
// The tests every calculator passes (calculator-helpers.ts), with this tool's case.

calculatorTests('roi', {
  inputs: INPUTS,
  results: RESULTS,
  chart: 'roi-cash',
  rows: CHART_ROWS,
  drawn: DRAWN,
  otherCharts: ['roi-tornado'],
  defaults: DEFAULTS,
  bad: BAD,
  horizonTooLong: 'Horizon must be at most 10 years',
  afterTyping: async (page, scripts) => {
    // Deflection 10% -> 20%: the saving doubles to 1000 × 0.2 × 10 = 2,000 a year, so cumulative
    // becomes −10,000 + 9,000 + 8,300 = 7,300 at the end of year 2 (1,000 more each year).
    await field(page, 'deflection').fill('20');
    await expect(figure(page, 'roi-cash').locator('canvas')).toHaveAttribute('data-drawn', '5500.00|1800.00|2000.00|7300.00');
    await expectChartTable(page, 'roi-cash', [['Year 2', '€5,500', '€1,800', '€2,000', '€7,300']]);
    // The tornado is drawn with the same (already loaded) chart code.
    await drawChart(page, 'roi-tornado');
    await expect(figure(page, 'roi-tornado').locator('canvas')).toHaveAttribute('data-drawn', /^-?\d+\.\d\d\|-?\d+\.\d\d$/);
    expect(scripts.filter((u) => /chart-render/.test(u))).toHaveLength(1);
  },
  presets: async (page) => {
    // Self-service first: investment 80,000 and running cost 20,000 over the default 5 years:
    // costs 80,000 + 5 × 20,000 = 180,000. Cautious case: 3 years at the default 40,000 after 150,000:
    // 150,000 + 3 × 40,000 = 270,000.
    await page.getByRole('button', { name: 'Self-service first' }).click();
    await expectInputs(page, {
      retentionUplift: '1',
      spendUplift: '0',
      deflection: '30',
      investment: '80000',
      runningCost: '20000',
      horizon: '5',
    });
    await expectResults(page, { costs: '€180,000' });
    await page.getByRole('button', { name: 'Cautious case' }).click();
    await expect(page.getByRole('button', { name: 'Self-service first' })).toHaveAttribute('aria-pressed', 'false');
    await expectResults(page, { costs: '€270,000' });
  },
  // The ranges panel, the simulation's view and its Web Worker load on demand too.
  onDemand: async (page) => {
    await page.getByRole('button', { name: 'Add ranges and risk adjustments' }).click();
    await page.getByRole('button', { name: 'Add range' }).click();
    await expect(page.locator('[data-simulation="ready"]')).toBeVisible();
  },
});

// ---------------------------------------------------------------------------------------------
// Results with no number, share links whose values do not fit.

test('ROI: results that have no number are written in words', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, INPUTS);
  // 1 year: cumulative −10,000 + 8,000 = −2,000 at the end, so no payback within the horizon.
  await field(page, 'horizon').fill('1');
  await expectResults(page, { payback: 'not within the horizon of 1 year' });
  // No investment and no running cost: no costs to divide by; the cumulative flow never dips below zero.
  await field(page, 'investment').fill('0');
  await field(page, 'runningCost').fill('0');
  await expectResults(page, {
    roi: 'no costs to compare with',
    'roi-discounted': 'no costs to compare with',
    payback: '0 months: the net flow never falls below zero',
    costs: '€0.00',
  });
  await expectNoBrokenNumbers(page);
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
  await expectInputs(page, { ...DEFAULTS, retention: '95' });
  await expectNoBrokenNumbers(page);
});

// ---------------------------------------------------------------------------------------------
// Show the working, CSV, the year-by-year table, currency and locale.

test('ROI: show the working gives each formula with the reader’s numbers', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, INPUTS);
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

test('ROI: CSV has the inputs, results, chart rows and the year-by-year table', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, INPUTS);
  const lines = await downloadCsv(page, 'roi');
  expect(lines.slice(0, 18)).toEqual([
    'Tool,roi',
    'Currency,EUR',
    '',
    'Input,Value,Unit',
    'Customers today,1000,',
    'Revenue per customer per year,100,EUR',
    'Gross margin,50,%',
    'Baseline annual retention,50,%',
    'Retention uplift,10,percentage points',
    'Spend uplift,10,%',
    'Support contacts per year,1000,',
    'Cost per contact,10,EUR',
    'Contacts deflected by self-service,10,%',
    'Upfront investment,10000,EUR',
    'Running cost per year,1000,EUR',
    'Horizon,2,years',
    'Annual discount rate,10,%',
    '',
  ]);
  // NPV −10,000 + 8,000 / 1.1 + 7,300 / 1.21 = 3,305.785124 → 3305.79 EUR; payback 12 + 24,000 / 7,300
  // = 15.287671 → 15.3 months; ROI 5,300 / 12,000 = 0.441667 → 44.17%; discounted
  // 3,305.785124 / 11,735.537190 = 0.281690 → 28.17% (docs/methods/README.md, "Figures in CSV exports").
  expect(lines.slice(18, 25)).toEqual([
    'Result,Value,Unit',
    'Net present value (NPV),3305.79,EUR',
    'Payback,15.3,months',
    'ROI (undiscounted),44.17,%',
    'ROI (discounted),28.17,%',
    'Total benefits,17300,EUR',
    'Total costs,12000,EUR',
  ]);
  const cash = lines.indexOf('"Benefits by source and cumulative net flow, by year"');
  expect(lines.slice(cash + 1, cash + 5)).toEqual([
    'Year,Retention benefit,Spend uplift benefit,Deflection saving,Cumulative net flow,Unit',
    'Year 0,0,0,0,-10000,EUR',
    'Year 1,5000,3000,1000,-2000,EUR',
    'Year 2,5500,1800,1000,5300,EUR',
  ]);
  expect(lines).toContain('Sensitivity: NPV with each driver 20% lower or higher');
  const years = lines.indexOf('Year by year');
  expect(lines.slice(years + 1)).toEqual([
    'Year,"Customers, baseline (expected)","Customers, with programme (expected)",Benefits (EUR),Costs (EUR),Net flow (EUR),Cumulative net flow (EUR),Present value (EUR)',
    '0,1000,1000,0,10000,-10000,-10000,-10000',
    // 8,000 / 1.1 = 7,272.727… → 7272.73; 7,300 / 1.21 = 6,033.057… → 6033.06
    '1,500,600,9000,1000,8000,-2000,7272.73',
    '2,250,360,8300,1000,7300,5300,6033.06',
  ]);
});

test('ROI: the year-by-year table shows the hand-computed years', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, INPUTS);
  const table = page.getByRole('table', { name: 'Year by year' });
  for (const [year, ...cells] of YEAR_ROWS)
    await expect(table.getByRole('row', { name: new RegExp(`^${year} `) }).getByRole('cell')).toHaveText(cells);
  await expect(page.getByRole('region', { name: 'Table: Year by year' })).toBeVisible();
});

test('ROI: switching currency and number format', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, INPUTS);
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

test('ROI by keyboard alone: every field typed, the chart table opened, CSV by Enter', async ({ page }) => {
  await open(page, 'roi');
  await tabTo(page, /^customers$/);
  const keys = Object.keys(INPUTS);
  for (const [i, key] of keys.entries()) {
    expect(await focusedName(page)).toBe(key);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(INPUTS[key]!);
    if (i < keys.length - 1) await page.keyboard.press('Tab');
  }
  await expectResults(page, RESULTS);
  await tabTo(page, /^Download CSV$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^cx-playbook-roi-/);
  await tabTo(page, /^Table of the chart: Benefits by source/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expectChartTable(page, 'roi-cash', CHART_ROWS);
  // The scrolling table box is reachable too (so a wide table can be scrolled with the arrows).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'Table: Benefits by source and cumulative net flow, by year' })).toBeFocused();
  await expectVisibleFocus(page);
});

// ---------------------------------------------------------------------------------------------
// On a phone the headline result stays in view (issue 14); on a wide screen nothing changed.

test('ROI on a phone: the NPV stays in view while the last field of the form changes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'roi');
  // The hand case above with the discount rate still at its default 8% (net flows −10,000, 8,000, 7,300):
  //   NPV = −10,000 + 8,000 / 1.08 + 7,300 / 1.08² = −10,000 + 7,407.41 + 7,300 / 1.1664
  //       = −10,000 + 7,407.41 + 6,258.57 = 3,665.98 -> €3,666
  const { discountRate, ...rest } = INPUTS;
  await fillAll(page, rest);
  await expect(peek(page, 'npv')).toHaveText('€3,666');
  // Then 10% (the hand case): −10,000 + 7,272.73 + 6,033.06 = 3,305.79 -> €3,306
  await expectHeadlineInView(page, field(page, 'discountRate'), discountRate!, 'npv', '€3,306');
  await expectJumpLinks(page, 'roi');
});

test('ROI on a wide screen: no bar; the results stay sticky beside the form', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, 'roi');
  const { discountRate, ...rest } = INPUTS;
  await fillAll(page, rest);
  // The hand case: NPV €3,306 (derivation at the top of this file).
  await expectDesktopUnchanged(page, field(page, 'discountRate'), discountRate!, 'npv', '€3,306');
});

// ---------------------------------------------------------------------------------------------
// Ranges, risk adjustment and the simulation (issue 18). The closed-form case: no customers, so the
// only benefit is the deflection saving 1,000 × 10% × 10 = 1,000 in the one year, no running cost, no
// discounting: NPV = 1,000 − I0, and payback 12 × I0 / 1,000 months when I0 <= 1,000. The investment
// is drawn from triangular (0, 300, 1,500), so (tests/unit/calculators/roi-monte-carlo.test.ts has
// each derivation and its tolerance, four standard errors of 10,000 draws):
//   NPV P10 = 1,000 − (1,500 − √(0.1 × 1,500 × 1,200)) = −75.74 (± 25.5)
//   NPV P50 = 1,000 − (1,500 − √(0.5 × 1,500 × 1,200)) = 448.68 (± 19)
//   NPV P90 = 1,000 − √(0.1 × 1,500 × 300) = 787.87 (± 12.7)
//   P(NPV > 0) = P(I0 < 1,000) = 1 − 500² / (1,500 × 1,200) = 86.11% (± 1.38 points); payback P90 is past the year.

const LINEAR =
  'customers=0&revenuePerCustomer=0&margin=0&retention=0&retentionUplift=0&spendUplift=0&contactsPerYear=1000&costPerContact=10' +
  '&deflection=10&investment=300&runningCost=0&horizon=1&discountRate=0&seed=1&ranges=investment%3A0%3A1500';
const simulation = (page: Page) => page.locator('[data-simulation="ready"]');
/** A money or percentage text as a number: "-€75.74" -> -75.74, "86.1%" -> 86.1. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));
const cells = (page: Page, row: string) =>
  page
    .getByRole('table', { name: 'Simulated NPV and payback' })
    .getByRole('row', { name: new RegExp(`^${row} `) })
    .getByRole('cell');

test('ROI simulation: the closed-form case, the tornado over the range, and a share link that reproduces it exactly', async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'roi', LINEAR);
  await expect(simulation(page)).toBeVisible();
  const [p10, p50, p90] = (await cells(page, 'NPV').allInnerTexts()).map(amount);
  expect(Math.abs(p10! - -75.74)).toBeLessThan(25.5);
  expect(Math.abs(p50! - 448.68)).toBeLessThan(19);
  expect(Math.abs(p90! - 787.87)).toBeLessThan(12.7);
  const chance = amount(await page.locator('[data-sim="npv-positive"] strong').innerText());
  expect(Math.abs(chance - 86.11)).toBeLessThan(1.4);
  await expect(cells(page, 'Payback').nth(2)).toHaveText('not within 1 year');
  // The tornado has the one range: NPV 1,000 − 0 = €1,000 at the low end and 1,000 − 1,500 = −€500 at the high.
  await drawChart(page, 'roi-tornado');
  await figure(page, 'roi-tornado').locator('summary').click();
  const row = figure(page, 'roi-tornado')
    .locator('table')
    .getByRole('row', { name: /^Upfront investment \(€0(\.00)? to €1,500\) / });
  await expect(row.getByRole('cell')).toHaveText(['€1,000', '-€500']);

  const shown = async (p: Page) => [
    ...(await cells(p, 'NPV').allInnerTexts()),
    ...(await cells(p, 'Payback').allInnerTexts()),
    ...(await p.locator('[data-sim] strong').allInnerTexts()),
  ];
  const here = await shown(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  const params = new URLSearchParams(new URL(link).hash.slice(1));
  expect(params.get('ranges')).toBe('investment:0:1500');
  expect(params.get('seed')).toBe('1');
  const other = await openElsewhere(browser, link);
  await expect(simulation(other)).toBeVisible();
  expect(await shown(other)).toEqual(here);
  await expect(other.locator('.calc-notice')).toHaveCount(0);
  // Another seed draws other cases: the percentiles move (within the same tolerances).
  await other.getByLabel('Simulation seed').fill('2');
  await expect(other.locator('[data-simulation="ready"][data-seed="2"]')).toBeVisible();
  expect(await shown(other)).not.toEqual(here);
  await other.context().close();
});

test('ROI ranges on a phone, by keyboard: a driver switched to a range, each bad range named under its input', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'roi');
  await page.getByRole('button', { name: 'Add ranges and risk adjustments' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide ranges and risk adjustments' })).toHaveAttribute('aria-expanded', 'true');
  const select = page.getByLabel('Give a range for');
  await select.focus();
  // Customers today, Revenue per customer per year, Gross margin: two steps down.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('margin');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add range' })).toBeFocused();
  await page.keyboard.press('Enter');
  const row = page.locator('[data-range="margin"]');
  const low = row.getByLabel('Low');
  const high = row.getByLabel('High');
  // The default margin is 40%; a new range starts 20% either side: 40 × 0.8 = 32, 40 × 1.2 = 48.
  await expect(low).toBeFocused();
  await expect(low).toHaveValue('32');
  await expect(high).toHaveValue('48');
  await expect(simulation(page)).toBeVisible();

  const bad: [string, string, string][] = [
    ['45', '48', 'Gross margin: the range’s low value (45%) is above the most likely value (40%).'],
    ['30', '35', 'Gross margin: the most likely value (40%) is above the range’s high value (35%).'],
    ['30', '120', 'Gross margin: the range’s high value (120%) is above the largest allowed, 100%.'],
    ['-1', '50', 'Gross margin: the range’s low value (-1%) is below the smallest allowed, 0%.'],
    ['30', '', 'Gross margin: the range’s high value is empty: enter it, or remove the range.'],
    ['lots', '50', 'Gross margin: the range’s low value is not a number.'],
  ];
  for (const [lowText, highText, message] of bad) {
    await low.fill(lowText);
    await high.fill(highText);
    await expect(row.locator('.calc-error')).toHaveText(message);
    await expect(low).toHaveAttribute('aria-invalid', 'true');
    // The same message under the input itself, and the results say they are for the last valid numbers.
    await expect(page.locator('#calc-roi-margin-error')).toHaveText(message);
    await expect(page.locator('.calc-stale')).toBeVisible();
  }
  await low.fill('30');
  await high.fill('50');
  await expect(row.locator('.calc-error')).toHaveCount(0);
  await expect(page.locator('.calc-stale')).toHaveCount(0);
  await expect(simulation(page)).toBeVisible();
  const chances = simulation(page).locator('[data-sim="npv-positive"]');
  await chances.scrollIntoViewIfNeeded();
  await expect(chances).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Removing the range returns focus to the picker, and the simulation goes.
  await row.getByRole('button', { name: 'Remove the range for Gross margin' }).press('Enter');
  await expect(select).toBeFocused();
  await expect(page.locator('[data-simulation]')).toHaveCount(0);
});

test('ROI risk adjustment: risk-adjusted and unadjusted side by side, in the working and the CSV', async ({ page }) => {
  await open(page, 'roi');
  await fillAll(page, INPUTS);
  await page.getByRole('button', { name: 'Add ranges and risk adjustments' }).click();
  await field(page, 'riskRetention').fill('50');
  // The hand case with half the retention benefit taken off: year 1 5,000 -> 2,500, year 2 5,500 -> 2,750.
  //   benefits 17,300 − 2,500 − 2,750 = 12,050; net flows −10,000, 9,000 − 2,500 − 1,000 = 5,500, 8,300 − 2,750 − 1,000 = 4,550
  //   NPV = −10,000 + 5,500 / 1.1 + 4,550 / 1.21 = −10,000 + 5,000 + 3,760.33 = −1,239.67 -> -€1,240
  //   ROI (12,050 − 12,000) / 12,000 = 0.42% -> 0.4%; cumulative −10,000, −4,500, 50: payback 12 × (1 + 4,500 / 4,550) = 23.87 -> 23.9 months
  await expectResults(page, { npv: '-€1,240', benefits: '€12,050', roi: '0.4%', payback: '23.9 months' });
  const table = page.getByRole('table', { name: 'Risk-adjusted and unadjusted' });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${escape(name)} `) }).getByRole('cell');
  await expect(row('Total benefits')).toHaveText(['€17,300', '€12,050']);
  await expect(row('Net present value (NPV)')).toHaveText(['€3,306', '-€1,240']);
  await expect(row('ROI (undiscounted)')).toHaveText(['44.2%', '0.4%']);
  await expect(row('Payback')).toHaveText(['15.3 months', '23.9 months']);

  const working = page.locator('details.calc-working');
  await working.getByText('Show the working').click();
  // Year 1 before the adjustment is the hand case's 9,000; after it 2,500 + 3,000 + 1,000 = 6,500.
  await expect(working.locator('li').nth(1)).toHaveText(/= €9,000$/);
  await expect(working.locator('li').nth(2)).toHaveText(
    /= €5,000 × \(1 − 50%\) \+ €3,000 × \(1 − 0%\) \+ €1,000 × \(1 − 0%\)\s*= €6,500 \(NPV -€1,240 risk-adjusted, €3,306 unadjusted\)/,
  );

  const lines = await downloadCsv(page, 'roi');
  expect(lines).toContain('"Risk adjustment, customers kept",50,%');
  const at = lines.indexOf('Risk-adjusted and unadjusted');
  // PV of benefits: unadjusted 15,041.32 (the hand case); risk-adjusted 6,500 / 1.1 + 5,550 / 1.21 = 5,909.09 + 4,586.78 = 10,495.87.
  expect(lines.slice(at + 1, at + 5)).toEqual([
    'Figure,Unadjusted,Risk-adjusted,Unit',
    'Total benefits,17300,12050,EUR',
    'PV of benefits,15041.32,10495.87,EUR',
    'Net present value (NPV),3305.79,-1239.67,EUR',
  ]);
});

test('ROI simulation: the CSV carries the ranges and the simulation summary', async ({ page }) => {
  await open(page, 'roi', LINEAR);
  await expect(simulation(page)).toBeVisible();
  const lines = await downloadCsv(page, 'roi');
  const ranges = lines.indexOf('Ranges');
  expect(lines.slice(ranges + 1, ranges + 3)).toEqual(['Input,Low,Most likely,High,Unit', 'Upfront investment,0,300,1500,EUR']);
  const sim = lines.indexOf('Simulation');
  expect(lines.slice(sim + 1, sim + 4)).toEqual(['Draws,10000,', 'Seed,1,', 'Figure,P10,P50,P90,Unit']);
  const [label, ...npv] = lines[sim + 4]!.split(',');
  expect(label).toBe('NPV');
  expect(npv[3]).toBe('EUR');
  // The same hand-derived percentiles and tolerances as on the page.
  expect(Math.abs(Number(npv[0]) - -75.74)).toBeLessThan(25.5);
  expect(Math.abs(Number(npv[1]) - 448.68)).toBeLessThan(19);
  expect(Math.abs(Number(npv[2]) - 787.87)).toBeLessThan(12.7);
  // The page's P50 is the CSV's, rounded to whole units.
  expect(amount(await cells(page, 'NPV').nth(1).innerText())).toBe(Math.round(Number(npv[1])));
  const chance = lines.find((l) => l.startsWith('Chance the NPV is above zero,'))!.split(',');
  expect(Math.abs(Number(chance[1]) - 86.11)).toBeLessThan(1.4);
  expect(chance[2]).toBe('%');
  expect(lines).toContain('NPV histogram');
});

test('ROI ranges and simulation: axe with the panel open, a range error and the histogram drawn, in both themes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'roi', `${LINEAR}&riskDeflection=10`);
  await expect(simulation(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide ranges and risk adjustments' })).toBeVisible();
  await drawChart(page, 'roi-histogram');
  await figure(page, 'roi-histogram').locator('summary').click();
  await expect(figure(page, 'roi-histogram').locator('table')).toBeVisible();
  await page.getByLabel('Give a range for').selectOption('margin');
  await page.getByRole('button', { name: 'Add range' }).click();
  // The margin is 0 here, so the new range is 0 to 0; a high of -1 is below the smallest allowed.
  await page.locator('[data-range="margin"]').getByLabel('High').fill('-1');
  await expect(page.locator('[data-range="margin"] .calc-error')).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, ranges and simulation)`);
  }
});

test('ROI ranges follow the number format: shown in the reader’s style, kept in the link in plain digits', async ({ page }) => {
  await open(page, 'roi', `ranges=${encodeURIComponent('spendUplift:2.5:7.5')}`);
  const row = page.locator('[data-range="spendUplift"]');
  await expect(row.getByLabel('Low')).toHaveValue('2.5');
  await page.getByLabel('Number format', { exact: true }).selectOption('de-DE');
  await expect(row.getByLabel('Low')).toHaveValue('2,5');
  await row.getByLabel('High').fill('8,5');
  await expect(row.locator('.calc-error')).toHaveCount(0);
  await expect(page).toHaveURL(/ranges=spendUplift%3A2\.5%3A8\.5/);
  await expect(simulation(page)).toBeVisible();
});
