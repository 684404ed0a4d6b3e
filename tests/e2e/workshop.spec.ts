// The team workshop in the browser (issue 16): three people answer privately in their own
// browsers and send share links; the facilitator's page orders the discussion by disagreement,
// shows everyone's position, records actions and exports them with the next review as .ics; the
// session survives a reload and prints on one page; nothing of it leaves the browser.
import { readFile } from 'node:fs/promises';
import type { Browser, Page, Request } from '@playwright/test';
import { oneProperty, readIcs, unescapeText } from '../fixtures/ics-reader.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';
import { fileForUrl } from '../../scripts/bench/page-weight.ts';

/** The build under test (as playwright.config.ts serves it). */
const DIST = process.env.CXP_E2E_DIR ?? 'dist';

const TOOL = 'tools/assessment/';
const WORKSHOP = 'assessment/workshop/';

// The three people, on the shipped questionnaire (ten dimensions of three statements; leadership
// commitment and customer insight weigh 1.5, the others 1; 0 = "don't know").
//   Alice: leadership 1 1 1 -> 0;    ownership 2 2 2 -> 25; insight 3 3 3 -> 50;  the rest 3 3 3 -> 50. Pyramid y y n _ _ -> level 2.
//   Bertrand: leadership 3 3 3 -> 50;   ownership 2 2 2 -> 25; insight 3 3 3 -> 50;  the rest 3 3 3 -> 50. Pyramid y n y _ _ -> level 1.
//   Cleo:  leadership 5 5 5 -> 100;  ownership 4 4 4 -> 75; insight 5 5 0 -> 100; the rest 3 3 3 -> 50. Pyramid y y y y 0 -> level 4.
const REST = Array(7).fill('333');
const PEOPLE = {
  Alice: { a: ['111', '222', '333', ...REST], p: 'yyn__' },
  Bertrand: { a: ['333', '222', '333', ...REST], p: 'yny__' },
  Cleo: { a: ['555', '444', '550', ...REST], p: 'yyyy0' },
} as const;
type Person = keyof typeof PEOPLE;

// Per dimension (population SD):
//   leadership 0, 50, 100 -> mean 50, SD sqrt(5000 / 3) = 40.8: wide (above 20)
//   ownership 25, 25, 75 -> mean 41.7, deviations -16.7, -16.7, 33.3 -> SD sqrt(1666.7 / 3) = 23.6: wide
//   insight 50, 50, 100 -> mean 66.7, SD 23.6 as well: wide; same spread and range as ownership, higher mean -> after it
//   the other seven 50, 50, 50 -> SD 0, in questionnaire order
const ORDER = [
  'Leadership commitment',
  'Ownership',
  'Customer insight',
  'Customer-centric goals',
  'Measurement that drives action',
  'Internal communication',
  'Employee empowerment',
  'Adaptive strategy',
  'Resourcing',
  'Quality at scale',
];
// Overall per person (weights sum to 11): Alice (0 + 25 + 75 + 350) / 11 = 40.9; Bertrand (75 + 25 + 75 + 350) / 11 = 47.7;
// Cleo (150 + 75 + 150 + 350) / 11 = 65.9. Mean 1700 / 33 = 51.5; deviations -350/33, -125/33, 475/33 ->
// SD sqrt((122500 + 15625 + 225625) / 1089 / 3) = sqrt(111.3) = 10.6.

/** Answers the questionnaire on one page, statement by statement, as a person would (0 = "don't know"). */
async function answer(page: Page, who: Person): Promise<void> {
  const { a, p } = PEOPLE[who];
  await page.goto(TOOL);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByRole('radio', { name: 'All on one page' }).check();
  const dims = page.locator('section.as-dimension[id^="dimension-"]');
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < 3; j++) {
      const c = a[i]![j]!;
      await dims
        .nth(i)
        .locator('fieldset')
        .nth(j)
        .locator(`input[value="${c === '0' ? 'dontKnow' : c}"]`)
        .check();
    }
  const levels = page.locator('#pyramid-questions fieldset');
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c !== '_')
      await levels
        .nth(i)
        .locator(`input[value="${c === 'y' ? 'yes' : c === 'n' ? 'no' : 'dontKnow'}"]`)
        .check();
  }
}

