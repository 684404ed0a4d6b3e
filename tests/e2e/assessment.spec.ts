// The maturity self-assessment in the browser: keyboard-only answering, a result computed by
// hand, share links (good, malformed, outdated), history, the team view, and axe in both themes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectOutOfView, setTheme, test, watchObservers } from './fixtures.ts';
import { expectLightSlideOnDarkPage, pngSize } from './png.ts';

const TOOL = 'tools/assessment/';
const TEAM = 'assessment/team/';

// The hand-computed case, on the shipped questionnaire (ten dimensions of three statements;
// leadership commitment and customer insight weigh 1.5, the others 1). 0 = "don't know".
//   leadership 4 4 4 -> 75        ownership 2 3 0 -> (25 + 50) / 2 = 37.5   insight 5 5 5 -> 100
//   goals 3 3 3 -> 50             measurement 1 1 1 -> 0                    internal 3 3 3 -> 50
//   empowerment 4 4 4 -> 75       adaptive 2 2 2 -> 25                      resourcing 3 3 3 -> 50
//   quality 0 0 0 -> not scored (its weight drops out)
// overall = (1.5 x 75 + 37.5 + 1.5 x 100 + 50 + 0 + 50 + 75 + 25 + 50) / (1.5 + 1 + 1.5 + 6 x 1)
//         = (112.5 + 37.5 + 150 + 50 + 0 + 50 + 75 + 25 + 50) / 10 = 550 / 10 = 55 -> Established (band 55 to below 80)
// pyramid: yes, yes, no, yes, don't know -> level 2 (level 4's "yes" does not count above a "no")
// weakest: measurement 0, adaptive 25, ownership 37.5
const RATINGS = [
  [4, 4, 4],
  [2, 3, 0],
  [5, 5, 5],
  [3, 3, 3],
  [1, 1, 1],
  [3, 3, 3],
  [4, 4, 4],
  [2, 2, 2],
  [3, 3, 3],
  [0, 0, 0],
];
const PYRAMID = ['y', 'y', 'n', 'y', '0'];
const FRAGMENT = `v=1&a=${RATINGS.map((d) => d.join('')).join('-')}&p=${PYRAMID.join('')}`;
const EXPECTED_SCORES: [string, string][] = [
  ['Leadership commitment', '75'],
  ['Ownership', '37.5'],
  ['Customer insight', '100'],
  ['Customer-centric goals', '50'],
  ['Measurement that drives action', '0'],
  ['Internal communication', '50'],
  ['Employee empowerment', '75'],
  ['Adaptive strategy', '25'],
  ['Resourcing', '50'],
  ['Quality at scale', 'not scored'],
];

/** Waits until every island on the page is hydrated (Astro drops the `ssr` attribute then). */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.name || el?.textContent?.trim() || '';
  });
}

/** Presses Tab until the focused element's name (or text) matches; fails after `max` presses. */
async function tabTo(page: Page, target: RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (target.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached ${target}; last focus: ${await focusedName(page)}`);
}

/** With focus on an unanswered radio group's first option: Space picks it, arrows move on. */
async function choose(page: Page, position: number): Promise<void> {
  await page.keyboard.press('Space');
  for (let i = 1; i < position; i++) await page.keyboard.press('ArrowRight');
}

async function expectHandComputedResult(page: Page): Promise<void> {
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByTestId('overall')).toHaveText('55');
  await expect(result.getByTestId('stage')).toHaveText(/^Established: stage 3 of 4/);
  const table = result.getByRole('table', { name: 'Score of each dimension (0 to 100)' });
  for (const [title, score] of EXPECTED_SCORES)
    await expect(
      table
        .getByRole('row', { name: new RegExp(`^${title} `) })
        .getByRole('cell')
        .last(),
    ).toHaveText(score);
  await expect(result.getByTestId('pyramid-level')).toHaveText("Level 2 of 5 met: Solve the brand's problem when the customer asks");
  await expect(result.getByTestId('summary')).toHaveAttribute('data-holds', 'true');
  const priorities = result.locator('.as-priorities > li h4');
  await expect(priorities).toHaveText([
    /^Measurement that drives action \(0 of 100\)/,
    /^Adaptive strategy \(25 of 100\)/,
    /^Ownership \(37.5 of 100\)/,
  ]);
  await expect(result.getByRole('link', { name: /numbers/i }).first()).toHaveAttribute('href', /\/failures\/[a-z-]+\/$/);
}

test('answering everything by keyboard alone gives the hand-computed result', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  await expect(page.getByRole('radio', { name: 'One dimension at a time' })).toBeChecked();
  for (let d = 0; d < RATINGS.length; d++) {
    for (let s = 0; s < 3; s++) {
      await tabTo(page, /--/);
      const r = RATINGS[d]![s]!;
      await choose(page, r === 0 ? 6 : r);
    }
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('tabindex', '-1');
  }
  for (const p of PYRAMID) {
    await tabTo(page, /^pyramid--/);
    await choose(page, p === 'y' ? 1 : p === 'n' ? 2 : 3);
  }
  await expect(page.getByTestId('progress')).toHaveText('35 of 35 answered');
  await tabTo(page, /^See your result$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expectHandComputedResult(page);
  // The share link carries exactly these answers.
  await expect(page.getByLabel('Share link')).toHaveValue(
    new RegExp(`/tools/assessment/#${FRAGMENT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
});

