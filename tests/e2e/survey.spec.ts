// The survey import in the browser: a fixture by the file picker and by drag and drop, a changed
// mapping (remembered for the same headers), switching segment and period, the CSV export, a
// workbook's message, no request carrying the file, the worker under the site's CSP, axe in both
// themes with results shown, and a 390 px screen without sideways scroll.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

const TOOL = 'tools/survey/';
const FIXTURES = 'tests/fixtures/survey/';

async function open(page: Page): Promise<void> {
  await page.goto(TOOL);
  await expect(page.locator('[data-tool="survey"]')).toHaveAttribute('data-hydrated', 'true');
}
const pick = (page: Page, name: string) =>
  page.getByLabel('Choose a CSV or TSV export, or drop it here').setInputFiles(`${FIXTURES}${name}`);
const done = (page: Page) => expect(page.locator('[data-tool="survey"]')).toHaveAttribute('data-phase', 'done');
const table = (page: Page, caption: string) => page.getByRole('table', { name: caption, exact: true });

test('a plain CSV by the file picker: counts, overall scores, segments and periods', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await open(page);
  await pick(page, 'plain.csv');
  await done(page);
  // 10 responses used; the "Total" row excluded; one blank row (tests/unit/calculators/survey-formats.test.ts).
  await expect(page.getByTestId('survey-counts')).toHaveText('10 rows used, 1 excluded, 1 blank row skipped.');
  await expect(page.getByText('Row 13: no score answered')).toBeVisible();
  // NPS = 100 (5 - 3) / 10 = 20; CSAT 6 of 10 = 60%.
  const overall = table(page, 'All responses');
  await expect(overall.getByRole('row', { name: /All responses/ })).toContainText('20 (-30.3 to 61.1)');
  await expect(overall.getByRole('row', { name: /All responses/ })).toContainText('60 (31.3 to 83.2)');
  // North 5 responses: NPS 40, CSAT 80%.
  await expect(table(page, 'By region').getByRole('row', { name: /North/ })).toContainText('40 (');
  // The trend chart draws when scrolled to (chart.js loads on demand, under the site's CSP).
  const chart = page.locator('[data-chart="survey-trend-nps"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  await expect(chart.locator('figcaption')).toHaveText('NPS by month with its 95% interval');
  // January: NPS 25; switch to quarters: one row, 2024-Q1.
  await expect(table(page, 'By month').getByRole('row', { name: /2024-01/ })).toContainText('25 (');
  await page.getByLabel('Period').selectOption('quarter');
  await expect(table(page, 'By quarter').getByRole('row')).toHaveCount(2);
  await expect(table(page, 'By quarter').getByRole('row', { name: /2024-Q1/ })).toBeVisible();
  // The driver analysis: satisfaction against likelihood, 10 pairs, too few to judge.
  await expect(table(page, 'Drivers: importance against performance').getByRole('row', { name: /satisfaction/ })).toContainText(
    'fewer than 30 pairs, too few to judge',
  );
  // Comments by NPS group: three from detractors (ids 4, 6 and 9).
  await page.getByLabel('Show').selectOption('detractor');
  await expect(page.getByTestId('survey-comments-count')).toHaveText('3 comments.');
  await expect(page.locator('.survey-comment-list li')).toHaveText(['Row 5: Slow', 'Row 7: Too slow, gave up', 'Row 10: Bad']);
  expect(errors, 'no console error (a CSP refusal of the worker would be one)').toEqual([]);
});

test('a Qualtrics export by drag and drop, and a mapping changed and remembered', async ({ page }) => {
  await open(page);
  const text = await readFile(`${FIXTURES}qualtrics.csv`, 'utf8');
  const data = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'qualtrics.csv', { type: 'text/csv' }));
    return dt;
  }, text);
  await page.getByTestId('survey-drop').dispatchEvent('drop', { dataTransfer: data });
  await done(page);
  await expect(page.getByText('Qualtrics (3 header rows), comma separated, UTF-8.')).toBeVisible();
  // Likelihood 10 9 7 0 5 8 10 6 -> NPS 0; Basic plan 25, Pro -25.
  await expect(table(page, 'All responses').getByRole('row', { name: /All responses/ })).toContainText('0 (');
  await expect(table(page, 'By Which plan are you on?').getByRole('row', { name: /Pro/ })).toContainText('-25 (');
  // Take the effort column away: the CES columns leave the table.
  await page.getByLabel('Effort (1-7)').selectOption('');
  await done(page);
  await expect(table(page, 'All responses').getByRole('columnheader', { name: /CES/ })).toHaveCount(0);
  // The same headers again: the changed mapping is used and said to be.
  await pick(page, 'qualtrics.csv');
  await done(page);
  await expect(page.getByText('Using the columns you chose last time for a file with these headers.')).toBeVisible();
  await expect(page.getByLabel('Effort (1-7)')).toHaveValue('');
});