/** Each person answers in a browser of their own and hands over the share link they copy. */
async function privateLinks(browser: Browser, onRequest?: (r: Request) => void): Promise<Record<Person, string>> {
  const links = {} as Record<Person, string>;
  for (const who of Object.keys(PEOPLE) as Person[]) {
    const context = await browser.newContext();
    if (onRequest) context.on('request', onRequest);
    const page = await context.newPage();
    await answer(page, who);
    await expect(page.getByTestId('summary')).toHaveAttribute('data-holds', 'true');
    links[who] = await page.getByLabel('Share link').inputValue();
    await context.close();
  }
  return links;
}

/** The facilitator's paste: a name before each link, as in a chat, and Alice's link twice. */
const pasted = (links: Record<Person, string>) =>
  [`Alice: ${links.Alice}`, `Bertrand ${links.Bertrand}`, links.Cleo, ` ${links.Alice} `].join('\n');

async function openWorkshop(page: Page): Promise<void> {
  await page.goto(WORKSHOP);
  await expect(page.getByLabel('Share links, one per line')).toBeVisible();
}

async function startSession(page: Page, links: Record<Person, string>): Promise<void> {
  await page.getByLabel('Session name').fill('Q3 CX review');
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02');
  await page.getByLabel('Team').fill('Customer operations');
  await page.getByLabel('Share links, one per line').fill(pasted(links));
}