test("a failure page's link to a dimension opens that dimension", async ({ page }) => {
  await page.goto(`${TOOL}#dimension-resourcing`);
  await expect(page.getByRole('heading', { name: '9. Resourcing' })).toBeFocused();
  await expect(page.getByText('Step 9 of 11')).toBeVisible();
});

test('answers survive closing the page', async ({ page }) => {
  await page.goto(TOOL);
  await hydrated(page);
  await page
    .getByRole('group', { name: /budgets, targets and trade-offs/ })
    .getByLabel('Agree', { exact: true })
    .check();
  await expect(page.getByTestId('progress')).toHaveText('1 of 35 answered');
  await page.reload();
  await expect(page.getByTestId('progress')).toHaveText('1 of 35 answered');
  await expect(page.getByRole('group', { name: /budgets, targets and trade-offs/ }).getByLabel('Agree', { exact: true })).toBeChecked();
});

test('a share link round-trips: opened elsewhere it shows the same result and the same link', async ({ page, browser }) => {
  await page.goto(`${TOOL}#${FRAGMENT}`);
  await expectHandComputedResult(page);
  await expect(page.getByRole('status').filter({ hasText: 'answers from a shared link' })).toBeVisible();
  const link = await page.getByLabel('Share link').inputValue();
  const other = await browser.newPage();
  await other.goto(link);
  await expectHandComputedResult(other);
  await expect(other.getByLabel('Share link')).toHaveValue(link);
  await other.close();
});

test('a malformed share link is reported with what is wrong, and the page still works', async ({ page }) => {
  await page.goto(`${TOOL}#v=1&a=44-2&p=yy`);
  await expect(page.getByRole('alert')).toHaveText(
    'This link cannot be used: it has answers for 2 dimensions but the questionnaire has 10; it has 2 pyramid answers but there are 5 pyramid questions. Your own answers are shown instead.',
  );
  await page.goto(`${TOOL}#v=1&a=4x4&p=yyyyy`);
  await expect(page.getByRole('alert')).toContainText('the answers (a) may only contain the digits 0 to 5, _ and -');
  await expect(page.getByTestId('progress')).toHaveText('0 of 35 answered');
});

