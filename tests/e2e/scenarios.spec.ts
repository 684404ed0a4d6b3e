// Saved scenarios in every numeric tool, on a phone (390 × 844): save two, compare them in one table
// with the differing cells marked, download the comparison as CSV, print it, carry the list to a
// fresh browser by link, keep it across a reload; then, on CLV, the name rules, rename, delete and
// undo by keyboard, a tampered link, a 320 px screen, and that the panel's code loads only on demand.
//
// Every expected number is worked out by hand in the comment beside it (docs/methods/), never copied
// from the program's output.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { field, PHONE, value } from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

type Tool = 'clv' | 'roi' | 'nps';

/** One tool's case: what is typed for the first and second scenario, and what the comparison shows. */
interface ScenarioCase {
  /** Typed before saving "Base case" (nothing: the defaults). */
  base: Record<string, string>;
  /** The two numbers changed before saving "Optimistic". */
  changed: Record<string, string>;
  /** Input rows that differ: [key, base cell, optimistic cell]. */
  inputs: [string, string, string][];
  /** Result rows: [id, base cell, optimistic cell, differs]. */
  results: [string, string, string, boolean][];
  /** The headline result's id (shown beside each saved name). */
  headline: string;
  /** Lines the CSV must have, exactly (the whole file for CLV). */
  csv: string[];
  /** Whether `csv` is the whole file. */
  csvWhole: boolean;
}

