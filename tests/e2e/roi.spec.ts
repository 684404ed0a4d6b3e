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
  type ToolCase,
} from './calculator-helpers.ts';
import { expect, test } from './fixtures.ts';

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
