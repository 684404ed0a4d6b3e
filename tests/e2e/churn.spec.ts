// The cost-of-churn calculator in the browser. The tests every calculator passes (results and chart
// that follow what is typed, bad input, share links, storage, presets and reset, a phone's width,
// axe with everything open, nothing typed leaving the browser, the JavaScript the page loads) run
// from calculator-helpers.ts with the hand-derived case below; then churn's own: the working, CSV,
// print, a capped cut in words, the headline in view on a phone.
//
// Every expected number below is worked out by hand in the comment beside it, from the formulas in
// docs/methods/churn.md, never copied from the program's output. Money is shown in whole units from
// 100 upwards (€3,200) and with cents below (€64.00).
import {
  calculatorTests,
  downloadCsv,
  expectChartTable,
  expectDesktopUnchanged,
  expectHeadlineInView,
  expectInputs,
  expectJumpLinks,
  expectNoBrokenNumbers,
  expectResults,
  field,
  figure,
  fillAll,
  open,
  peek,
  PHONE,
  value,
  type ToolCase,
} from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

/**
 * Inputs: 100 customers, churn 50%, revenue 200 a year, margin 50%, replacement 40, 2 years, 25%
 * discount rate, a 10-point cut.
 *   m = 200 × 0.50 = 100; L = 100 × 0.50 = 50 customers a year
 *   revenue lost a year 50 × 200 = 10,000; margin 50 × 100 = 5,000; stand still 50 × 40 = 2,000
 *   stand still over 2 years: 2,000 / 1.25 + 2,000 / 1.5625 = 1,600 + 1,280 = 2,880
 *   margin lost: year 1 0; year 2 (100 − 50) × 100 = 5,000, / 1.25² = 5,000 / 1.5625 = 3,200
 *   revenue lost: year 2 50 × 200 = 10,000 / 1.5625 = 6,400
 *   one kept: 100 / 1.25 + 100 × 0.5 / 1.5625 = 80 + 32 = 112
 *   cuts: year 2 saves 100 × k × 100 / 1.5625 = 6,400 × k: 1 point 64, 2 points 128, 5 points 320,
 *         10 points (churn 40%, year 2 lost (100 − 60) × 100 = 4,000) 640
 */
const INPUTS: Record<string, string> = {
  customers: '100',
  churn: '50',
  revenuePerCustomer: '200',
  margin: '50',
  replacementCost: '40',
  horizon: '2',
  discountRate: '25',
  churnCut: '10',
};
const RESULTS: Record<string, string> = {
  'margin-lost-horizon': '€3,200',
  'cut-own': '€640',
  'customers-lost': '50',
  'revenue-lost-year': '€10,000',
  'margin-lost-year': '€5,000',
  'stand-still': '€2,000',
  'revenue-lost-horizon': '€6,400',
  'value-of-one-kept': '€112',
  'cut-1': '€64.00',
  'cut-2': '€128',
  'cut-5': '€320',
};
/** Margin lost each year, not discounted: year 1 0 and 0; year 2 5,000 and 4,000 (whole units: every amount but 0 is at least 100). */
const CHART_ROWS = [
  ['Year 1', '€0', '€0'],
  ['Year 2', '€5,000', '€4,000'],
];
const DRAWN = '5000.00|4000.00';

/** The default inputs from content/tools/churn.mdx, as they appear in the boxes. */
const DEFAULTS: Record<string, string> = {
  customers: '1000',
  churn: '20',
  revenuePerCustomer: '500',
  margin: '40',
  replacementCost: '300',
  horizon: '3',
  discountRate: '10',
  churnCut: '5',
};

