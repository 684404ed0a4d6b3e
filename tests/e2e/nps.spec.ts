// The NPS and CSAT tool in the browser: the default result in the HTML, each way of entering a
// survey, the verdict for a hand-derived case, every bad-input message, share links (good and
// malformed), inputs kept across a reload, keyboard-only use, CSV, print, the lazy chart and axe.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expectDesktopUnchanged, expectHeadlineInView, expectJumpLinks, peek, PHONE } from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, expectOutOfView, setTheme, test, watchObservers } from './fixtures.ts';

const TOOL = 'tools/nps/';

// The hand-derived case: the sources' "NPS 67 to 68", 500 responses in each survey.
//   previous 370 promoters, 95 passives, 35 detractors: NPS = 100 × (370 − 35) / 500 = 67
//     adjusted Wald: n' = 503, p_P = 370.75 / 503 = 0.73708, p_D = 35.75 / 503 = 0.07107
//     var = 0.73708 + 0.07107 − 0.66600² = 0.36459, SE = √(0.36459 / 503) = 0.026923 → 2.692 points
//   current 372, 96, 32: NPS = 100 × (372 − 32) / 500 = 68
//     p_P = 372.75 / 503 = 0.74105, p_D = 32.75 / 503 = 0.06511
//     var = 0.80616 − 0.67594² = 0.34926, SE = √(0.34926 / 503) = 0.026351 → 2.635 points
//   the change is judged on the adjusted scores (issue 14): 100 × 340 / 503 − 100 × 335 / 503 = 0.994
//   SE of the change = √(2.692² + 2.635²) = 3.767; z = 0.994 / 3.767 = 0.264; p = 2 (1 − Φ(0.264)) = 0.79
//   the range contains 0 and p ≥ 0.2: "could easily be noise"; 0.994 ± 1.96 × 3.767 = −6.4 to +8.4 points
const WORKED = { previous: ['370', '95', '35'], current: ['372', '96', '32'] };
const WORKED_HEADLINE = 'A 1-point rise from 67 to 68 with 500 responses in each survey could easily be noise (p = 0.79).';
const WORKED_DETAIL = 'Allowing for sampling noise, the true change is probably between -6.4 and +8.4 points (95% interval).';

const calc = (page: Page) => page.locator('[data-calculator="nps"]');
const item = (page: Page, id: string) => page.locator(`[data-result="${id}"]`);
const value = (page: Page, id: string) => item(page, id).locator('.calc-value');
const note = (page: Page, id: string) => item(page, id).locator('.calc-note');
const field = (page: Page, label: string) => page.getByLabel(label, { exact: false });
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

async function mode(page: Page, survey: 'Previous' | 'Current' | 'CSAT', choice: string): Promise<void> {
  await page
    .getByRole('group', { name: `${survey === 'CSAT' ? 'CSAT' : `${survey} survey`} entered as`, exact: true })
    .getByRole('radio', { name: choice })
    .check();
}

async function fillCounts(page: Page, survey: 'previous' | 'current', [p, a, d]: string[]): Promise<void> {
  await field(page, `Promoters (${survey})`).fill(p!);
  await field(page, `Passives (${survey})`).fill(a!);
  await field(page, `Detractors (${survey})`).fill(d!);
}

/** Nothing on the tool reads NaN, Infinity or undefined. */
async function expectNoBadNumbers(page: Page): Promise<void> {
  expect(await calc(page).innerText()).not.toMatch(/NaN|Infinity|∞|undefined/);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the default result is already in the HTML', async ({ page }) => {
    // Defaults: 150/90/60 → NPS 30 and 165/81/54 → NPS 37, 300 each; SE 4.49 and 4.43 points,
    // SE of the change 6.30, z = 7 / 6.30 = 1.11, p = 0.27 ≥ 0.2.
    await page.goto(TOOL);
    await expect(value(page, 'verdict')).toHaveText('Could easily be noise');
    // The bar that keeps the headline in view on a phone is in the HTML too.
    await expect(peek(page, 'verdict')).toHaveText('Could easily be noise');
    await expect(note(page, 'verdict')).toContainText(
      'A 7-point rise from 30 to 37 with 300 responses in each survey could easily be noise (p = 0.27).',
    );
    await expect(value(page, 'previous-nps')).toHaveText('30');
    await expect(value(page, 'current-nps')).toHaveText('37');
    await expect(page.getByRole('heading', { name: 'The method' })).toBeVisible();
  });
});