test('an outdated share link (the questionnaire has moved on since) is refused with a message', async ({ page }) => {
  // Serve the page as it would be after an editor bumps the questionnaire to version 2.
  await page.route('**/tools/assessment/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('&quot;version&quot;:[0,1]', '&quot;version&quot;:[0,2]');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${TOOL}#${FRAGMENT}`);
  await expect(page.getByRole('alert')).toHaveText(
    'This link cannot be used: it was made with version 1 of the questionnaire, which has since changed (this site has version 2), so its answers no longer match the statements; please ask for a new link. Your own answers are shown instead.',
  );
});

test('history keeps dated results and compares any two, change per dimension', async ({ page }) => {
  await page.goto(`${TOOL}#${FRAGMENT}`);
  await page.getByRole('button', { name: 'Save to history' }).click();
  await expect(page.getByRole('table', { name: 'Results saved in this browser' }).getByRole('row')).toHaveCount(2);
  // Raise ownership's "don't know" to 5: ownership becomes (25 + 50 + 100) / 3 = 58.3, a change of +20.8.
  await page.getByRole('radio', { name: 'All on one page' }).check();
  await page
    .getByRole('group', { name: /several teams, everyone knows who decides/ })
    .getByLabel('Strongly agree')
    .check();
  await page.getByRole('button', { name: 'Save to history' }).click();
  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByRole('row', { name: /^Ownership / }).getByRole('cell')).toHaveText(['37.5', '58.3', '+20.8']);
  await expect(comparison.getByRole('row', { name: /^Resourcing / }).getByRole('cell')).toHaveText(['50', '50', 'no change']);
  await expect(comparison.getByRole('row', { name: /^Quality at scale / }).getByRole('cell')).toHaveText([
    'not scored',
    'not scored',
    'not comparable',
  ]);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Results saved in this browser' }).getByRole('row')).toHaveCount(3);
});

test('JSON export carries the result', async ({ page }) => {
  await page.goto(`${TOOL}#${FRAGMENT}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cx-maturity-assessment-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8'));
  expect(doc).toMatchObject({
    questionnaireVersion: 1,
    overall: 55,
    stage: 'Established',
    pyramidLevel: 2,
    weakest: ['measurement-to-action', 'adaptive-strategy', 'ownership'],
  });
});

test('the radar chart loads only when it scrolls into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await watchObservers(page);
  await page.goto(`${TOOL}#${FRAGMENT}`);
  const radar = page.locator('.as-radar');
  // Below the fold (more than RadarChart's 200 px margin away), as the page's own observer was told.
  await expectOutOfView(radar, 200);
  await expect(radar).not.toHaveAttribute('data-ready');
  await radar.scrollIntoViewIfNeeded();
  await expect(radar).toHaveAttribute('data-ready', 'true');
});

test('team view: three links give mean and spread, the widest spread flagged with the internal-communication link', async ({ page }) => {
  // Leadership: 1 1 1 -> 0, 3 3 3 -> 50, 5 5 5 -> 100. Mean 50; population SD sqrt((50² + 0² + 50²) / 3) = sqrt(1666.7) = 40.8 > 20: flagged.
  // Ownership: 3 3 3 -> 50, 50, and 4 4 4 -> 75. Mean 175 / 3 = 58.3; SD sqrt((8.33² + 8.33² + 16.67²) / 3) = sqrt(138.9) = 11.8: not flagged.
  // Every other dimension 3 3 3 for everyone: mean 50, SD 0.
  const rest = Array(8).fill('333').join('-');
  const links = [`111-333-${rest}`, `333-333-${rest}`, `555-444-${rest}`].map(
    (a) => `http://127.0.0.1/tools/assessment/#v=1&a=${a}&p=_____`,
  );
  await page.goto(TEAM);
  await hydrated(page);
  const box = page.getByLabel('Share links, one per line');
  await box.focus();
  await page.keyboard.insertText([...links, 'https://example.org/#v=1&a=12&p=y'].join('\n'));
  await expect(page.getByTestId('team-count')).toHaveText('3 of 4 link(s) read.');
  await expect(page.getByRole('alert')).toHaveText(
    'Line 4: This link cannot be used: it has answers for 1 dimension but the questionnaire has 10; it has 1 pyramid answer but there are 5 pyramid questions.',
  );
  const table = page.getByTestId('team-table');
  await expect(table.getByRole('row', { name: /^Leadership commitment / }).getByRole('cell')).toHaveText([
    '3',
    '50',
    '40.8',
    '0–100',
    /Wide spread/,
  ]);
  await expect(table.getByRole('row', { name: /^Ownership / }).getByRole('cell')).toHaveText(['3', '58.3', '11.8', '50–75', '']);
  await expect(table.getByRole('row', { name: /^Resourcing / }).getByRole('cell')).toHaveText(['3', '50', '0', '50–50', '']);
  const flagged = page.getByTestId('disagreements');
  await expect(flagged).toContainText('People disagree most about: Leadership commitment (spread 40.8).');
  await expect(flagged.getByRole('link')).toHaveAttribute('href', /\/failures\/poor-internal-communication\/$/);
  await expect(table.getByRole('link')).toHaveCount(1);
});

test('team view: the same link pasted twice, even from another host with its parts reordered, counts once and says so', async ({
  page,
}) => {
  // Leadership 111 -> 0 and 555 -> 100; the repeat of the first must not pull the mean down to 33.3.
  const rest = Array(8).fill('333').join('-');
  const first = `http://127.0.0.1/tools/assessment/#v=1&a=111-333-${rest}&p=_____`;
  const second = `http://127.0.0.1/tools/assessment/#v=1&a=555-333-${rest}&p=_____`;
  const again = ` https://cx.example.org/tools/assessment/#p=_____&a=111-333-${rest}&v=1 `;
  await page.goto(TEAM);
  await hydrated(page);
  await page.getByLabel('Share links, one per line').focus();
  await page.keyboard.insertText([first, second, again].join('\n'));
  await expect(page.getByTestId('team-count')).toHaveText('3 of 3 link(s) read; 1 repeated an earlier line and counted once.');
  await expect(page.getByTestId('team-duplicates')).toHaveText('Line 3 repeats line 1; counted once.');
  await expect(page.getByText(/^2 people\. Overall:/)).toBeVisible();
  // Mean (0 + 100) / 2 = 50; SD sqrt((50² + 50²) / 2) = 50.
  await expect(
    page
      .getByTestId('team-table')
      .getByRole('row', { name: /^Leadership commitment / })
      .getByRole('cell'),
  ).toHaveText(['2', '50', '50', '0–100', /Wide spread/]);
});

test('no axe violations in either theme, with a result and with the team view filled', async ({ page }) => {
  await page.goto(`${TOOL}#${FRAGMENT}`);
  await page.locator('.as-radar').scrollIntoViewIfNeeded();
  await expect(page.locator('.as-radar')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Save to history' }).click();
  await page.getByRole('button', { name: 'Save to history' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `tool (${theme})`);
  }
  await page.getByRole('radio', { name: 'All on one page' }).check();
  await expectNoAxeViolations(page, 'tool, all on one page');
  await page.goto(TEAM);
  await hydrated(page);
  await page
    .getByLabel('Share links, one per line')
    .fill(
      [`#v=1&a=111-${Array(9).fill('333').join('-')}&p=_____`, `#v=1&a=555-${Array(9).fill('333').join('-')}&p=yyyyy`, 'nonsense'].join(
        '\n',
      ),
    );
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `team (${theme})`);
  }
});

