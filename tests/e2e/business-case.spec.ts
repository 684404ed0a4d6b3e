// The business case (/tools/business-case/) in the browser: scenarios saved through two tools' own
// scenario panels, chosen here with a failure pattern; the document's figures against the tool
// pages' (and against hand-worked values), its Markdown download, printing on A4 and Letter, a
// damaged saved scenario named and left out, the empty state, keyboard use, a phone, axe in both themes.
//
// Every expected number is worked out by hand in the comment beside it (docs/methods/), never copied
// from the program's output.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { field, value } from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

/** Opens a tool, optionally types numbers, and saves them as a scenario through its panel. */
async function saveScenario(page: Page, tool: string, name: string, typed: Record<string, string> = {}): Promise<void> {
  await page.goto(`tools/${tool}/`);
  await expect(page.locator(`[data-calculator="${tool}"]`)).toHaveAttribute('data-hydrated', 'true');
  for (const [key, text] of Object.entries(typed)) await field(page, key).fill(text);
  const nameBox = page.getByRole('textbox', { name: 'Scenario name' });
  if (!(await nameBox.isVisible())) await page.getByRole('button', { name: 'Save or compare scenarios' }).click();
  await nameBox.fill(name);
  await page.getByRole('button', { name: 'Save as a scenario' }).click();
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toContainText(`Saved “${name}”.`);
}

/** Opens the business case and waits until it has read what is saved. */
async function openCase(page: Page): Promise<void> {
  await page.goto('tools/business-case/');
  await expect(page.locator('.bc-status')).toBeVisible();
}

/** A result of a section of the document, by its label. */
const caseValue = (page: Page, tool: string, label: string) =>
  page
    .locator(`section[data-section="${tool}"] .bc-result`)
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.bc-value');