test('counts: the hand-derived 67 to 68 could easily be noise', async ({ page }) => {
  await open(page);
  await fillCounts(page, 'previous', WORKED.previous);
  await fillCounts(page, 'current', WORKED.current);
  await expect(value(page, 'verdict')).toHaveText('Could easily be noise');
  await expect(note(page, 'verdict')).toHaveText(`${WORKED_HEADLINE} ${WORKED_DETAIL}`);
  await expect(value(page, 'previous-nps')).toHaveText('67');
  await expect(note(page, 'previous-nps')).toHaveText('95% interval 61.3 to 71.9, from 500 responses');
  await expect(value(page, 'current-nps')).toHaveText('68');
  await expect(value(page, 'change')).toHaveText('+1 point');
  await expect(note(page, 'change')).toHaveText('p = 0.79; standard error of the change 3.77 points');
  // 1.96² / 0.05² = 1,536.64 → 1,537 in the worst case
  await expect(value(page, 'responses-needed')).toHaveText('1,537 responses');
  // The preset holds the same surveys and is marked as loaded.
  await expect(page.getByRole('button', { name: "67 to 68, the sources' example" })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: "67 to 68, the sources' example" }).click();
  await expect(page.getByRole('button', { name: "67 to 68, the sources' example" })).toHaveAttribute('aria-pressed', 'true');
  await expect(note(page, 'verdict')).toHaveText(`${WORKED_HEADLINE} ${WORKED_DETAIL}`);
  // CSAT 400 of 500 = 80%
  await expect(value(page, 'csat')).toHaveText('80%');
  await expectNoBadNumbers(page);
});

test('percentages with a total: 30 to 38 with 2,000 each is likely a real change', async ({ page }) => {
  // 45/40/15 % of 2,000 → 900/800/300, NPS 30, SE 1.596; 50/38/12 % → 1,000/760/240, NPS 38, SE 1.541.
  // Adjusted scores 100 × 600 / 2003 = 29.955 and 100 × 760 / 2003 = 37.943: d′ = 7.988.
  // SE of the change √(1.596² + 1.541²) = 2.219, z = 7.988 / 2.219 = 3.60, p = 0.0003 < 0.001;
  // range 7.988 ± 1.96 × 2.219 = 7.988 ± 4.349 = +3.6 to +12.3 (it excludes 0).
  await open(page);
  await mode(page, 'Previous', 'Percentages and the number of responses');
  await expect(field(page, 'Promoters (previous)')).toHaveCount(0);
  await field(page, 'Promoter share in the previous survey').fill('45');
  await field(page, 'Passive share in the previous survey').fill('40');
  await field(page, 'Detractor share in the previous survey').fill('15');
  await field(page, 'Responses in the previous survey').fill('2000');
  await mode(page, 'Current', 'Percentages and the number of responses');
  await field(page, 'Promoter share in the current survey').fill('50');
  await field(page, 'Passive share in the current survey').fill('38');
  await field(page, 'Detractor share in the current survey').fill('12');
  await field(page, 'Responses in the current survey').fill('2000');
  await expect(value(page, 'verdict')).toHaveText('Likely a real change');
  await expect(note(page, 'verdict')).toHaveText(
    'An 8-point rise from 30 to 38 with 2,000 responses in each survey is likely a real change (p < 0.001). ' +
      'Allowing for sampling noise, the true change is probably between +3.6 and +12.3 points (95% interval).',
  );
  await expect(note(page, 'previous-nps')).toHaveText(
    '95% interval 26.8 to 33.1, from 2,000 responses; approximate, as the counts come from rounded percentages',
  );
  await expect(page.locator('[data-note="previousTotal"]')).toHaveText('Read as 900 promoters, 800 passives and 300 detractors.');
  // Percentages that do not add up to 100 are named at the detractor share, and the results wait.
  await field(page, 'Detractor share in the previous survey').fill('10');
  await expect
    .poll(() => messageOf(field(page, 'Detractor share in the previous survey')))
    .toBe(
      'Detractor share in the previous survey: The three percentages add up to 95; they should add up to 100 (give or take 1.5 for rounding).',
    );
  await expect(page.getByText('One input has a problem, so these results are for your last valid numbers.')).toBeVisible();
  await expect(value(page, 'previous-nps')).toHaveText('30');
  // Within rounding: 45 + 40 + 14 = 99 is scaled to 100 and said so.
  await field(page, 'Detractor share in the previous survey').fill('14');
  await expect(page.locator('[data-note="previousTotal"]')).toContainText('The percentages add up to 99, so they were scaled to 100');
  await expectNoBadNumbers(page);
});

