// /failures/ is organised by theme (what goes wrong), with the source lists as a second view, and
// every pattern page lists the patterns of its theme: a sidebar on wide screens, a section menu
// (<details>, no script) on phones.
import { expect, test } from './fixtures.ts';

// The themes and their patterns, in the order content/failure-themes/*.yaml (order) and the
// patterns' themeOrder give them: leadership 1, strategy 2, listening 3, measurement 4, people 5.
const THEMES = [
  'Leadership and ownership',
  'Strategy and goals',
  'Listening to customers',
  'Measurement and action',
  'People and operations',
];
// content/failures/*.mdx with theme: leadership-and-ownership, by themeOrder 1 to 5.
const LEADERSHIP = [
  'Leadership lip service',
  'Too busy for customers',
  'Failing to invest in the right resources',
  'Not treating CX seriously enough',
  'Lack of ownership',
];

test('/failures/ lists the themes first and keeps the source lists, with their old anchors, as a second view', async ({ page }) => {
  await page.goto('failures/');
  const h2 = await page.locator('main h2').allTextContents();
  expect(h2).toEqual([...THEMES, 'By source article']);
  // The source lists' anchors (#six-reasons and the others) still lead to their list.
  for (const id of ['six-reasons', 'gartner-three', 'execution-five', 'leadership']) await expect(page.locator(`#${id}`)).toHaveCount(1);
  const sixReasons = page.getByRole('region', { name: 'Six reasons CX programmes fail' });
  // content/failures/*.mdx with group: six-reasons: orders 1 to 6.
  await expect(sixReasons.getByRole('listitem')).toHaveCount(6);
});

test('a pattern page on a wide screen lists its theme in the sidebar, the current page marked', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('failures/under-resourced-cx/');
  const nav = page.getByRole('navigation', { name: 'Leadership and ownership' });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('listitem')).toHaveText(LEADERSHIP);
  await expect(nav.locator('[aria-current="page"]')).toHaveText('Failing to invest in the right resources');
  await expect(page.getByRole('link', { name: 'Leadership and ownership' }).first()).toBeVisible();
  await nav.getByRole('link', { name: 'Lack of ownership' }).click();
  await expect(page).toHaveURL(/\/failures\/no-clear-ownership\/$/);
});

test('a pattern page on a phone has a closed section menu of its theme that opens by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('failures/not-measuring/');
  await expect(page.getByRole('navigation', { name: 'Measurement and action' })).toBeHidden();
  // content/failures/*.mdx with theme: measurement-and-action: three patterns.
  const summary = page.getByText('Measurement and action: 3 patterns');
  await expect(summary).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Patterns in Measurement and action' });
  await expect(menu).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('listitem')).toHaveText(['Not measuring', 'All numbers, no action', 'Resting on rating laurels']);
  await expect(menu.locator('[aria-current="page"]')).toHaveText('Not measuring');
});

test('previous and next follow the themes: the last pattern of one theme leads to the first of the next', async ({ page }) => {
  await page.goto('failures/no-clear-ownership/');
  const prevNext = page.getByRole('navigation', { name: 'Previous and next' });
  await expect(prevNext.getByRole('link', { name: /Next/ })).toContainText('Failing to focus on customer-centric outcomes');
});

test('/failures/, a pattern page and /sources/ do not scroll sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['failures/', 'failures/leadership-lip-service/', 'sources/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});