// CLV defaults (content/tools/clv.mdx): order €60, 3 orders, margin 40%, retention 70%, discount 8%,
// CAC €120. Margin per year m = 60 × 3 × 0.40 = 72.
//   "Base case":    CLV = 72 / (1.08 − 0.70) = 189.47 -> €189
//   "Retention up": retention 80%, CLV = 72 / (1.08 − 0.80) = 257.14 -> €257
// Churn defaults (content/tools/churn.mdx): 1,000 customers, churn 20%, €500 a year, margin 40%,
// €300 to win a replacement. Customers lost L = 1,000 × 0.20 = 200 a year:
//   margin lost per year 200 × 500 × 0.40 = €40,000; revenue lost per year 200 × 500 = €100,000;
//   acquisition spend to stand still 200 × 300 = €60,000.
test('assembles scenarios saved in two tools with a pattern: figures as on the tool pages, Markdown, print, axe', async ({
  page,
  baseURL,
}) => {
  await saveScenario(page, 'clv', 'Base case');
  const clvBase = await value(page, 'clv').innerText();
  await saveScenario(page, 'clv', 'Retention up', { retention: '80' });
  await expect(value(page, 'clv')).toHaveText('€257');
  await saveScenario(page, 'churn', 'Today');
  const churnMargin = await value(page, 'margin-lost-year').innerText();
  expect([clvBase, churnMargin]).toEqual(['€189', '€40,000']);

  await openCase(page);
  await expect(page.getByText('Tick at least one scenario or failure pattern above')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Retention up' }).check();
  await page.getByRole('checkbox', { name: 'Base case' }).check();
  await page.getByRole('checkbox', { name: 'Today' }).check();
  await page.getByRole('checkbox', { name: 'Leadership lip service' }).check();

  // Sections follow the tools' order and each tool's saved order, whatever the order of ticking.
  const headings = page.locator('.bc-doc h3');
  await expect(headings).toHaveText([
    'Summary',
    'Customer lifetime value: “Base case”',
    'Customer lifetime value: “Retention up”',
    'Cost of churn: “Today”',
    'Evidence from the playbook',
    'Sources',
  ]);
  await expect(caseValue(page, 'clv', 'CLV over all future years')).toHaveText([clvBase, '€257']);
  await expect(caseValue(page, 'churn', 'Margin lost per year')).toHaveText(churnMargin);
  await expect(caseValue(page, 'churn', 'Revenue lost per year')).toHaveText('€100,000');
  await expect(caseValue(page, 'churn', 'Acquisition spend to stand still each year')).toHaveText('€60,000');
  await expect(page.locator('section[data-section="clv"] tr').filter({ hasText: 'Annual retention' }).locator('td')).toHaveText([
    '70%',
    '80%',
  ]);
  const evidence = page.locator('[data-pattern="leadership-lip-service"]');
  await expect(evidence.locator('li').first()).toHaveText(
    '92% of the company leaders surveyed named customer experience as a priority (Forrester, reported by Jeannie Walters, 2018)',
  );

  // The Markdown export: the same document, links written in full.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cx-playbook-business-case-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await readFile((await download.path())!, 'utf8');
  const lines = md.split('\n');
  expect(lines[0]).toBe('# Business case');
  const wanted = [
    '- **Customer lifetime value**: “Base case”: CLV over all future years €189.',
    '- **Customer lifetime value**: “Retention up”: CLV over all future years €257.',
    '- **Failure patterns this case addresses**: Leadership lip service',
    '## Customer lifetime value: “Base case”',
    '| Annual retention | 70% |',
    '| Annual retention | 80% |',
    '| CLV over all future years | €189 (Margin per year / (1 + discount rate − retention)) |',
    '## Cost of churn: “Today”',
    '### Leadership lip service',
    '- **92%** of the company leaders surveyed named customer experience as a priority (Forrester, reported by Jeannie Walters, 2018)',
    `[Read the pattern](${new URL('failures/leadership-lip-service/', baseURL).href})`,
    '## Sources',
  ];
  expect(
    wanted.filter((line) => !lines.includes(line)),
    'lines missing from the Markdown',
  ).toEqual([]);
  // A result's note follows its figure in brackets, as under the figure on the tool's page.
  expect(lines).toContain('| Revenue lost per year | €100,000 (A year’s revenue from the customers who leave in a year) |');
  expect(lines).toContain('| Margin lost per year | €40,000 |');
  await expect(page.locator('.bc-status')).toHaveText('Downloaded the business case as Markdown.');

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, with the document)`);
  }

  // Print: the document alone, every table within the page's width and shorter than a page (and
  // kept whole), on A4 (210 × 297 mm) and Letter (215.9 × 279.4 mm) less the 14 mm side and 16 mm
  // top and bottom margins of the page's @page rule, at 96 px to the inch (3.78 px to the mm).
  for (const fig of await page.locator('.bc-doc figure').all()) await fig.scrollIntoViewIfNeeded();
  await expect(page.locator('.bc-doc figure[data-chart-state="ready"]')).toHaveCount(await page.locator('.bc-doc figure').count());
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.bc-choose').first()).toBeHidden();
  await expect(page.locator('.tool-method')).toBeHidden();
  await expect(page.locator('.bc-doc')).toBeVisible();
  for (const [paper, widthMm, heightMm] of [
    ['A4', 210, 297],
    ['Letter', 215.9, 279.4],
  ] as const) {
    const width = Math.floor((widthMm - 28) * 3.78);
    const height = Math.floor((heightMm - 32) * 3.78);
    await page.setViewportSize({ width, height });
    const tables = await page.locator('.bc-doc table').evaluateAll((els) =>
      els
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => ({
          w: t.scrollWidth,
          box: t.parentElement!.clientWidth,
          h: t.getBoundingClientRect().height,
          keep: getComputedStyle(t).breakInside,
        })),
    );
    expect(tables.length, `${paper}: tables printed`).toBeGreaterThan(5);
    for (const t of tables) {
      expect(t.w, `${paper}: a table fits the page's width`).toBeLessThanOrEqual(t.box + 1);
      expect(t.h, `${paper}: a table is shorter than a page`).toBeLessThan(height);
      expect(t.keep, `${paper}: a table is kept whole`).toBe('avoid');
    }
    const pdf = await page.pdf({ format: paper, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One page for the summary and the first scenario, one per other scenario, one for the evidence, at the least.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages, `${paper}: pages`).toBeGreaterThanOrEqual(4);
  }
});

