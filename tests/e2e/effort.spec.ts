// The customer effort (CES) tool in the browser: the default result in the HTML, counts and a pasted
// column, every bad-input message, share links (good and malformed), inputs kept across a reload, a
// preset, CSV, print, the lazy chart with its table, axe in both themes, and a phone's width.
//
// Every expected number is worked out by hand in the comment beside it, from the formulas in
// docs/methods/effort.md (z = 1.96), never copied from the program's output.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expectDesktopUnchanged, expectHeadlineInView, expectJumpLinks, peek, PHONE } from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

const TOOL = 'tools/effort/';
const calc = (page: Page) => page.locator('[data-calculator="effort"]');
const item = (page: Page, id: string) => page.locator(`[data-result="${id}"]`);
const value = (page: Page, id: string) => item(page, id).locator('.calc-value');
const note = (page: Page, id: string) => item(page, id).locator('.calc-note');
const count = (page: Page, name: string) => page.locator(`.calc input[name="${name}"]`);
const pasted = (page: Page, survey: 'previous' | 'current') => page.getByRole('textbox', { name: `Answers (${survey})` });

/** The message under an input, found through the input's aria-describedby. */
async function messageOf(input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? ((await input.page().locator(`#${error}`).textContent()) ?? '') : '';
}

async function open(page: Page, hash = ''): Promise<void> {
  await page.goto(`${TOOL}${hash}`);
  await expect(calc(page)).toHaveAttribute('data-hydrated', 'true');
}

async function mode(page: Page, survey: 'Previous' | 'Current', choice: string): Promise<void> {
  await page
    .getByRole('group', { name: `${survey} survey entered as`, exact: true })
    .getByRole('radio', { name: choice })
    .check();
}

async function expectNoBadNumbers(page: Page): Promise<void> {
  expect(await calc(page).innerText()).not.toMatch(/NaN|Infinity|∞|undefined/);
}

// The defaults (content/tools/effort.mdx), 100 answers in each survey:
//   previous 5, 5, 10, 20, 30, 20, 10 answers of 1 to 7: 60 answer 5-7 = 60%; Wilson z²/n = 0.038416,
//     centre 0.619208 / 1.038416 = 0.596301, half 1.887490 × √0.00249604 = 0.094300 -> 50.2% to 69.1%
//     mean 465 / 100 = 4.65; SD √(232.75 / 99) = 1.5333; ± 1.96 × 0.15333 = 0.3005 -> 4.35 to 4.95
//   current 2, 3, 5, 15, 35, 25, 15: 75 of 100 = 75%; centre 0.740751, half 0.083798 -> 65.7% to 82.5%
//     mean 513 / 100 = 5.13; SD √(177.31 / 99) = 1.3383; ± 0.2623 -> 4.87 to 5.39
//   share change 15 points; Newcombe 15 − √(9.3047² + 9.0601²) = 2.0 to 15 + √(7.4549² + 9.7999²) = 27.3: likely real
//   mean change 0.48; ± 1.96 × √(0.0235101 + 0.0179101) = ± 0.3989 -> 0.08 to 0.88: likely real
const DEFAULT_RESULTS: Record<string, string> = {
  'current-share': '75%',
  'share-change': '+15 points',
  'current-mean': '5.13',
  'mean-change': '+0.48',
  'previous-share': '60%',
  'previous-mean': '4.65',
};

async function expectResults(page: Page, results: Record<string, string>): Promise<void> {
  for (const [id, text] of Object.entries(results)) await expect(value(page, id), id).toHaveText(text);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the default result is already in the HTML', async ({ page }) => {
    await page.goto(TOOL);
    await expectResults(page, DEFAULT_RESULTS);
    await expect(peek(page, 'current-share')).toHaveText('75%');
    await expect(page.getByRole('heading', { name: 'The method' })).toBeVisible();
  });
});

test('counts: the defaults’ intervals and verdicts, each with its method named', async ({ page }) => {
  await open(page);
  await expectResults(page, DEFAULT_RESULTS);
  await expect(note(page, 'current-share')).toHaveText('95% interval 65.7% to 82.5% (Wilson), from 100 answers');
  await expect(note(page, 'previous-share')).toHaveText('95% interval 50.2% to 69.1% (Wilson), from 100 answers');
  await expect(note(page, 'current-mean')).toHaveText('On 1 to 7; 95% interval 4.87 to 5.39 (normal: mean ± 1.96 × SD / √n)');
  await expect(note(page, 'previous-mean')).toHaveText('On 1 to 7; 95% interval 4.35 to 4.95 (normal: mean ± 1.96 × SD / √n)');
  await expect(note(page, 'share-change')).toHaveText(
    '95% interval +2 to +27.3 points (Newcombe); likely a real change: the interval leaves out 0',
  );
  await expect(note(page, 'mean-change')).toHaveText(
    '95% interval +0.08 to +0.88 (normal); likely a real change: the interval leaves out 0',
  );
  // Two similar surveys: 120 of 200 (60%) against 61 + 40 + 20 = 121 of 200 (60.5%): +0.5 points, and with
  // 200 answers each the Wilson half-widths are near 6.7 points, so the change's interval holds 0.
  await page.getByRole('button', { name: 'Two similar surveys' }).click();
  await expectResults(page, { 'previous-share': '60%', 'current-share': '60.5%', 'share-change': '+0.5 points' });
  await expect(note(page, 'share-change')).toContainText('could be noise: the interval includes 0');
  await expectNoBadNumbers(page);
});