async function addAction(page: Page, text: string, owner: string, due: string): Promise<void> {
  await page.getByLabel('Action', { exact: true }).fill(text);
  await page.getByLabel('Owner', { exact: true }).fill(owner);
  await page.getByLabel('Due date').fill(due);
  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added “${text}”.` })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('a three-person workshop: private answers, discussion by disagreement, actions exported with the next review as .ics', async ({
  page,
  browser,
}) => {
  // Three people each answer 35 questions in a browser of their own before the session starts.
  test.setTimeout(90_000);
  const links = await privateLinks(browser);
  await openWorkshop(page);
  // Before any link: what will appear, not a blank.
  await expect(page.getByTestId('walk-empty')).toContainText('Once the links are in, the 10 dimensions appear here');
  await startSession(page, links);

  // Duplicate links count once.
  await expect(page.getByTestId('team-count')).toHaveText('4 of 4 link(s) read; 1 repeated an earlier line and counted once.');
  await expect(page.getByTestId('team-duplicates')).toHaveText('Line 4 repeats line 1; counted once.');
  await expect(page.getByTestId('workshop-people')).toHaveText('3 people. Overall: mean 51.5, spread 10.6 (3 whose overall score holds).');

  // Widest disagreement first; a dot per person and the mean on every strip.
  const walk = page.locator('.ws-dimension');
  await walk.first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-strips="ready"]')).toHaveCount(1);
  await expect(walk.locator('h3')).toHaveText(ORDER.map((t, i) => (i < 3 ? `${t} Wide disagreement` : t)));
  const leadership = walk.nth(0);
  await expect(leadership.locator('.ws-stats')).toHaveText('3 people: mean 50, spread 40.8, from 0 to 100.');
  await expect(leadership.getByRole('img')).toHaveAccessibleName(
    'Positions on Leadership commitment: 3 people: mean 50, spread 40.8, from 0 to 100.',
  );
  await expect(leadership.locator('.ws-dot')).toHaveCount(3);
  await expect(leadership.locator('.ws-mean polygon')).toHaveCount(1);
  await expect(walk.nth(1).locator('.ws-stats')).toHaveText('3 people: mean 41.7, spread 23.6, from 25 to 75.');
  await expect(walk.nth(2).locator('.ws-stats')).toHaveText('3 people: mean 66.7, spread 23.6, from 50 to 100.');
  // Ownership: Alice and Bertrand both at 25, stacked rather than hidden one behind the other.
  await expect(walk.nth(1).locator('.ws-dot')).toHaveCount(3);
  expect(
    new Set(
      await walk
        .nth(1)
        .locator('.ws-dot')
        .evaluateAll((cs) => cs.map((c) => `${c.getAttribute('cx')} ${c.getAttribute('cy')}`)),
    ).size,
  ).toBe(3);
  // Patterns and questions to discuss.
  await expect(leadership.locator('.ws-discuss')).toContainText('(Strongly disagree 1, Neither agree nor disagree 1, Strongly agree 1)');
  await expect(leadership.getByRole('link', { name: 'Leadership lip service' })).toHaveAttribute(
    'href',
    /\/failures\/leadership-lip-service\/$/,
  );
  await expect(
    leadership.getByRole('list', { name: 'Questions about “Leadership lip service”' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(walk.nth(3).locator('.ws-stats')).toHaveText('3 people: mean 50, spread 0, from 50 to 50.');

  // Pyramid answers aggregated: level 3 said "yes" by Bertrand and Cleo, met only for Cleo (Bertrand's level 2 is "no").
  const pyramid = page.getByTestId('pyramid-counts');
  await expect(pyramid.getByRole('row', { name: /^3\. / }).getByRole('cell')).toHaveText(['1 of 3', '2', '1', '0', '0']);
  await expect(pyramid.getByRole('row', { name: /^2\. / }).getByRole('cell')).toHaveText(['2 of 3', '2', '1', '0', '0']);
  await expect(pyramid.getByRole('row', { name: /^5\. / }).getByRole('cell')).toHaveText(['0 of 3', '0', '0', '1', '2']);

  // Actions with owner and due date; "Add an action" on a dimension preselects it.
  await walk.nth(1).getByRole('button', { name: 'Add an action for Ownership' }).click();
  await expect(page.getByLabel('Action', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Dimension')).toHaveValue('ownership');
  await addAction(page, 'Name one accountable owner for CX', 'Dana', '2026-04-30');
  await addAction(page, 'Share the complaint dashboard with every team', 'Sam', '2026-05-15');
  const actions = page.getByTestId('actions');
  await expect(
    actions
      .getByRole('row', { name: /^Name one accountable owner/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('Dana');
  await expect(
    actions
      .getByRole('row', { name: /^Share the complaint dashboard/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('—');
  await page.getByLabel('Next review').fill('2026-06-01');

  // The next review as a calendar file, parsed back.
  const ics = await download(page, 'Download calendar file (.ics)');
  expect(ics.name).toBe('cx-maturity-workshop-2026-03-02-next-review.ics');
  const [calendar] = readIcs(ics.text);
  const event = calendar!.children[0]!;
  expect(oneProperty(event, 'DTSTART').value).toBe('20260601');
  expect(oneProperty(event, 'DTEND').value).toBe('20260602');
  expect(unescapeText(oneProperty(event, 'SUMMARY').value)).toBe('CX maturity review: Q3 CX review (Customer operations)');
  const description = unescapeText(oneProperty(event, 'DESCRIPTION').value);
  expect(description).toContain('- Name one accountable owner for CX (Dana, due 2026-04-30)');
  expect(description).toContain('- Share the complaint dashboard with every team (Sam, due 2026-05-15)');

  // JSON and CSV exports: scores, spread and actions; no participant's name anywhere.
  const json = await download(page, 'Download JSON');
  expect(json.name).toBe('cx-maturity-workshop-2026-03-02.json');
  const doc = JSON.parse(json.text);
  expect(doc).toMatchObject({
    tool: 'cx-maturity-workshop',
    people: 3,
    session: { name: 'Q3 CX review', date: '2026-03-02', nextReview: '2026-06-01' },
  });
  expect(doc.dimensions[0]).toMatchObject({
    id: 'leadership-commitment',
    people: 3,
    mean: 50,
    min: 0,
    max: 100,
    flagged: true,
    scores: [0, 50, 100],
  });
  expect(doc.actions.map((a: { text: string; owner: string; due: string; status: string }) => [a.text, a.owner, a.due, a.status])).toEqual([
    ['Name one accountable owner for CX', 'Dana', '2026-04-30', 'open'],
    ['Share the complaint dashboard with every team', 'Sam', '2026-05-15', 'open'],
  ]);
  expect(doc.answers).toHaveLength(3);
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('cx-maturity-workshop-2026-03-02.csv');
  const rows = csv.text.replace(/^\ufeff/, '').split('\r\n');
  expect(rows.slice(0, 3)).toEqual(['Session,Q3 CX review', 'Date,2026-03-02', 'Team,Customer operations']);
  expect(rows).toContain('Leadership commitment,3,50,40.8,0,100,yes');
  expect(rows).toContain('Ownership,3,41.7,23.6,25,75,yes');
  expect(rows).toContain('Overall,3,51.5,10.6,40.9,65.9,');
  expect(rows).toContain('Level 3,1,2,1,0,0');
  expect(rows).toContain('Name one accountable owner for CX,Dana,2026-04-30,Ownership,open');
  for (const text of [ics.text, json.text, csv.text]) for (const name of ['Alice', 'Bertrand', 'Cleo']) expect(text).not.toContain(name);

  // Kept in the browser: a reload brings the session back, and nothing stored names anyone.
  await page.reload();
  await expect(page.getByLabel('Session name')).toHaveValue('Q3 CX review');
  await expect(page.getByTestId('workshop-people')).toContainText('3 people.');
  await expect(page.getByTestId('actions').getByRole('row')).toHaveCount(3);
  await expect(page.getByLabel('Next review')).toHaveValue('2026-06-01');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const name of ['Alice', 'Bertrand', 'Cleo']) expect(stored).not.toContain(name);

  // One printed page: the summary alone, with the strips.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print one-page summary' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByTestId('print-summary');
  await expect(summary).toBeVisible();
  await expect(page.locator('.ws-screen')).toBeHidden();
  await expect(summary.locator('.ws-dot')).toHaveCount(30);
  await expect(summary.getByRole('row', { name: /^Name one accountable owner/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g), 'pages in the printed summary').toHaveLength(1);
});

test('duplicate links count once, however written, and a file of links with names is read without the names', async ({ page }) => {
  const rest = Array(9).fill('333').join('-');
  const one = `v=1&a=111-${rest}&p=yyyyy`;
  const two = `v=1&a=555-${rest}&p=nnnnn`;
  await openWorkshop(page);
  await page
    .getByLabel('Share links, one per line')
    .fill([`https://a.example/tools/assessment/#${one}`, `#${two}`, `https://b.example/x/#p=yyyyy&a=111-${rest}&v=1`, one].join('\n'));
  await expect(page.getByTestId('team-count')).toHaveText('4 of 4 link(s) read; 2 repeated an earlier line and counted once.');
  await expect(page.getByTestId('team-duplicates').getByRole('listitem')).toHaveText([
    'Line 3 repeats line 1; counted once.',
    'Line 4 repeats line 1; counted once.',
  ]);
  await expect(page.getByTestId('workshop-people')).toContainText('2 people.');

  // A CSV export of a chat, names in the first column; one link is again a repeat.
  await page.getByLabel('Share links, one per line').fill('');
  await page.getByLabel('Or read links from a file').setInputFiles({
    name: 'links.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`name,link\r\nZelda Zed,https://x.example/tools/assessment/#${one}\r\n"Yann, Y.",#${two}\r\nXavi,#${one}\r\n`),
  });
  await expect(page.getByTestId('file-note')).toHaveText('Read 3 link(s) from links.csv.');
  await expect(page.getByTestId('team-count')).toHaveText('3 of 3 link(s) read; 1 repeated an earlier line and counted once.');
  await expect(page.getByLabel('Share links, one per line')).not.toHaveValue(/Zelda|Yann|Xavi/);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toMatch(/Zelda|Yann|Xavi/);
  await page
    .getByLabel('Or read links from a file')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('no links here') });
  await expect(page.getByTestId('file-note')).toHaveText('No share links found in notes.txt.');
});