test('switching the segment column, and the CSV export with units', async ({ page }) => {
  await open(page);
  await pick(page, 'surveymonkey.csv');
  await done(page);
  await expect(page.getByLabel('Segment by')).toHaveValue('6');
  // Email: 8 and 10 -> NPS 50.
  await expect(table(page, 'By Which channel did you use?').getByRole('row', { name: /Email/ })).toContainText('50 (');
  await page.getByText('Segment columns (1 chosen)').click();
  await page.getByRole('group', { name: 'Columns to compare groups by' }).getByRole('checkbox', { name: 'Collector ID' }).check();
  await done(page);
  await page.getByLabel('Segment by').selectOption({ label: 'Collector ID' });
  await expect(table(page, 'By Collector ID').getByRole('row', { name: /5001/ })).toBeVisible();
  // Two at once: collector down the side, channel across; Email's two answers 8 and 10 -> NPS 50.
  await page.getByLabel('And across').selectOption({ label: 'Which channel did you use?' });
  const cross = table(page, 'NPS by Collector ID and Which channel did you use?');
  await expect(cross.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await expect(cross.getByRole('row', { name: /5001/ })).toContainText('50 (2 answers, too few to judge)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('View,Group,Measure,Value,Low (95%),High (95%),Unit,Answers');
  // 3 promoters, 1 passive, 2 detractors of 6: NPS = 100 / 6 = 16.7 points.
  expect(csv).toMatch(/^All responses,All responses,NPS,16\.7,-?\d+(\.\d)?,\d+(\.\d)?,NPS points,6\r$/m);
  expect(csv).toMatch(/^All responses,All responses,CSAT \(4-5 of 1-5\),50,[\d.]+,[\d.]+,%,6\r$/m);
});

test('print: the chart is drawn first, and the printed page keeps the results without the controls', async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await pick(page, 'typeform.csv');
  await done(page);
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed ?? false)).toBe(true);
  await expect(page.locator('[data-chart="survey-trend-nps"]')).toHaveAttribute('data-chart-state', 'ready');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Import responses' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  // Typeform: likelihood 10 6 9 7 10 -> NPS 40.
  await expect(table(page, 'All responses').getByRole('row', { name: /All responses/ })).toContainText('40 (');
});

test('a large file shows rows read and can be cancelled', async ({ page }) => {
  await open(page);
  // 400,000 responses (about 6 MB): long enough to press Cancel while the worker reads.
  const text = 'region,nps\n' + 'North,10\nSouth,6\n'.repeat(200_000);
  await page
    .getByLabel('Choose a CSV or TSV export, or drop it here')
    .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(page.locator('progress')).toBeVisible();
  await cancel.click();
  await expect(page.locator('[data-tool="survey"]')).toHaveAttribute('data-phase', 'cancelled');
  await expect(page.getByTestId('survey-message')).toHaveText('Reading cancelled. Choose the file again to start over.');
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toHaveCount(0);
});

test('a workbook, a PDF and an empty file get their messages', async ({ page }) => {
  await open(page);
  const input = page.getByLabel('Choose a CSV or TSV export, or drop it here');
  const message = page.getByTestId('survey-message');
  await input.setInputFiles({ name: 'responses.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004rest') });
  await expect(message).toContainText('This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File > Save As');
  await input.setInputFiles({ name: 'responses.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await expect(message).toHaveText(
    'This is a PDF, not a CSV file. Export the responses from your survey platform as CSV (or TSV), then import that file.',
  );
  await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(message).toHaveText(
    'The file is empty: there is nothing to read. Export the responses again and check that the file has rows.',
  );
});

test('pasted rows, and no request after the page has loaded carries anything', async ({ page }) => {
  const requests: { url: string; method: string; body: string | null }[] = [];
  await open(page);
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  await page.getByText('Or paste the rows').click();
  await page.getByLabel('Rows copied from a spreadsheet or CSV, header first').fill('team,nps\nSecret-Team-A,10\nSecret-Team-B,6\n');
  await page.getByRole('button', { name: 'Analyse pasted rows' }).click();
  await done(page);
  await pick(page, 'google-forms.csv');
  await done(page);
  const origin = new URL(page.url()).origin;
  for (const r of requests) {
    expect(r.method, r.url).toBe('GET');
    expect(r.body, r.url).toBeNull();
    expect(r.url.startsWith(origin) || r.url.startsWith('blob:'), r.url).toBe(true);
    expect(r.url).not.toMatch(/Secret|Leeds|Lovely/);
  }
});

test('axe in both themes with results and messages shown; 390 px without sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await pick(page, 'bad-values.csv');
  await done(page);
  await expect(page.getByText('Row 3: "11" is outside the 0-10 scale')).toBeVisible();
  // The widest results: two scores, a segment, periods with their changes, comments and the chart.
  await pick(page, 'plain.csv');
  await done(page);
  const chart = page.locator('[data-chart="survey-trend-nps"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, results shown)`);
  }
});