test('a pasted column of 1-7 answers is counted in the browser; bad lines are named', async ({ page }) => {
  await open(page);
  await mode(page, 'Current', 'A pasted column of 1-7 answers');
  const box = pasted(page, 'current');
  // 7, 6, 5, 1, 7 (the blank line skipped): counts 1, 0, 0, 0, 1, 1, 2; 4 of 5 answer 5-7 = 80%
  //   Wilson z²/n = 0.76832; centre (0.8 + 0.38416) / 1.76832 = 0.669653; half (1.96 / 1.76832) × √(0.16 / 5 + 0.76832 / 20)
  //   = 1.108396 × 0.265360 = 0.294124 -> 37.6% to 96.4%; mean (7 + 6 + 5 + 1 + 7) / 5 = 5.2
  await box.fill('7\n6\n\n5\n1\n7\n');
  await expect(page.locator('[data-note="currentScores"]')).toHaveText(
    'Counted 5 answers: 1 × 1, 0 × 2, 0 × 3, 0 × 4, 1 × 5, 1 × 6, 2 × 7.',
  );
  await expectResults(page, { 'current-share': '80%', 'current-mean': '5.2' });
  await expect(note(page, 'current-share')).toHaveText(
    '95% interval 37.6% to 96.4% (Wilson), from 5 answers; a small sample (under 30 answers), so it could easily be far from the true value',
  );
  // 5 answers is under the minimum of 30: no verdict.
  await expect(note(page, 'share-change')).toContainText('too few answers to judge: not judged below 30 answers in either survey');
  // A line outside 1-7 and one that is not a number are named by their line.
  await box.fill('7\n9\nx');
  await expect
    .poll(() => messageOf(box))
    .toBe('Answers (current): line 2: "9" is not an answer from 1 to 7; line 3: "x" is not an answer from 1 to 7.');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(value(page, 'current-share')).toHaveText('80%');
  // Nothing pasted: no answers, said in words.
  await box.fill('');
  await expect(value(page, 'current-share')).toHaveText('No answers yet');
  await expect(note(page, 'current-share')).toHaveText(
    'No answers pasted for the current survey yet: paste one answer from 1 to 7 per line.',
  );
  await expect(value(page, 'share-change')).toHaveText('Needs both surveys');
  await expectNoBadNumbers(page);
});

test('each bad count has its own message, and results stay on the last valid numbers', async ({ page }) => {
  await open(page);
  const ones = count(page, 'previous1');
  const cases: [string, string][] = [
    ['', 'Answered 1, strongly disagree (previous) is empty: enter a whole number from 0 to 10,000,000.'],
    ['-5', 'Answered 1, strongly disagree (previous) must be at least 0; you entered -5.'],
    ['2.5', 'Answered 1, strongly disagree (previous) must be a whole number; you entered 2.5.'],
    ['lots', 'Answered 1, strongly disagree (previous) must be a number, such as 4; you entered “lots”.'],
    ['20000000', 'Answered 1, strongly disagree (previous) must be at most 10,000,000; you entered 20,000,000.'],
  ];
  for (const [typed, message] of cases) {
    await ones.fill(typed);
    await expect.poll(() => messageOf(ones), typed).toBe(message);
    await expect(ones).toHaveAttribute('aria-invalid', 'true');
    await expect(value(page, 'previous-share')).toHaveText('60%');
  }
  await ones.fill('5');
  await expect(ones).not.toHaveAttribute('aria-invalid');
  for (const a of [1, 2, 3, 4, 5, 6, 7]) await count(page, `previous${a}`).fill('0');
  await expect(value(page, 'previous-share')).toHaveText('No answers yet');
  await expect(note(page, 'previous-share')).toHaveText(
    'The previous survey has no answers yet: enter how many people gave each answer from 1 to 7.',
  );
  await expect(note(page, 'share-change')).toHaveText('Enter the previous survey to compare the current one with it.');
  await expectNoBadNumbers(page);
});