test('no request carries answers, names or actions: every request during a full workshop is one of the site’s own files', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three people each answer 35 questions in a browser of their own, then the whole session runs.
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; method: string; body: string | null }[] = [];
  const record = (r: Request) => requests.push({ url: r.url(), method: r.method(), body: r.postData() });
  const links = await privateLinks(browser, record);
  page.context().on('request', record);
  await openWorkshop(page);
  await startSession(page, links);
  await page.locator('.ws-dimension').first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-strips="ready"]')).toHaveCount(1);
  await addAction(page, 'Name one accountable owner for CX', 'Dana', '2026-04-30');
  await page.getByLabel('Next review').fill('2026-06-01');
  for (const button of ['Download calendar file (.ics)', 'Download JSON', 'Download CSV']) await download(page, button);
  await page.reload();
  await expect(page.getByTestId('workshop-people')).toContainText('3 people.');

  expect(requests.length).toBeGreaterThan(5);
  const secrets = ['Alice', 'Bertrand', 'Cleo', 'Dana', 'accountable', 'Q3 CX review', 'Customer operations', 'a=', 'p=', '2026-04-30'];
  const offending = requests.filter((r) => {
    const u = new URL(r.url);
    // A file of the build (the offline worker also fetches the pages and search index it keeps).
    const staticFile = fileForUrl(DIST, u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname) !== undefined;
    return (
      u.origin !== origin ||
      r.method !== 'GET' ||
      r.body !== null ||
      u.search !== '' ||
      !staticFile ||
      secrets.some((s) => decodeURIComponent(r.url).includes(s))
    );
  });
  expect(offending).toEqual([]);
});

