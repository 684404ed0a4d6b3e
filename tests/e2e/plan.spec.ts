// Plays and symptoms can be ticked on a pattern page, are kept in this browser, and gather on
// My plan (/plan/) with each play's owner and effort, exportable as CSV and Markdown.
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

// content/failures/no-clear-ownership.mdx: its first play, owner and effort, and its second symptom.
const PLAY = 'Name one person accountable for the CX strategy and its results, and say so publicly.';
const SYMPTOM = 'Each department improves its own part of the journey, and the parts do not fit together.';

test('a ticked play survives a reload and appears on My plan with its owner; CSV and Markdown hold it', async ({ page }) => {
  await page.goto('failures/no-clear-ownership/');
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll at 320 px').toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
  const play = page.getByRole('checkbox', { name: PLAY });
  await expect(play).toHaveAccessibleDescription('Owner: Leadership team. Effort: days.');
  await play.check();
  await page.getByRole('checkbox', { name: SYMPTOM }).check();
  // The script writes storage on change; wait for that state, then reload.
  await expect
    .poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('cx-playbook:ticks:v1') ?? '{}')).length))
    .toBe(2);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: PLAY })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: SYMPTOM })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Give that person the authority/ })).not.toBeChecked();

  await page.getByRole('main').getByRole('link', { name: 'My plan' }).click();
  await expect(page.getByText('1 play and 1 symptom ticked, across 1 pattern.')).toBeVisible();
  const section = page.getByRole('region', { name: 'Lack of ownership' });
  await expect(section.getByRole('listitem').first()).toHaveText(`${PLAY}Owner: Leadership team. Effort: days.`);
  await expect(section.getByText(SYMPTOM)).toBeVisible();
  // The filled plan (the page-wide axe run sees only the empty one), in both themes and at 320 px.
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(plan with ticks, ${theme})`);
  }
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^cx-playbook-plan-\d{4}-\d{2}-\d{2}\.csv$/);
  // The play's text holds commas, so it is quoted (RFC 4180); the symptom's row has no owner or effort.
  expect(readFileSync((await csv.path())!, 'utf8')).toBe(
    'pattern,kind,text,owner,effort\r\n' +
      `Lack of ownership,play,"${PLAY}",Leadership team,days\r\n` +
      `Lack of ownership,symptom,"${SYMPTOM}",,\r\n`,
  );
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  const markdown = readFileSync((await md.path())!, 'utf8');
  expect(markdown).toContain('## Lack of ownership');
  expect(markdown).toContain(`- [ ] ${PLAY} (owner: Leadership team; effort: days)`);
  expect(markdown).toContain(`- ${SYMPTOM}`);

  await page.getByRole('button', { name: 'Clear my plan' }).click();
  await expect(page.getByRole('status')).toHaveText('Your plan is cleared, and so are the ticks on the pattern pages.');
  await page.goto('failures/no-clear-ownership/');
  await expect(page.getByRole('checkbox', { name: PLAY })).not.toBeChecked();
});

test('My plan is linked from every page’s footer, and says what to do when nothing is ticked', async ({ page }) => {
  await page.goto('glossary/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'My plan' }).click();
  await expect(page).toHaveURL(/\/plan\/$/);
  await expect(page.getByText('Nothing is ticked yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'failure pattern', exact: true })).toHaveAttribute('href', /\/failures\/$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a pattern page is readable and its boxes still tick; My plan explains it needs JavaScript', async ({ page }) => {
    await page.goto('failures/no-clear-ownership/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lack of ownership');
    await page.getByRole('checkbox', { name: PLAY }).check();
    await expect(page.getByRole('checkbox', { name: PLAY })).toBeChecked();
    await page.goto('plan/');
    await expect(page.getByText('so this page needs JavaScript to read them')).toBeVisible();
  });
});