// ---------------------------------------------------------------------------------------------
// A result that holds up (issue 16): the minimum-answers rule, the pyramid as a second lens, advice
// only from dimensions with room to improve, and phone widths.

test('few answers: scores are provisional with what is missing, and no stage, advice, radar or save', async ({ page }) => {
  // 6 of 35 answered: leadership 5 -> 100 (weight 1.5), ownership 1 -> 0, internal communication 3 -> 50,
  // resourcing 2 -> 25; each 1 of 3 rated, so no dimension holds (each needs 2 of 3), and 8 must.
  // overall (provisional) = (1.5 x 100 + 0 + 50 + 25) / (1.5 + 1 + 1 + 1) = 225 / 4.5 = 50; pyramid: yes, no.
  await page.goto(`${TOOL}#v=1&a=5__-1__-___-___-___-3__-___-___-2__-___&p=yn___`);
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByTestId('overall')).toHaveText('50');
  await expect(result.getByTestId('summary')).toContainText('out of 100 overall, provisional');
  await expect(result.getByTestId('provisional')).toContainText(
    'Provisional: 0 of 10 dimensions have enough answers; 8 more are needed before the overall score holds and a stage and advice are given.',
  );
  const missing = result.getByTestId('provisional').getByRole('listitem');
  await expect(missing).toHaveCount(10);
  await expect(missing.first()).toHaveText('Leadership commitment: rate 1 more statement (1 of the 2 needed)');
  await expect(missing.nth(2)).toHaveText('Customer insight: rate 2 more statements (0 of the 2 needed)');
  await expect(result.getByTestId('minimum-rule')).toContainText(
    "6 of 35 questions answered. A dimension's score holds once more than half its statements are rated (2 of 3); the overall score, the stage and the advice once 8 of the 10 dimensions hold.",
  );
  await expect(result.getByTestId('stage')).toHaveCount(0);
  await expect(result.getByTestId('no-advice')).toHaveText(
    'Advice appears once the overall score holds: it comes from your weakest dimensions, not from the stage.',
  );
  await expect(result.locator('.as-priorities')).toHaveCount(0);
  await expect(result.locator('.as-radar')).toHaveCount(0);
  await expect(result.getByText('The radar chart is drawn once the overall score holds')).toBeVisible();
  const table = result.getByRole('table', { name: 'Score of each dimension (0 to 100)' });
  await expect(table.getByRole('row', { name: /^Leadership commitment / }).getByRole('cell')).toHaveText(['1 of 3', '100 (provisional)']);
  await expect(table.getByRole('row', { name: /^Customer insight / }).getByRole('cell')).toHaveText(['0 of 3', 'not scored']);
  // Nobody answered levels 3 to 5: not "not met".
  await expect(result.getByTestId('pyramid-level')).toHaveText('Level 1 of 5 met: Give customers information they can use');
  await expect(result.getByTestId('pyramid-levels').getByRole('listitem')).toHaveText([
    /: met$/,
    /: not met$/,
    /: not answered yet$/,
    /: not answered yet$/,
    /: not answered yet$/,
  ]);
  await expect(page.getByRole('button', { name: 'Save to history' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save to history' })).toHaveAccessibleDescription(
    'A result is saved to the history once its overall score holds, so the trend compares results that hold.',
  );
});

test('the minimum, exactly: seven dimensions holding is provisional, the eighth gives a stage and advice', async ({ page }) => {
  // Seven dimensions rated 4, 4, blank (75 each, 2 of 3: each holds); the last three blank: 7 of 10 hold, 8 needed.
  const seven = `v=1&a=${[...Array(7).fill('44_'), '___', '___', '___'].join('-')}&p=yyyyy`;
  await page.goto(`${TOOL}#${seven}`);
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByTestId('provisional')).toContainText('Provisional: 7 of 10 dimensions have enough answers; 1 more is needed');
  await expect(result.getByTestId('provisional').getByRole('listitem')).toHaveText([
    'Adaptive strategy: rate 2 more statements (0 of the 2 needed)',
    'Resourcing: rate 2 more statements (0 of the 2 needed)',
    'Quality at scale: rate 2 more statements (0 of the 2 needed)',
  ]);
  // The eighth: resourcing (ninth in order) rated 2, 2 -> 25. Overall over the scored dimensions:
  // (1.5 x 75 + 1 x 75 + 1.5 x 75 + 4 x 75 + 1 x 25) / (1.5 + 1 + 1.5 + 4 + 1) = (600 + 25) / 9 = 69.4 -> Established.
  const eight = `v=1&a=${[...Array(7).fill('44_'), '___', '22_', '___'].join('-')}&p=yyyyy`;
  await page.goto(`${TOOL}#${eight}`);
  await expect(result.getByTestId('overall')).toHaveText('69.4');
  await expect(result.getByTestId('stage')).toHaveText('Established: stage 3 of 4 (the next, Leading, starts at 80).');
  await expect(result.getByTestId('provisional')).toHaveCount(0);
  // Advice from the weakest dimensions that hold: resourcing 25 first, then two at 75 (heavier first: leadership 1.5).
  await expect(result.locator('.as-priorities > li h4')).toHaveText([
    /^Resourcing \(25 of 100\)/,
    /^Leadership commitment \(75 of 100\)/,
    /^Customer insight \(75 of 100\)/,
  ]);
  await expect(page.getByRole('button', { name: 'Save to history' })).toBeEnabled();
});