test('a pasted column of 0-10 answers is counted in the browser', async ({ page }) => {
  // 10, 9 → 2 promoters; 8, 7 → 2 passives; 6, 0 → 2 detractors (the blank line is skipped).
  // NPS 0; n' = 9, p_P = p_D = 2.75 / 9 = 0.3056, var = 0.6111, SE = √(0.6111 / 9) = 0.2606,
  // interval 0 ± 1.96 × 26.06 = −51.1 to 51.1.
  await open(page);
  await mode(page, 'Previous', 'A pasted column of 0-10 answers');
  const box = page.getByRole('textbox', { name: 'Scores (previous)' });
  await box.fill('10\n9\n\n8\n7\n6\n0\n');
  await expect(page.locator('[data-note="previousScores"]')).toHaveText('Counted 6 answers: 2 promoters, 2 passives and 2 detractors.');
  await expect(value(page, 'previous-nps')).toHaveText('0');
  await expect(note(page, 'previous-nps')).toHaveText('95% interval -51.1 to 51.1, from 6 responses');
  // Against the default current survey (NPS 37 from 300): 6 responses is under the minimum of 30,
  // so there is no verdict (issue 14), and the previous survey needs 30 − 6 = 24 more.
  await expect(value(page, 'verdict')).toHaveText('Too few responses to judge');
  await expect(note(page, 'verdict')).toContainText(
    'With 6 and 300 responses, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
      'so the previous survey needs 24 more.',
  );
  await expect(note(page, 'change')).toContainText('Not judged: fewer than 30 responses in a survey');
  // A value outside 0-10 (and one that is not a number) is named by its line.
  await box.fill('10\n11\n9\nnine');
  await expect
    .poll(() => messageOf(box))
    .toBe('Scores (previous): line 2: "11" is not a score from 0 to 10; line 4: "nine" is not a score from 0 to 10.');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(value(page, 'previous-nps')).toHaveText('0');
  // An empty paste is no responses, said in words.
  await box.fill('');
  await expect(value(page, 'previous-nps')).toHaveText('No responses yet');
  await expect(note(page, 'previous-nps')).toHaveText(
    'No scores pasted for the previous survey yet: paste one score from 0 to 10 per line.',
  );
  await expectNoBadNumbers(page);
});

test('each bad input has its own message, and results stay on the last valid numbers', async ({ page }) => {
  await open(page);
  const promoters = field(page, 'Promoters (previous)');
  const cases: [string, string][] = [
    ['', 'Promoters (previous) is empty: enter a whole number from 0 to 10,000,000.'],
    ['-5', 'Promoters (previous) must be at least 0; you entered -5.'],
    ['2.5', 'Promoters (previous) must be a whole number; you entered 2.5.'],
    ['lots', 'Promoters (previous) must be a number, such as 4; you entered “lots”.'],
    ['20000000', 'Promoters (previous) must be at most 10,000,000; you entered 20,000,000.'],
  ];
  for (const [typed, message] of cases) {
    await promoters.fill(typed);
    await expect.poll(() => messageOf(promoters), typed).toBe(message);
    await expect(promoters).toHaveAttribute('aria-invalid', 'true');
    await expect(value(page, 'previous-nps')).toHaveText('30');
  }
  await promoters.fill('150');
  await expect(promoters).not.toHaveAttribute('aria-invalid');
  // Zero responses: no number, a sentence saying what to enter.
  await fillCounts(page, 'previous', ['0', '0', '0']);
  await expect(value(page, 'previous-nps')).toHaveText('No responses yet');
  await expect(note(page, 'previous-nps')).toHaveText(
    'The previous survey has no responses yet: enter at least one promoter, passive or detractor.',
  );
  await expect(value(page, 'verdict')).toHaveText('Not yet');
  await expect(note(page, 'verdict')).toHaveText('Enter the previous survey to compare the current one with it.');
  await expect(value(page, 'change')).toHaveText('Needs both surveys');
  for (const n of [1, 2, 3, 4, 5]) await page.getByLabel(new RegExp(`^Answered ${n}\\b`)).fill('0');
  await expect(value(page, 'csat')).toHaveText('No answers yet');
  // CSAT satisfied answers above the total.
  await mode(page, 'CSAT', 'Satisfied answers out of all answers');
  await page.getByRole('textbox', { name: 'Satisfied answers' }).fill('600');
  await field(page, 'All CSAT answers').fill('500');
  await expect
    .poll(() => messageOf(page.getByRole('textbox', { name: 'Satisfied answers' })))
    .toBe('Satisfied answers: 600 is more than all CSAT answers (500).');
  await expectNoBadNumbers(page);
});