test('no axe violations in either theme: an empty workshop, and one with answers and actions, on a phone too', async ({
  page,
  browser,
}) => {
  // Three people answer before the filled workshop is checked, in two themes and two widths.
  test.setTimeout(90_000);
  await openWorkshop(page);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `empty workshop (${theme})`);
  }
  const links = await privateLinks(browser);
  await startSession(page, links);
  await page.locator('.ws-dimension').first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-strips="ready"]')).toHaveCount(1);
  await addAction(page, 'Name one accountable owner for CX', 'Dana', '2026-04-30');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `workshop (${theme})`);
  }
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `sideways at ${width} px`,
    ).toBe(0);
  }
  await expectNoAxeViolations(page, 'workshop at 320 px');
});

test('the last session’s actions are checked at the next one: their status is updated there and kept', async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('cx-playbook:assessment:workshops:v1')) return;
    const earlier = {
      id: 'w1',
      name: 'Q1 review',
      date: '2026-01-15',
      team: 'Support',
      version: 1,
      answers: [],
      scores: {},
      overall: null,
      people: 0,
      actions: [
        { id: 'a1', text: 'Name one accountable owner', owner: 'Dana', due: '2026-02-01', dimension: 'ownership', status: 'open' },
        { id: 'a2', text: 'Publish the complaint dashboard', owner: 'Sam', due: '', dimension: '', status: 'open' },
      ],
      nextReview: '2026-04-15',
    };
    localStorage.setItem('cx-playbook:assessment:workshops:v1', JSON.stringify([earlier]));
  });
  await openWorkshop(page);
  // A new session (today) is under way; the earlier one is listed, with its two open actions.
  await expect(
    page
      .getByTestId('earlier-sessions')
      .getByRole('row', { name: /^Q1 review / })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('2');
  const previous = page.getByTestId('previous-actions');
  await expect(previous.getByRole('caption')).toHaveText('From the last session (2026-01-15, Q1 review): where do these stand?');
  await expect(
    previous
      .getByRole('row', { name: /^Name one accountable owner/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('2026-02-01 (overdue)');
  await previous.getByLabel('Status of “Name one accountable owner”').selectOption('done');
  await page.getByLabel('Session name').fill('Q2 review');
  await page.reload();
  await expect(page.getByLabel('Status of “Name one accountable owner”')).toHaveValue('done');
  await expect(
    page
      .getByTestId('earlier-sessions')
      .getByRole('row', { name: /^Q1 review / })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
});