test('the pyramid is a second lens: both readings explained, and a "yes" above an unmet level says so', async ({ page }) => {
  // Every statement answered 3 (50, Emerging) and the pyramid yes, no, yes, no, yes: level 1; 3 and 5 wait on level 2.
  await page.goto(`${TOOL}#v=1&a=${Array(10).fill('333').join('-')}&p=ynyny`);
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByTestId('stage')).toHaveText('Emerging: stage 2 of 4 (the next, Established, starts at 55).');
  await expect(result.getByText(/^Maturity score, 0 to 100: how well the organisation runs its customer experience/)).toBeVisible();
  await expect(
    result.getByText(/^Pyramid level, 0 to 5: what customers actually get from you today.*not a contradiction\.$/),
  ).toBeVisible();
  await expect(result.getByTestId('pyramid-level')).toHaveText('Level 1 of 5 met: Give customers information they can use');
  await expect(result.getByTestId('pyramid-levels').getByRole('listitem')).toHaveText([
    'Give customers information they can use: met',
    "Solve the brand's problem when the customer asks: not met",
    "Solve the customer's problem when they ask: yes, but level 2 below is not yet met",
    "Meet customers' needs before they ask: not met",
    'Make customers safer, better or more powerful: yes, but level 2 below is not yet met',
  ]);
  // The stage says what it means; it gives no fixed advice of its own.
  await expect(result.getByText('Pockets of good practice exist, but they rest on a few committed people')).toBeVisible();
  await expect(result.getByText(/make ownership formal/i)).toHaveCount(0);
});