test('a share link reproduces the results in a new page', async ({ page, browser }) => {
  await open(page);
  await mode(page, 'Previous', 'A pasted column of 0-10 answers');
  await page.getByRole('textbox', { name: 'Scores (previous)' }).fill('10\n9\n8\n7\n6\n0');
  await fillCounts(page, 'current', WORKED.current);
  await field(page, 'Target margin of error').fill('3');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/tools\/nps\/#.*previousMode=scores/);
  const results = await page.locator('.calc-results-list').innerText();
  const other = await browser.newPage();
  await other.goto(link);
  await expect(calc(other)).toHaveAttribute('data-hydrated', 'true');
  await expect.poll(() => other.locator('.calc-results-list').innerText()).toBe(results);
  await expect(other.getByRole('textbox', { name: 'Scores (previous)' })).toHaveValue('10\n9\n8\n7\n6\n0');
  // 1.96² / 0.03² = 4,268.4 → 4,269
  await expect(value(other, 'responses-needed')).toHaveText('4,269 responses');
  await expect(other.locator('.calc-notice')).toHaveCount(0);
  await other.close();
});

test('a malformed share link resets the bad values and names each one', async ({ page }) => {
  const hash =
    '#previousPromoters=-3&previousPassives=2.5&currentDetractors=abc&previousMode=scores&previousScores=9%0A11&csatMode=sometimes&bogus=1';
  await open(page, hash);
  const notice = page.locator('.calc-notice');
  await expect(notice).toContainText('Some of this share link could not be used, so the calculator shows the defaults in its place.');
  for (const text of [
    'Promoters (previous) must be at least 0; the link had -3.',
    'Passives (previous) must be a whole number; the link had 2.5.',
    'Detractors (current) must be a number, such as 4; the link had “abc”.',
    'CSAT entered as must be one of “distribution”, “satisfied”; the link had “sometimes”.',
    'Scores (previous) (“9 11”) was reset to its default because it did not fit with the other values: line 2: "11" is not a score from 0 to 10.',
    'The link had fields this calculator does not use, which were ignored: “bogus”.',
  ])
    await expect(notice.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  // The bad values are back to their defaults; the good one (scores mode) was kept.
  await expect(
    page.getByRole('group', { name: 'Previous survey entered as' }).getByRole('radio', { name: 'A pasted column of 0-10 answers' }),
  ).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Scores (previous)' })).toHaveValue('');
  await expect(value(page, 'previous-nps')).toHaveText('No responses yet');
  await expect(
    page.getByRole('group', { name: 'CSAT entered as' }).getByRole('radio', { name: 'How many chose each answer from 1 to 5' }),
  ).toBeChecked();
  await expectNoBadNumbers(page);
  // The corrected link replaces the bad one, so a reload does not repeat the notice.
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('bogus');
  await page.reload();
  await expect(calc(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('.calc-notice')).toHaveCount(0);
});

test('inputs survive a reload and a fresh visit', async ({ page }) => {
  await open(page);
  await mode(page, 'Current', 'Percentages and the number of responses');
  await field(page, 'Responses in the current survey').fill('1200');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('currentTotal=1200');
  await page.reload();
  await expect(calc(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(field(page, 'Responses in the current survey')).toHaveValue('1200');
  // Without the fragment, the inputs come back from this browser's storage.
  await page.goto('about:blank');
  await open(page);
  await expect(
    page.getByRole('group', { name: 'Current survey entered as' }).getByRole('radio', { name: 'Percentages and the number of responses' }),
  ).toBeChecked();
  await expect(field(page, 'Responses in the current survey')).toHaveValue('1200');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(field(page, 'Promoters (current)')).toHaveValue('165');
});

test('keyboard alone: a preset, a mode change, typed percentages and a share link', async ({ page }) => {
  await open(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return `${el?.name ?? ''}|${el?.value ?? ''}|${el?.textContent?.trim() ?? ''}`;
    });
  const tabTo = async (target: RegExp, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (target.test(await focused())) return;
    }
    throw new Error(`Tab never reached ${target}; last focus: ${await focused()}`);
  };
  await tabTo(/67 to 68, the sources' example/);
  await page.keyboard.press('Enter');
  await expect(note(page, 'verdict')).toHaveText(`${WORKED_HEADLINE} ${WORKED_DETAIL}`);
  // The checked radio of the previous survey's mode takes focus; an arrow key picks the next mode.
  await tabTo(/^calc-nps-previousMode\|counts/);
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('group', { name: 'Previous survey entered as' }).getByRole('radio', { name: 'Percentages and the number of responses' }),
  ).toBeChecked();
  for (const [name, typed] of [
    ['previousPromoterPercent', '45'],
    ['previousPassivePercent', '40'],
    ['previousDetractorPercent', '15'],
    ['previousTotal', '2000'],
  ]) {
    await tabTo(new RegExp(`^${name}\\|`));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed!);
  }
  // 900/800/300 → 30 against 68: a 38-point fall, far beyond noise.
  await expect(value(page, 'previous-nps')).toHaveText('30');
  await expect(value(page, 'verdict')).toHaveText('Likely a real change');
  await tabTo(/Copy share link/);
  await expect(page.locator(':focus')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/previousMode=percentages/);
  await tabTo(/Table of the chart/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Table: NPS of each survey with its 95% interval' })).toBeVisible();
});

test('the chart loads when it scrolls into view; its table has each number', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await watchObservers(page);
  await open(
    page,
    '#previousPromoters=370&previousPassives=95&previousDetractors=35&currentPromoters=372&currentPassives=96&currentDetractors=32',
  );
  const figure = page.locator('[data-chart="nps-intervals"]');
  // Below the fold (more than ChartFigure's 100 px margin away), as the page's own observer was told.
  await expectOutOfView(figure.locator('.calc-chart'), 100);
  await expect(figure).toHaveAttribute('data-chart-state', 'waiting');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
  // Last values drawn: the current survey's lower end, score and upper end (62.43, 68, 72.76).
  await expect(figure.locator('canvas')).toHaveAttribute('data-drawn', '62.43|68.00|72.76');
  await figure.getByText('Table of the chart').click();
  const rows = figure.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toHaveText(['Previous survey', '61.32', '67', '71.88'].join(''));
  await expect(rows.nth(2)).toHaveText(['Current survey', '62.43', '68', '72.76'].join(''));
  await expect(
    page
      .getByRole('table')
      .filter({ hasText: 'Promoters' })
      .getByRole('row', { name: /^Current survey/ }),
  ).toContainText('372 (74.4%)');
});

test('CSV export carries inputs, results and the comparison; print opens the working', async ({ page }) => {
  await open(
    page,
    '#previousPromoters=370&previousPassives=95&previousDetractors=35&currentPromoters=372&currentPassives=96&currentDetractors=32',
  );
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cx-playbook-nps-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).not.toContain('Currency');
  expect(csv).toContain('Promoters (previous),370,\r\n');
  expect(csv).toContain('Is the change real?,Could easily be noise,\r\n');
  // Every figure is label, value, unit, rounded as the page shows it (docs/methods/README.md):
  // NPS (370 − 35) / 500 = 67 points; change 68 − 67 = +1 point.
  expect(csv).toContain('Result,Value,Unit\r\n');
  expect(csv).toContain('"NPS, previous survey",67,NPS points\r\n');
  expect(csv).toContain('Change in NPS,1,NPS points\r\n');
  // 1.96² / 0.05² = 1,536.64 → 1,537 responses in the worst case; CSAT 1.96² × 0.25 / 0.05² = 384.16 → 385 answers
  expect(csv).toContain('Responses for ±5 points,1537,responses\r\n');
  expect(csv).toContain('Responses for the CSAT margin at worst,385,answers\r\n');
  // CSAT from the defaults: 110 + 115 = 225 of 300 answers = 75%. Wilson interval, z = 1.96, z²/n = 0.0128053:
  // centre (0.75 + 0.0064027) / 1.0128053 = 0.746839; half 1.96 / 1.0128053 × √(0.1875 / 300 + 0.0128053 / 1200)
  // = 0.048792; 69.80% to 79.56%.
  expect(csv).toContain('CSAT,75,%\r\n');
  expect(csv).toContain('CSAT 95% interval from,69.8,%\r\n');
  expect(csv).toContain('CSAT 95% interval to,79.56,%\r\n');
  expect(csv).toContain('CSAT answers,300,answers\r\n');
  // p from the adjusted difference 5 / 503 = 0.994036 (→ 1.0 points): z = 0.994036 / 3.767213 = 0.263865,
  // 2 × (1 − 0.604058) = 0.791884 → 0.792
  expect(csv).toContain('Difference of the adjusted scores,1,NPS points\r\n');
  expect(csv).toContain('Standard error of the difference,3.8,NPS points\r\n');
  expect(csv).toContain('z,0.264,\r\n');
  expect(csv).toContain('p (two-sided),0.792,\r\n');
  expect(csv).toContain('Previous survey,500,370,95,35,67,');
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await expect(page.locator('.calc-working')).toHaveAttribute('open', '');
  await expect(page.locator('[data-chart="nps-intervals"]')).toHaveAttribute('data-chart-state', 'ready');
  await expect(page.locator('.calc-working')).toContainText('100 × (370 − 35) / 500');
});