// Every input's bad values, each with its own message made by the shared form from the declarations.
const BAD: ToolCase['bad'] = [
  ['customers', '', 'Customers today is empty: enter a number from 0 to 1,000,000,000.'],
  ['customers', '-5', 'Customers today must be at least 0; you entered -5.'],
  ['customers', '1000000001', 'Customers today must be at most 1,000,000,000; you entered 1,000,000,001.'],
  ['churn', '101', 'Annual churn must be at most 100%; you entered 101%.'],
  ['churn', 'abc', 'Annual churn must be a number, such as 12.5; you entered “abc”.'],
  ['revenuePerCustomer', '-1', 'Revenue per customer per year must be at least €0; you entered -€1.'],
  ['margin', '100.5', 'Gross margin must be at most 100%; you entered 100.5%.'],
  ['replacementCost', '1e3', 'Cost to win a replacement customer must be a number, such as 12.5; you entered “1e3”.'],
  ['horizon', '0', 'Years to count must be at least 1 year; you entered 0 years.'],
  ['horizon', '51', 'Years to count must be at most 50 years; you entered 51 years.'],
  ['horizon', '2.5', 'Years to count must be a whole number; you entered 2.5 years.'],
  ['discountRate', '', 'Annual discount rate is empty: enter a number from 0% to 100%.'],
  ['churnCut', '101', 'Churn cut to test must be at most 100 points; you entered 101 points.'],
  ['churnCut', 'Infinity', 'Churn cut to test must be a number, such as 12.5; you entered “Infinity”.'],
];

calculatorTests('churn', {
  inputs: INPUTS,
  results: RESULTS,
  chart: 'churn-margin-lost',
  rows: CHART_ROWS,
  drawn: DRAWN,
  otherCharts: [],
  defaults: DEFAULTS,
  bad: BAD,
  horizonTooLong: 'Years to count must be at most 50 years',
  afterTyping: async (page) => {
    // Cut 10 -> 20 points: churn 30%, year 2 lost (100 − 70) × 100 = 3,000; worth (5,000 − 3,000) / 1.5625 = 1,280.
    await field(page, 'churnCut').fill('20');
    await expect(figure(page, 'churn-margin-lost').locator('canvas')).toHaveAttribute('data-drawn', '5000.00|3000.00');
    await expect(value(page, 'cut-own')).toHaveText('€1,280');
    await expectChartTable(page, 'churn-margin-lost', [['Year 2', '€5,000', '€3,000']]);
  },
  presets: async (page) => {
    // Software subscription: 2,000 customers, 12% churn, 1,200 a year at 75%, replacement 900, 5 years.
    // L = 2,000 × 0.12 = 240; revenue 240 × 1,200 = 288,000; stand still 240 × 900 = 216,000;
    // margin 240 × 1,200 × 0.75 = 216,000.
    await page.getByRole('button', { name: 'Software subscription' }).click();
    await expectInputs(page, {
      ...DEFAULTS,
      customers: '2000',
      churn: '12',
      revenuePerCustomer: '1200',
      margin: '75',
      replacementCost: '900',
      horizon: '5',
    });
    await expectResults(page, {
      'customers-lost': '240',
      'revenue-lost-year': '€288,000',
      'margin-lost-year': '€216,000',
      'stand-still': '€216,000',
    });
  },
});

test('churn: a cut larger than churn is capped, and the results say so in words', async ({ page }) => {
  await open(page, 'churn');
  await fillAll(page, INPUTS);
  // Churn 5%, cut 10: capped at 5 points, churn 0%, 100 × 0.05 = 5 customers kept; the cut saves all the
  // lost margin: year 2 (100 − 95) × 100 = 500 / 1.5625 = 320.
  await field(page, 'churn').fill('5');
  await expectResults(page, { 'cut-own': '€320', 'margin-lost-horizon': '€320', 'cut-5': '€320' });
  await expect(page.locator('[data-result="cut-own"] .calc-note')).toHaveText(
    'Churn 5% → 0%; 5 customers kept in the first year; capped at 5 points, since churn cannot fall below 0%',
  );
  // 1 point is not capped: churn 4%, 1 customer kept.
  await expect(page.locator('[data-result="cut-1"] .calc-note')).toHaveText('Churn 5% → 4%; 1 customer kept in the first year');
  // No churn at all: nothing lost, every cut worth €0.00.
  await field(page, 'churn').fill('0');
  await expectResults(page, { 'margin-lost-horizon': '€0.00', 'cut-own': '€0.00', 'customers-lost': '0' });
  await expectNoBrokenNumbers(page);
});