test('a share link reproduces the results in a new page; a malformed one is reset and named', async ({ page, browser }) => {
  await open(page);
  await mode(page, 'Previous', 'A pasted column of 1-7 answers');
  await pasted(page, 'previous').fill('7\n6\n5\n1');
  await count(page, 'current7').fill('0');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/tools\/effort\/#.*previousMode=scores/);
  const results = await page.locator('.calc-results-list').innerText();
  const other = await browser.newPage();
  await other.goto(link);
  await expect(calc(other)).toHaveAttribute('data-hydrated', 'true');
  await expect.poll(() => other.locator('.calc-results-list').innerText()).toBe(results);
  await expect(pasted(other, 'previous')).toHaveValue('7\n6\n5\n1');
  // Current without its 15 sevens: 35 + 25 = 60 of 85 = 70.588% -> 70.6%
  await expect(value(other, 'current-share')).toHaveText('70.6%');
  await other.close();

  await page.goto('about:blank');
  await open(page, '#previous1=-3&current2=2.5&currentMode=sometimes&previousMode=scores&previousScores=7%0A8&bogus=1');
  const notice = page.locator('.calc-notice');
  for (const text of [
    'Answered 1, strongly disagree (previous) must be at least 0; the link had -3.',
    'Answered 2 (current) must be a whole number; the link had 2.5.',
    'Current survey entered as must be one of “counts”, “scores”; the link had “sometimes”.',
    'Answers (previous) (“7 8”) was reset to its default because it did not fit with the other values: line 2: "8" is not an answer from 1 to 7.',
    'The link had fields this calculator does not use, which were ignored: “bogus”.',
  ])
    await expect(notice.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  await expect(pasted(page, 'previous')).toHaveValue('');
  await expectNoBadNumbers(page);
});

test('inputs survive a reload; reset restores the defaults', async ({ page }) => {
  await open(page);
  await count(page, 'current7').fill('0');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('current7=0');
  await page.reload();
  await expect(calc(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(count(page, 'current7')).toHaveValue('0');
  await page.goto('about:blank');
  await open(page);
  await expect(count(page, 'current7')).toHaveValue('0');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(count(page, 'current7')).toHaveValue('15');
  await expectResults(page, DEFAULT_RESULTS);
});

test('the chart loads in view with its table; CSV carries inputs, results, chart and surveys; print opens the working', async ({
  page,
}) => {
  await open(page);
  const chart = page.locator('[data-chart="effort-answers"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  await chart.getByText('Table of the chart').click();
  // Each answer's share of its survey's 100 answers: 5 of 100 = 5%, 2 of 100 = 2%, and so on.
  await expect(chart.getByRole('row', { name: /^Answer 1 / }).getByRole('cell')).toHaveText(['5%', '2%']);
  await expect(chart.getByRole('row', { name: /^Answer 5 / }).getByRole('cell')).toHaveText(['30%', '35%']);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cx-playbook-effort-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).not.toContain('Currency');
  // The label has a comma, so CSV quotes it.
  expect(csv).toContain('"Answered 7, strongly agree (current)",15,\r\n');
  expect(csv).toContain('"Share answering 5 to 7, current survey",75,%\r\n');
  expect(csv).toContain('Change in the share answering 5 to 7,15,\r\n');
  expect(csv).toContain('"Mean answer, current survey",5.13,\r\n');
  expect(csv).toContain('Change in the mean answer,0.48,\r\n');
  // The chart's rows: shares written as percentages, 5 of 100 and 2 of 100.
  expect(csv).toContain('Answer,Previous survey,Current survey,Unit\r\nAnswer 1,5,2,%\r\n');
  // The survey table: answers, the seven counts, the share and the mean.
  expect(csv).toContain('Previous survey,100,5,5,10,20,30,20,10,60,4.65\r\n');
  expect(csv).toContain('Current survey,100,2,3,5,15,35,25,15,75,5.13\r\n');

  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await expect(page.locator('.calc-working')).toHaveAttribute('open', '');
  // 75 − 60 = 15 points, written with its operands.
  await expect(page.locator('.calc-working')).toContainText('d = 75% − 60%');
  await expect(page.locator('.calc-working')).toContainText('p = 60 / 100; z = 1.96');
});

test('axe finds nothing in either theme with a message, a notice, the chart and the tables open', async ({ page }) => {
  await open(page, '#currentMode=scores&currentScores=7%0A9&bogus=1');
  await expect(page.locator('.calc-notice')).toBeVisible();
  await pasted(page, 'current').fill('7\n12');
  await count(page, 'previous3').fill('');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.locator('[data-chart="effort-answers"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-chart="effort-answers"]')).toHaveAttribute('data-chart-state', 'ready');
  await page.locator('.calc details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme})`);
  }
});

// Without the current survey's 15 sevens: 35 + 25 = 60 of 85 answer 5-7 = 70.588% -> 70.6%.
test('on a phone the current share stays in view while a count far down the form changes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page);
  await expect(peek(page, 'current-share')).toHaveText('75%');
  await expectHeadlineInView(page, count(page, 'current7'), '0', 'current-share', '70.6%');
  await expectJumpLinks(page, 'effort');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `at 390 px, ${theme}`);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('on a wide screen there is no bar; the results stay sticky beside the form', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expectDesktopUnchanged(page, count(page, 'current7'), '0', 'current-share', '70.6%');
});