test('axe finds nothing in either theme with messages, a notice, the chart and the tables open', async ({ page }) => {
  await open(page, '#previousMode=scores&previousScores=9%0A11&currentMode=percentages&bogus=1');
  await expect(page.locator('.calc-notice')).toBeVisible();
  await page.getByRole('textbox', { name: 'Scores (previous)' }).fill('9\n12');
  await field(page, 'Detractor share in the current survey').fill('40');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.locator('[data-chart="nps-intervals"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-chart="nps-intervals"]')).toHaveAttribute('data-chart-state', 'ready');
  await page.getByText('Table of the chart').click();
  await page.getByText('Show the working').click();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme})`);
  }
});

// On a phone the verdict stays in view (issue 14); on a wide screen nothing changed.
// The defaults are 150/90/60 (NPS 30, SE 4.49 points) and 165/81/54 (NPS 37): "could easily be noise"
// (derived in the JavaScript-off test). With no current detractors, 165/81/0:
//   n = 246, NPS = 100 × 165 / 246 = 67.07 -> 67
//   adjusted Wald: n' = 249, p_P = 165.75 / 249 = 0.66566, p_D = 0.75 / 249 = 0.00301
//   var = 0.66566 + 0.00301 − 0.66265² = 0.66867 − 0.43911 = 0.22956, SE = √(0.22956 / 249) = 0.03036 → 3.04 points
//   SE of the change = √(4.49² + 3.04²) = √29.40 = 5.42; z = 37 / 5.42 = 6.8; p far below 0.05: "likely a real change"
const NO_DETRACTORS = 'Likely a real change';

test('on a phone the verdict stays in view while a survey count far down the form changes', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page);
  await expect(peek(page, 'verdict')).toHaveText('Could easily be noise');
  await expectHeadlineInView(page, field(page, 'Detractors (current)'), '0', 'verdict', NO_DETRACTORS);
  await expectJumpLinks(page, 'nps');
});

test('on a wide screen there is no bar; the results stay sticky beside the form', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expectDesktopUnchanged(page, field(page, 'Detractors (current)'), '0', 'verdict', NO_DETRACTORS);
});