// ROI with a range given through the ROI page's own panel: the business case's worker runs the same
// simulation (simulateRoi, 10,000 draws, the scenario's seed), so its P10/P50/P90 read exactly as the
// ROI page's. ROI defaults (content/tools/roi.mdx): upfront investment €150,000; a new range starts
// 20% either side, 150,000 × 0.8 = €120,000 to 150,000 × 1.2 = €180,000.
test('an ROI scenario with a range: the document’s P10/P50/P90 and chances match the ROI page; axe in both themes', async ({ page }) => {
  await page.goto('tools/roi/');
  await expect(page.locator('[data-calculator="roi"]')).toHaveAttribute('data-hydrated', 'true');
  await page.getByRole('button', { name: 'Add ranges and risk adjustments' }).click();
  await field(page, 'riskRetention').fill('10');
  await page.getByLabel('Give a range for').selectOption('investment');
  await page.getByRole('button', { name: 'Add range' }).click();
  const row = page.locator('[data-range="investment"]');
  await expect(row.getByLabel('Low')).toHaveValue('120000');
  await expect(row.getByLabel('High')).toHaveValue('180000');
  await expect(page.locator('[data-simulation="ready"]')).toBeVisible();
  const cells = (scope: string) => page.locator(`${scope} tr`).filter({ hasText: /^NPV/ }).locator('td');
  const onPage = await cells('table[data-table="roi-simulation"]').allInnerTexts();
  const paybackOnPage = await page
    .locator('table[data-table="roi-simulation"] tr')
    .filter({ hasText: /^Payback/ })
    .locator('td')
    .allInnerTexts();
  const chanceOnPage = await page.locator('[data-sim="npv-positive"] strong').innerText();
  expect(onPage).toHaveLength(3);
  const nameBox = page.getByRole('textbox', { name: 'Scenario name' });
  if (!(await nameBox.isVisible())) await page.getByRole('button', { name: 'Save or compare scenarios' }).click();
  await nameBox.fill('Investment range');
  await page.getByRole('button', { name: 'Save as a scenario' }).click();
  await expect(page.locator('.calc-scen-feedback [role="status"]')).toContainText('Saved “Investment range”.');

  await openCase(page);
  await page.getByRole('checkbox', { name: 'Investment range' }).check();
  const range = page.locator('section[data-section="roi"] .bc-range[data-range="simulated"]');
  await expect(range.getByRole('heading', { name: 'Risk-adjusted range' })).toBeVisible();
  await expect(cells('section[data-section="roi"] [data-table="roi-simulation"]')).toHaveText(onPage);
  await expect(
    page
      .locator('section[data-section="roi"] [data-table="roi-simulation"] tr')
      .filter({ hasText: /^Payback/ })
      .locator('td'),
  ).toHaveText(paybackOnPage);
  const chances = range.locator('[data-table="roi-chances"] tr');
  await expect(chances.filter({ hasText: 'Chance the NPV is above zero' }).locator('td')).toHaveText(chanceOnPage);
  await expect(chances.filter({ hasText: 'Seed' }).locator('td')).toHaveText('1');
  await expect(chances.filter({ hasText: 'Simulated cases (draws)' }).locator('td')).toHaveText('10,000');
  await expect(range.locator('[data-table="roi-ranges"] tr').filter({ hasText: 'Upfront investment' }).locator('td')).toHaveText([
    '€120,000',
    '€150,000',
    '€180,000',
  ]);
  // The risk adjustment of 10% on customers kept, and the ROI page's own risk-adjusted table beside it.
  await expect(range.locator('[data-table="roi-risk-lines"] tr').filter({ hasText: 'customers kept' }).locator('td')).toHaveText('10%');
  await expect(range).toContainText('The results above are risk-adjusted');
  await expect(page.locator('section[data-section="roi"]').getByRole('heading', { name: 'Risk-adjusted and unadjusted' })).toBeVisible();
  await expect(page.locator('.bc-doc')).toContainText(`simulated NPV from ${onPage[0]} (P10) to ${onPage[2]} (P90)`);
  // The histogram is drawn when scrolled to, with its table.
  const histogram = range.locator('figure[data-chart="roi-histogram"]');
  await histogram.locator('canvas').scrollIntoViewIfNeeded();
  await expect(histogram).toHaveAttribute('data-chart-state', 'ready');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, ROI range)`);
  }
});

test('with nothing saved, it says how to save a scenario and links every tool', async ({ page }) => {
  await openCase(page);
  const empty = page.locator('.bc-empty');
  await expect(empty.getByRole('heading', { name: 'No saved scenarios yet' })).toBeVisible();
  await expect(empty).toContainText('open “Save or compare scenarios” under the results');
  await expect(empty.getByRole('link')).toHaveText([
    'Customer lifetime value',
    'CX return on investment',
    'Cost of churn',
    'NPS and CSAT with confidence intervals',
    'Customer effort score (CES)',
  ]);
  await expect(empty.getByRole('link', { name: 'Cost of churn' })).toHaveAttribute('href', /\/tools\/churn\/$/);
  // Evidence alone still makes a document.
  await page.getByRole('checkbox', { name: 'Not measuring' }).check();
  await expect(page.locator('.bc-doc h3')).toContainText(['Summary', 'Evidence from the playbook']);
});

test('a damaged saved scenario is named and left out; the others are used', async ({ page }) => {
  await page.goto('tools/business-case/');
  await page.evaluate(() => {
    const values = {
      orderValue: 60,
      ordersPerYear: 3,
      margin: 40,
      retention: 70,
      discountRate: 8,
      acquisitionCost: 120,
      horizon: 10,
      retentionWhatIf: 5,
    };
    localStorage.setItem(
      'cx-playbook:scenarios:clv:v1',
      JSON.stringify({ scenarios: [{ name: 'Tampered', values: { ...values, retention: 150 } }, { name: 'Fine', values }, { values }] }),
    );
    localStorage.setItem('cx-playbook:scenarios:churn:v1', '{not json');
  });
  await openCase(page);
  // Retention runs from 0 to 99% (docs/methods/clv.md), so 150% is refused.
  await expect(page.locator('.bc-problems li')).toHaveText([
    'Customer lifetime value: “Tampered” was left out, because the calculator would have to change it: Annual retention must be at most 99%; your saved scenario had 150%.',
    'Customer lifetime value: saved scenario 3 has no name, so it was left out.',
    'Cost of churn: the saved list could not be read (it is not in the form the tool writes), so none of its scenarios are used.',
  ]);
  await expect(page.getByRole('checkbox', { name: 'Tampered' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Fine' }).check();
  await expect(caseValue(page, 'clv', 'CLV over all future years')).toHaveText('€189');
});

test('by keyboard on a phone: tick a scenario and a pattern, download, no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScenario(page, 'churn', 'Today');
  await openCase(page);
  const today = page.getByRole('checkbox', { name: 'Today' });
  await today.focus();
  await page.keyboard.press('Space');
  await expect(today).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /\/tools\/nps\/$/);
  const pattern = page.getByRole('checkbox', { name: 'Leadership lip service' });
  await pattern.focus();
  await page.keyboard.press('Space');
  await expect(pattern).toBeChecked();
  const download = page.getByRole('button', { name: 'Download as Markdown' });
  await download.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(await readFile((await file.path())!, 'utf8')).toContain('## Cost of churn: “Today”');
  await expect(page.locator('.bc-doc')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

// A scenario keeps the currency its amounts were typed in. CLV defaults: CLV €189 (worked out above).
// Switching another tool to US dollars later changes only the symbol of what that tool shows; the
// saved scenario stays in euros, in the business case and when it is loaded again.
test('a scenario saved in euros stays in euros after the reader switches a tool to dollars', async ({ page }) => {
  await saveScenario(page, 'clv', 'In euros');
  await page.goto('tools/churn/');
  await expect(page.locator('[data-calculator="churn"]')).toHaveAttribute('data-hydrated', 'true');
  await page.getByLabel('Currency', { exact: true }).selectOption('USD');
  await expect(page).toHaveURL(/currency=USD/);

  await openCase(page);
  await page.getByRole('checkbox', { name: 'In euros' }).check();
  await expect(caseValue(page, 'clv', 'CLV over all future years')).toHaveText('€189');

  // On the CLV page the reader's dollars apply, until the scenario is loaded: then its euros.
  await page.goto('tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(value(page, 'clv')).toHaveText('US$189');
  await page.getByRole('button', { name: 'Save or compare scenarios' }).click();
  await page.getByRole('button', { name: /^Load “In euros”/ }).click();
  await expect(value(page, 'clv')).toHaveText('€189');
  await expect(page.getByLabel('Currency', { exact: true })).toHaveValue('EUR');
});