const CASES: Record<Tool, ScenarioCase> = {
  /**
   * CLV, defaults (order €60, 3 orders, margin 40%, retention 70%, discount 8%, CAC €120, 10 years,
   * +5 points) against retention 80% and CAC €100. Margin per year m = 60 × 3 × 0.40 = 72 in both.
   *   CLV: 72 / (1.08 − 0.70) = 189.47 and 72 / (1.08 − 0.80) = 257.14; both at least 100: €189, €257
   *   CLV over 10 years: sum of 72 × r^(t−1) / 1.08^t = 186.99 and 244.35 -> €187, €244
   *   CLV to CAC: 189.47 / 120 = 1.58 and 257.14 / 100 = 2.57 -> "1.6 to 1", "2.6 to 1"
   *   CLV minus CAC: 69.47 and 157.14; 69.47 is below 100, so the row has cents: €69.47, €157.14
   *   months to recover CAC: 120 / (72 / 12) = 20 and 100 / 6 = 16.7
   *   margin per year €72.00 in both (no mark); lifetime 1 / 0.3 = 3.3 years and 1 / 0.2 = 5 years
   *   what-if at 75% and 85%: 72 / 0.33 = 218.18 and 72 / 0.23 = 313.04 -> €218, €313
   */
  clv: {
    base: {},
    changed: { retention: '80', acquisitionCost: '100' },
    inputs: [
      ['retention', '70%', '80%'],
      ['acquisitionCost', '€120', '€100'],
    ],
    results: [
      ['clv', '€189', '€257', true],
      ['clv-horizon', '€187', '€244', true],
      ['clv-to-cac', '1.6 to 1', '2.6 to 1', true],
      ['clv-minus-cac', '€69.47', '€157.14', true],
      ['months-to-recover', '20 months', '16.7 months', true],
      ['margin-per-year', '€72.00', '€72.00', false],
      ['lifetime', '3.3 years', '5 years', true],
      ['what-if', '€218', '€313', true],
    ],
    headline: 'clv',
    csvWhole: true,
    csv: [
      'Tool,clv',
      'Currency,EUR',
      '',
      'Input,Base case,Optimistic,Unit,Differs from Base case',
      'Average order value,60,60,EUR,',
      'Orders per year,3,3,,',
      'Gross margin,40,40,%,',
      'Annual retention,70,80,%,Optimistic',
      'Annual discount rate,8,8,%,',
      'Acquisition cost (CAC),120,100,EUR,Optimistic',
      'Years shown in the chart,10,10,years,',
      'Extra retention to test,5,5,percentage points,',
      '',
      'Result,Base case,Optimistic,Unit,Differs from Base case',
      'CLV over all future years,189.47,257.14,EUR,Optimistic',
      'CLV over 10 years,186.99,244.35,EUR,Optimistic',
      'CLV to CAC,1.58,2.57,x,Optimistic',
      'CLV minus CAC,69.47,157.14,EUR,Optimistic',
      'Months to recover CAC,20,16.7,months,Optimistic',
      'Margin per customer per year,72,72,EUR,',
      'Expected customer lifetime,3.3,5,years,Optimistic',
      'CLV at 75% retention / CLV at 85% retention,218.18,313.04,EUR,Optimistic',
    ],
  },
  /**
   * CX ROI, the hand case of roi.spec.ts (NPV €3,306, payback 15.3 months, ROI 44.2%, benefits
   * €17,300, costs €12,000) against an investment of €8,000 (not €10,000) and running cost €500 (not €1,000).
   *   costs 8,000 + 2 × 500 = 9,000; benefits unchanged, 17,300
   *   NPV: 3,305.79 + 2,000 + 500 × (1 / 1.1 + 1 / 1.21) = 3,305.79 + 2,000 + 867.77 = 6,173.55 -> €6,174
   *   ROI (17,300 − 9,000) / 9,000 = 92.2%; net flows −8,000, 9,000 − 500 = 8,500, so payback 12 × 8,000 / 8,500 = 11.3 months
   */
  roi: {
    base: {
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
    },
    changed: { investment: '8000', runningCost: '500' },
    inputs: [
      ['investment', '€10,000', '€8,000'],
      ['runningCost', '€1,000', '€500'],
    ],
    results: [
      ['npv', '€3,306', '€6,174', true],
      ['payback', '15.3 months', '11.3 months', true],
      ['roi', '44.2%', '92.2%', true],
      ['benefits', '€17,300', '€17,300', false],
      ['costs', '€12,000', '€9,000', true],
    ],
    headline: 'npv',
    csvWhole: false,
    csv: [
      'Input,Base case,Optimistic,Unit,Differs from Base case',
      'Upfront investment,10000,8000,EUR,Optimistic',
      'Running cost per year,1000,500,EUR,Optimistic',
      'Result,Base case,Optimistic,Unit,Differs from Base case',
      // 3,305.79 and 6,173.55 to 2 decimals; ROI as a percentage, 2 decimals: 44.17 and 92.22
      'Net present value (NPV),3305.79,6173.55,EUR,Optimistic',
      'ROI (undiscounted),44.17,92.22,%,Optimistic',
      'Total benefits,17300,17300,EUR,',
    ],
  },
  /**
   * NPS, defaults: previous survey 150 / 90 / 60 (NPS (150 − 60) / 300 = 30), current 165 / 81 / 54
   * (NPS (165 − 54) / 300 = 37, change +7) against current promoters 180 and detractors 39:
   * still 300 responses, NPS (180 − 39) / 300 = 47, change +17.
   */
  nps: {
    base: {},
    changed: { currentPromoters: '180', currentDetractors: '39' },
    inputs: [
      ['currentPromoters', '165', '180'],
      ['currentDetractors', '54', '39'],
    ],
    results: [
      ['previous-nps', '30', '30', false],
      ['current-nps', '37', '47', true],
      ['change', '+7 points', '+17 points', true],
    ],
    headline: 'verdict',
    csvWhole: false,
    csv: [
      'Tool,nps',
      'Input,Base case,Optimistic,Unit,Differs from Base case',
      'Promoters (current),165,180,,Optimistic',
      'Detractors (current),54,39,,Optimistic',
      'Result,Base case,Optimistic,Unit,Differs from Base case',
      '"NPS, current survey",37,47,NPS points,Optimistic',
      'Change in NPS,7,17,NPS points,Optimistic',
    ],
  },
};