test('churn: the working gives each formula with the reader’s numbers; print opens it', async ({ page }) => {
  await open(page, 'churn');
  await fillAll(page, INPUTS);
  const working = page.locator('details.calc-working');
  await working.getByText('Show the working').click();
  const steps = working.locator('li');
  await expect(steps.nth(0)).toHaveText(/m = revenue per customer × gross margin\s*= €200 × 50%\s*= €100/);
  await expect(steps.nth(1)).toHaveText(/L = N × c\s*= 100 × 50%\s*= 50/);
  await expect(steps.nth(3)).toHaveText(/= €2,000 a year; €2,880/);
  await expect(steps.nth(4)).toHaveText(/= sum for t = 1 to 2 of 100 × \(1 − 50%\^\(t−1\)\) × €100 \/ \(1 \+ 25%\)\^t\s*= €3,200/);
  await expect(steps.nth(6)).toHaveText(
    /m × r\^\(t−1\) \/ \(1 \+ d\)\^t\s*= sum for t = 1 to 2 of €100 × 50%\^\(t−1\) \/ \(1 \+ 25%\)\^t\s*= €112/,
  );
  await expect(steps.nth(7)).toHaveText(/c′ = max\(50% − 10 points, 0%\) = 40%\s*= €640/);
  await working.getByText('Show the working').click();
  await expect(working).not.toHaveAttribute('open', '');
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await expect(working).toHaveAttribute('open', '');
  await expect(figure(page, 'churn-margin-lost')).toHaveAttribute('data-chart-state', 'ready');
});

test('churn: CSV has the inputs, results and chart rows', async ({ page }) => {
  await open(page, 'churn');
  await fillAll(page, INPUTS);
  const lines = await downloadCsv(page, 'churn');
  // Plain numbers with their unit beside them, money to 2 decimals (the hand case above).
  expect(lines).toEqual([
    'Tool,churn',
    'Currency,EUR',
    '',
    'Input,Value,Unit',
    'Customers today,100,',
    'Annual churn,50,%',
    'Revenue per customer per year,200,EUR',
    'Gross margin,50,%',
    'Cost to win a replacement customer,40,EUR',
    'Years to count,2,years',
    'Annual discount rate,25,%',
    'Churn cut to test,10,percentage points',
    '',
    'Result,Value,Unit',
    'Margin lost over 2 years,3200,EUR',
    'Worth of cutting churn by 10 points,640,EUR',
    'Customers lost per year,50,customers',
    'Revenue lost per year,10000,EUR',
    'Margin lost per year,5000,EUR',
    'Acquisition spend to stand still each year,2000,EUR',
    'Revenue lost over 2 years,6400,EUR',
    'Margin one kept customer brings,112,EUR',
    'Worth of cutting churn by 1 point,64,EUR',
    'Worth of cutting churn by 2 points,128,EUR',
    'Worth of cutting churn by 5 points,320,EUR',
    '',
    '"Margin lost each year over 2 years, at today’s churn and with churn cut to 40%"',
    'Year,Margin lost at 50% churn,Margin lost at 40% churn,Unit',
    'Year 1,0,0,EUR',
    'Year 2,5000,4000,EUR',
  ]);
});

test('churn on a phone: the headline results stay in view while the last field changes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, 'churn');
  // The hand case with the cut still at its default 5 points: 6,400 × 5 = 320 -> €320.
  const { churnCut, ...rest } = INPUTS;
  await fillAll(page, rest);
  await expect(peek(page, 'cut-own')).toHaveText('€320');
  await expect(peek(page, 'margin-lost-horizon')).toHaveText('€3,200');
  // Then 10 points (the hand case): €640.
  await expectHeadlineInView(page, field(page, 'churnCut'), churnCut!, 'cut-own', '€640');
  await expectJumpLinks(page, 'churn');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `at 390 px, ${theme}`);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('churn on a wide screen: no bar; the results stay sticky beside the form', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, 'churn');
  // The defaults with no discounting: margin lost 0 + 40,000 + 72,000 = 112,000 -> €112,000.
  await expectDesktopUnchanged(page, field(page, 'discountRate'), '0', 'margin-lost-horizon', '€112,000');
});