test('every answer at 5: "start with these" lists nothing, because nothing has room to improve', async ({ page }) => {
  await page.goto(`${TOOL}#v=1&a=${Array(10).fill('555').join('-')}&p=yyyyy`);
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByTestId('overall')).toHaveText('100');
  await expect(result.getByTestId('stage')).toHaveText('Leading: stage 4 of 4.');
  await expect(result.locator('.as-priorities')).toHaveCount(0);
  await expect(result.getByTestId('no-advice')).toHaveText(
    'Every dimension with enough answers scores 100, so none has room to improve on these statements. Keep what works, and check again at your next review.',
  );
  await expect(result.getByTestId('pyramid-level')).toHaveText('Level 5 of 5 met: Make customers safer, better or more powerful');
});

for (const width of [320, 390]) {
  test(`at ${width} px nothing scrolls sideways and every table shows every column`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [`${TOOL}#${FRAGMENT}`, TEAM]) {
      await page.goto(path);
      await hydrated(page);
      if (path === TEAM)
        await page
          .getByLabel('Share links, one per line')
          .fill([`#${FRAGMENT}`, `#v=1&a=${Array(10).fill('555').join('-')}&p=yyyyy`].join('\n'));
      else await page.getByRole('button', { name: 'Save to history' }).click();
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // Every table cell's right edge inside the viewport: no column cut off or hidden off-screen.
        // (A stacked table's column headers are visually hidden, clipped to 1 px: each cell names its column.)
        cells: [...document.querySelectorAll('main table th, main table td')]
          .filter((c) => c.getClientRects().length > 0)
          .filter((c) => getComputedStyle(c.closest('thead') ?? c).position !== 'absolute')
          .filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((c) => c.textContent?.trim().slice(0, 30)),
      }));
      expect(overflow, `${path} at ${width} px`).toEqual({ page: 0, cells: [] });
    }
  });
}

test('no axe violations in either theme: a provisional result, and stacked tables on a phone', async ({ page }) => {
  await page.goto(`${TOOL}#v=1&a=5__-1__-___-___-___-3__-___-___-2__-___&p=ynyn_`);
  await expect(page.getByTestId('provisional')).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `provisional (${theme})`);
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${TOOL}#${FRAGMENT}`);
  await expect(page.getByTestId('summary')).toHaveAttribute('data-holds', 'true');
  // Stacked, the table keeps its rows and cells for screen readers.
  const table = page.getByRole('table', { name: 'Score of each dimension (0 to 100)' });
  await expect(table.getByRole('row', { name: /^Ownership / }).getByRole('cell')).toHaveText(['2 of 3', '37.5']);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `phone (${theme})`);
  }
});