// Helpers.

const compare = (page: Page) => page.locator('table[data-compare]');
const row = (page: Page, id: string) => compare(page).locator(`tr[data-row="${id}"]`);

/** Opens a tool page (optionally with a fragment) and waits until the island has read the link and storage. */
async function openTool(page: Page, tool: Tool, hash = ''): Promise<void> {
  await page.goto(`tools/${tool}/${hash ? `#${hash}` : ''}`);
  await expect(page.locator(`[data-calculator="${tool}"]`)).toHaveAttribute('data-hydrated', 'true');
}

/** Opens the Scenarios section and waits for its panel. */
async function openScenarios(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save or compare scenarios' }).click();
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible();
}

/** Saves the form's numbers under `name` (kept trimmed, each run of spaces made one). */
async function save(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Scenario name' }).fill(name);
  await page.getByRole('button', { name: 'Save as a scenario' }).click();
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toContainText(`Saved “${name.trim().replace(/\s+/g, ' ')}”.`);
}

/** The saved names, in order. */
// The names in the saved list, asserted with toHaveText so each check waits for the list to settle.
const savedNameCells = (page: Page) => page.locator('.calc-scen-list .calc-scen-name');

/** Expects a row's cells (after the row header) to read `cells`, with `marked` cells bold and marked as differing. */
async function expectRow(page: Page, id: string, cells: string[], marked: boolean[]): Promise<void> {
  const tds = row(page, id).locator('td');
  await expect(tds).toHaveCount(cells.length);
  for (const [i, text] of cells.entries()) {
    const td = tds.nth(i);
    if (marked[i]) {
      await expect(td, `${id}, column ${i + 1}`).toHaveAttribute('data-differs', '');
      await expect(td.locator('strong')).toHaveText(text);
      // Not by colour alone: bold, a visible ≠, and words for a screen reader.
      await expect(td).toContainText('≠');
      await expect(td.locator('.visually-hidden')).toHaveText(' (differs)');
    } else {
      await expect(td, `${id}, column ${i + 1}`).not.toHaveAttribute('data-differs');
      await expect(td).toHaveText(text);
    }
  }
}

/** Downloads the comparison's CSV: BOM checked and removed, split into lines. */
async function comparisonCsv(page: Page, tool: Tool): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download comparison (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^cx-playbook-${tool}-scenarios-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
}

/** Expects the comparison of Base case and Optimistic for the tool's case. */
async function expectComparison(page: Page, c: ScenarioCase): Promise<void> {
  await expect(compare(page).locator('thead th')).toHaveText(['Scenario', 'Base case', 'Optimistic']);
  await expect(page.getByText('A value in bold marked ≠ differs from “Base case”.')).toBeVisible();
  for (const [key, a, b] of c.inputs) await expectRow(page, key, [a, b], [false, true]);
  for (const [id, a, b, differs] of c.results) await expectRow(page, id, [a, b], [false, differs]);
}

test.use({ viewport: PHONE });

/** Opens the tool, saves "Base case" and, after the case's two changes, "Optimistic"; ticks both. */
async function saveTwoAndCompare(page: Page, tool: Tool, c: ScenarioCase): Promise<void> {
  await openTool(page, tool);
  for (const [key, text] of Object.entries(c.base)) await field(page, key).fill(text);
  await openScenarios(page);
  await save(page, 'Base case');
  for (const [key, text] of Object.entries(c.changed)) await field(page, key).fill(text);
  await save(page, 'Optimistic');
  await page.getByRole('checkbox', { name: 'Base case' }).check();
  await page.getByRole('checkbox', { name: 'Optimistic' }).check();
  await expect(compare(page)).toBeVisible();
}

for (const tool of ['clv', 'roi', 'nps'] as const) {
  const c = CASES[tool];
  test.describe(`${tool.toUpperCase()} scenarios on a phone`, () => {
    test('save two, compare them: the differing cells marked, no sideways scroll, axe clean', async ({ page }) => {
      await openTool(page, tool);
      for (const [key, text] of Object.entries(c.base)) await field(page, key).fill(text);
      await openScenarios(page);
      await expect(page.getByText('None yet')).toBeVisible();
      await save(page, 'Base case');
      for (const [key, text] of Object.entries(c.changed)) await field(page, key).fill(text);
      await save(page, 'Optimistic');
      await expect(savedNameCells(page)).toHaveText(['Base case', 'Optimistic']);
      // Beside each name, its headline result as the page shows it (the form now holds Optimistic's numbers).
      const headline = await value(page, c.headline).innerText();
      await expect(page.locator('[data-scenario="Optimistic"] .calc-note')).toContainText(headline);

      // One ticked: a hint; two: the table, a row per input that matters and per result.
      await page.getByRole('checkbox', { name: 'Base case' }).check();
      await expect(page.getByText('Tick one or two more to compare.')).toBeVisible();
      await page.getByRole('checkbox', { name: 'Optimistic' }).check();
      await expectComparison(page, c);
      // The table scrolls inside a named, focusable region; the page itself never scrolls sideways.
      await expect(page.getByRole('region', { name: 'Comparison of scenarios' })).toHaveAttribute('tabindex', '0');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await expectNoAxeViolations(page, `(${theme}, two scenarios compared)`);
      }
    });

    test('the comparison as CSV, and in print even with the section closed', async ({ page }) => {
      await saveTwoAndCompare(page, tool, c);
      // CSV: a value column per scenario, the unit, and which scenarios differ.
      const lines = await comparisonCsv(page, tool);
      if (c.csvWhole) expect(lines).toEqual(c.csv);
      else for (const line of c.csv) expect(lines, line).toContain(line);

      // Print: the comparison is there, without the buttons and the form around it.
      await page.getByRole('button', { name: 'Hide scenarios' }).click();
      await expect(compare(page)).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(compare(page)).toBeVisible();
      await expect(row(page, c.inputs[0]![0]).locator('td').nth(1)).toHaveAttribute('data-differs', '');
      await expect(page.getByRole('button', { name: 'Save as a scenario' })).toBeHidden();
      await expect(page.locator('.calc-scen-list')).toBeHidden();
    });

    test('a link carries the list to a fresh browser; a reload keeps it', async ({ page, browser }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await saveTwoAndCompare(page, tool, c);
      await page.getByRole('button', { name: 'Copy link with scenarios' }).click();
      await expect(page.locator('.calc-scen-feedback [role="status"]')).toHaveText(
        'Link copied: it carries your numbers and all 2 scenarios.',
      );
      const link = await page.getByRole('textbox', { name: 'Link with scenarios' }).inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      expect(new URL(link).search).toBe('');
      expect(new URLSearchParams(new URL(link).hash.slice(1)).getAll('scenario')).toHaveLength(2);
      const context = await browser.newContext({ viewport: PHONE });
      const other = await context.newPage();
      await openTool(other, tool, new URL(link).hash.slice(1));
      // The section opens by itself, takes both into the list and compares them.
      await expect(other.locator('.calc-scen-feedback [role="status"]')).toHaveText('Added from the link: “Base case”, “Optimistic”.');
      await expect(savedNameCells(other)).toHaveText(['Base case', 'Optimistic']);
      await expectComparison(other, c);
      await expect(other.locator('.calc-notice')).toHaveCount(0);
      // Taken into the list, the scenarios leave the address, so a reload does not add them again.
      await expect.poll(() => new URLSearchParams(new URL(other.url()).hash.slice(1)).has('scenario')).toBe(false);
      await other.reload();
      await expect(other.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
      await openScenarios(other);
      await expect(savedNameCells(other)).toHaveText(['Base case', 'Optimistic']);
      await context.close();

      // The first browser keeps its list across a reload too.
      await page.reload();
      await expect(page.locator('.calc')).toHaveAttribute('data-hydrated', 'true');
      await openScenarios(page);
      await expect(savedNameCells(page)).toHaveText(['Base case', 'Optimistic']);
    });
  });
}

test('CLV: names are trimmed, required, at most 40 characters and used once; nothing is saved from numbers with a problem', async ({
  page,
}) => {
  await openTool(page, 'clv');
  await openScenarios(page);
  const name = page.getByRole('textbox', { name: 'Scenario name' });
  const saveButton = page.getByRole('button', { name: 'Save as a scenario' });
  const expectError = async (message: string) => {
    await expect(page.locator('#calc-clv-scen-name-error')).toHaveText(message);
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(new RegExp(`^⚠?\\s*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(name).toBeFocused();
  };
  await saveButton.click();
  await expectError('Give the scenario a name, such as “Base case”.');
  await name.fill('x'.repeat(41));
  await saveButton.click();
  await expectError('A name can have at most 40 characters; this one has 41.');
  await save(page, '  Base   case ');
  await expect(savedNameCells(page)).toHaveText(['Base case']);
  await name.fill('BASE CASE');
  await saveButton.click();
  await expectError('There is already a scenario called “Base case”: choose another name.');
  await field(page, 'retention').fill('150');
  await name.fill('Impossible');
  await saveButton.click();
  await expectError('Fix the inputs that have a message first: a scenario keeps only numbers the calculator can use.');
  await expect(savedNameCells(page)).toHaveText(['Base case']);
});

test('CLV by keyboard alone: save, load, rename (and cancel with Escape), delete and undo', async ({ page }) => {
  await openTool(page, 'clv');
  await page.getByRole('button', { name: 'Save or compare scenarios' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Scenario name' }).focus();
  await page.keyboard.type('Base case');
  await page.keyboard.press('Enter');
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toHaveText(
    'Saved “Base case”. Save another, then tick both to compare them.',
  );
  await field(page, 'retention').fill('80');
  await page.getByRole('textbox', { name: 'Scenario name' }).focus();
  await page.keyboard.type('Optimistic');
  await page.keyboard.press('Enter');

  // Load Base case back into the form: retention 70% again, and the CLV of the defaults (72 / 0.38 = 189.47 -> €189).
  await page.getByRole('button', { name: 'Load “Base case” into the form' }).focus();
  await page.keyboard.press('Enter');
  await expect(field(page, 'retention')).toHaveValue('70');
  await expect(value(page, 'clv')).toHaveText('€189');
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toHaveText('Loaded “Base case” into the form.');

  // Rename: the box takes focus with the old name; Escape leaves it as it was.
  await page.getByRole('button', { name: 'Rename “Optimistic”' }).focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('textbox', { name: 'New name for “Optimistic”' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Optimistic');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Rename “Optimistic”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('base case');
  await page.keyboard.press('Enter');
  await expect(page.locator('#calc-clv-scen-1-new-error')).toHaveText(
    'There is already a scenario called “Base case”: choose another name.',
  );
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Retention 80%');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rename “Retention 80%”' })).toBeFocused();
  await expect(savedNameCells(page)).toHaveText(['Base case', 'Retention 80%']);

  // Delete moves focus to Undo, which puts the scenario back where it was, ticked off.
  await page.getByRole('checkbox', { name: 'Base case' }).check();
  await page.getByRole('button', { name: 'Delete “Base case”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toHaveText('Deleted “Base case”.');
  await expect(savedNameCells(page)).toHaveText(['Retention 80%']);
  await expect(page.getByRole('button', { name: 'Undo delete of “Base case”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toHaveText('“Base case” is back.');
  await expect(savedNameCells(page)).toHaveText(['Base case', 'Retention 80%']);
  await expect(page.getByRole('checkbox', { name: 'Base case' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Base case' })).not.toBeChecked();
  // And the list is what storage holds.
  expect(
    await page.evaluate(() =>
      JSON.parse(localStorage.getItem('cx-playbook:scenarios:clv:v1') ?? 'null').scenarios.map((s: { name: string }) => s.name),
    ),
  ).toEqual(['Base case', 'Retention 80%']);
});

test('CLV: a link with a tampered scenario names it and what was wrong; the other scenario and the inputs are untouched', async ({
  page,
}) => {
  // Base case: the defaults; Optimistic: retention 80, changed by hand in the link to 150 (at most 99%).
  const defaults = 'orderValue=60&ordersPerYear=3&margin=40&retention=70&discountRate=8&acquisitionCost=120&horizon=10&retentionWhatIf=5';
  const scenario = (name: string, values: string) => `scenario=${encodeURIComponent(`scenario=${name}&${values}`)}`;
  const hash = [
    defaults,
    scenario('Base case', defaults),
    scenario('Optimistic', defaults.replace('retention=70', 'retention=150')),
    'scenario=margin%3D40',
  ].join('&');
  await openTool(page, 'clv', hash);
  const notice = page.locator('.calc-scen-panel .calc-notice');
  await expect(notice).toContainText('Some scenarios could not be used exactly as they were:');
  await expect(notice.locator('li')).toHaveText([
    '“Optimistic”: Annual retention must be at most 99%; the link had 150%.',
    'Scenario 3 of the link has no name, so it was left out.',
  ]);
  await expect(savedNameCells(page)).toHaveText(['Base case', 'Optimistic']);
  // Optimistic's retention went back to its default, 70%: the same as Base case, so nothing differs there.
  await expectRow(page, 'retention', ['70%', '70%'], [false, false]);
  // The calculator's own inputs came through: no notice about them, the defaults' CLV.
  await expect(page.locator('.calc > .calc-notice-region .calc-notice')).toHaveCount(0);
  await expect(value(page, 'clv')).toHaveText('€189');
  await expectNoAxeViolations(page, '(a notice about the link’s scenarios)');
});

test('CLV at 320 px: the list and a comparison of three never scroll the page sideways; axe finds nothing in either theme', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openTool(page, 'clv');
  await openScenarios(page);
  await save(page, 'Base case');
  await field(page, 'retention').fill('80');
  await save(page, 'A longer name that wraps on a phone');
  await field(page, 'horizon').fill('20');
  await save(page, 'Twenty years');
  for (const name of ['Base case', 'A longer name that wraps on a phone', 'Twenty years'])
    await page.getByRole('checkbox', { name }).check();
  // A fourth cannot be ticked while three are.
  await save(page, 'Fourth');
  await expect(page.getByRole('checkbox', { name: 'Fourth' })).toBeDisabled();
  // CLV over 20 years has its own label: the row takes the first scenario's, the cell notes its own.
  await expect(row(page, 'clv-horizon').locator('th')).toHaveText('CLV over 10 years');
  await expect(row(page, 'clv-horizon').locator('td').nth(2).locator('.calc-note')).toHaveText('CLV over 20 years');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The row headers stay in place while the scenarios scroll.
  const region = page.getByRole('region', { name: 'Comparison of scenarios' });
  const header = row(page, 'clv').locator('th');
  const before = (await header.boundingBox())!.x;
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(async () => (await header.boundingBox())!.x).toBe(before);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, scenarios compared)`);
  }
});

test('the panel’s code loads only when the section is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await openTool(page, 'roi');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((u) => /ScenarioPanel/.test(u))).toEqual([]);
  await expect(page.getByRole('button', { name: 'Save or compare scenarios' })).toHaveAttribute('aria-expanded', 'false');
  await openScenarios(page);
  expect(scripts.filter((u) => /ScenarioPanel/.test(u))).toHaveLength(1);
  await expect(page.getByRole('button', { name: 'Hide scenarios' })).toHaveAttribute('aria-expanded', 'true');
});