test.describe('the radar chart as a PNG (issue 14)', () => {
  // A 2x screen: the file must still be exactly 1600 × 900.
  test.use({ deviceScaleFactor: 2 });

  test('Download PNG: 1600 × 900, light on a dark page, with its title; the table beside it stays', async ({ page }) => {
    await page.goto(`${TOOL}#${FRAGMENT}`);
    await setTheme(page, 'dark');
    const figure = page.locator('.as-radar-figure');
    // No button before the chart (and its code) has loaded.
    await expect(figure.getByRole('button', { name: /^Download PNG/ })).toHaveCount(0);
    await figure.scrollIntoViewIfNeeded();
    await expect(page.locator('.as-radar')).toHaveAttribute('data-ready', 'true');
    const button = figure.getByRole('button', { name: /^Download PNG ?: CX maturity by dimension: 55 of 100 overall \(Established\)$/ });
    const downloading = page.waitForEvent('download');
    await button.focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('cx-playbook-assessment-maturity-radar.png');
    const png = await readFile((await download.path())!);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    await expect(figure.getByRole('status')).toHaveText('Saved cx-playbook-assessment-maturity-radar.png.');
    // The title is drawn in dark text along the top (a 40 px line from y = 36).
    expect(await expectLightSlideOnDarkPage(page, png, 56)).toBeGreaterThan(50);
    // The accessible version stays beside it.
    await expect(page.getByRole('table', { name: 'Score of each dimension (0 to 100)' })).toBeVisible();
  });
});

// ---------------------------------------------------------------------------------------------
// Over time (issue 16): the trend across saved runs and workshops, what changed, the last
// workshop's actions.

test('trend across three saved runs, then a workshop joins it with its actions and what changed since', async ({ page }) => {
  const trend = page.getByTestId('trend-table');
  const save = async (when: string) => {
    await page.clock.setFixedTime(new Date(when));
    await page.getByRole('button', { name: 'Save to history' }).click();
  };
  // Run 1, 10 January: the hand-computed case, overall 55.
  await page.goto(`${TOOL}#${FRAGMENT}`);
  await save('2026-01-10T09:00:00Z');
  await page.getByRole('radio', { name: 'All on one page' }).check();
  // Run 2, 10 April: ownership's "don't know" becomes 5: (25 + 50 + 100) / 3 = 58.3;
  // overall (550 - 37.5 + 58.33) / 10 = 57.1.
  await page
    .getByRole('group', { name: /several teams, everyone knows who decides/ })
    .getByLabel('Strongly agree')
    .check();
  await save('2026-04-10T09:00:00Z');
  // Run 3, 10 July: adaptive strategy 2 2 2 -> 4 4 4 (25 -> 75) and quality at scale rated 3 3 3 (50, now counted):
  // overall (570.83 - 25 + 75 + 50) / 11 = 670.83 / 11 = 61.
  for (const group of await page.locator('#dimension-adaptive-strategy fieldset').all())
    await group.getByLabel('Agree', { exact: true }).check();
  for (const group of await page.locator('#dimension-quality-at-scale fieldset').all())
    await group.getByLabel('Neither agree nor disagree').check();
  await expect(page.getByTestId('overall')).toHaveText('61');
  await save('2026-07-10T09:00:00Z');

  await page.locator('#as-history-title').scrollIntoViewIfNeeded();
  await expect(trend.getByRole('columnheader')).toHaveCount(4);
  await expect(trend.getByRole('row', { name: /^Overall / }).getByRole('cell')).toHaveText(['55', '57.1', '61']);
  await expect(trend.getByRole('row', { name: /^Ownership / }).getByRole('cell')).toHaveText(['37.5', '58.3', '58.3']);
  await expect(trend.getByRole('row', { name: /^Adaptive strategy / }).getByRole('cell')).toHaveText(['25', '25', '75']);
  await expect(trend.getByRole('row', { name: /^Quality at scale / }).getByRole('cell')).toHaveText(['not scored', 'not scored', '50']);
  // The chart: the overall line through three results (circles), one line per dimension below.
  const chart = page.getByTestId('trend-chart');
  await expect(chart.locator('.tr-chart').first().locator('circle.tr-mark')).toHaveCount(3);
  await expect(chart.locator('.tr-chart').first().locator('polyline')).toHaveCount(1);
  await expect(chart.locator('.tr-chart')).toHaveCount(11);
  // Quality at scale was scored only the last time: one mark, no line.
  await expect(chart.locator('.tr-chart').last().locator('.tr-mark')).toHaveCount(1);
  await expect(chart.locator('.tr-chart').last().locator('polyline')).toHaveCount(0);
  // What changed since April: overall 57.1 -> 61 (60.98 - 57.08 = +3.9), adaptive strategy +50; quality not comparable.
  const changes = page.getByTestId('changes-since');
  await expect(changes.getByRole('listitem')).toHaveText(['Overall: 57.1 → 61 (+3.9)', 'Adaptive strategy: 25 → 75 (+50)']);
  await expect(changes).toContainText('8 dimension(s) did not move; 1 could not be compared (scored only once).');
  await expect(page.getByTestId('last-actions')).toHaveCount(0);

  // A workshop on 1 May (kept by the workshop page in this browser): the team's mean 50 everywhere.
  await page.evaluate(() => {
    const dims = [
      'leadership-commitment',
      'ownership',
      'customer-insight',
      'customer-centric-goals',
      'measurement-to-action',
      'internal-communication',
      'employee-empowerment',
      'adaptive-strategy',
      'resourcing',
      'quality-at-scale',
    ];
    const session = {
      id: 'w1',
      name: 'Q2 review',
      date: '2026-05-01',
      team: 'Support',
      version: 1,
      answers: [],
      scores: Object.fromEntries(dims.map((d) => [d, 50])),
      overall: 50,
      people: 3,
      actions: [
        { id: 'a1', text: 'Name one accountable owner', owner: 'Dana', due: '2026-06-01', dimension: 'ownership', status: 'open' },
        { id: 'a2', text: 'Publish the complaint dashboard', owner: 'Sam', due: '2026-05-20', dimension: '', status: 'done' },
      ],
      nextReview: '2026-08-01',
    };
    localStorage.setItem('cx-playbook:assessment:workshops:v1', JSON.stringify([session]));
  });
  await page.reload();
  // The trend's code loads when its box comes near the screen. On a loaded machine the island can
  // still be hydrating (and the page growing) when the test first scrolls, leaving the box out of
  // view; scroll to the box itself until its code has loaded (a state, retried, not a wait on time).
  const trendBox = page.locator('[data-trend]');
  await expect(async () => {
    await trendBox.scrollIntoViewIfNeeded();
    await expect(trendBox).toHaveAttribute('data-trend', 'ready', { timeout: 1_000 });
  }).toPass();
  await expect(trend.getByRole('row', { name: /^Overall / }).getByRole('cell')).toHaveText(['55', '57.1', '50', '61']);
  await expect(trend.getByRole('columnheader').nth(3)).toHaveText(/, team$/);
  await expect(chart.locator('.tr-chart').first().locator('rect.is-session')).toHaveCount(1);
  // Since the workshop (all 50) to the July run: insight +50 and measurement -50 first (a rise before a fall of the
  // same size), then the three +25 in questionnaire order, then ownership +8.3; four did not move.
  await expect(changes.getByRole('listitem')).toHaveText([
    'Overall: 50 → 61 (+11)',
    'Customer insight: 50 → 100 (+50)',
    'Measurement that drives action: 50 → 0 (−50)',
    'Leadership commitment: 50 → 75 (+25)',
    'Employee empowerment: 50 → 75 (+25)',
    'Adaptive strategy: 50 → 75 (+25)',
    'Ownership: 50 → 58.3 (+8.3)',
  ]);
  await expect(changes).toContainText('4 dimension(s) did not move; 0 could not be compared');
  // The last workshop's actions with their status; the open one is past its date (the clock says 10 July).
  const actions = page.getByTestId('last-actions');
  await expect(actions.getByRole('heading')).toHaveText('Actions from the last workshop (Q2 review, 2026-05-01)');
  await expect(actions.getByRole('listitem')).toHaveText([
    'Name one accountable owner, Dana, due 2026-06-01: open (overdue)',
    'Publish the complaint dashboard, Sam, due 2026-05-20: done',
  ]);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `history with a trend (${theme})`);
  }
});
