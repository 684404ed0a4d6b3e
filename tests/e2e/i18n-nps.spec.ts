// The NPS and CSAT tool in German (/de/tools/nps/): its own words come from tools.nps.* of
// content/strings/de.yaml as props in the HTML, so the results, the working, the chart's table and
// the model's messages read German with German numbers; the English page keeps its words; axe finds
// nothing in either theme on the German page with a message, the working and the chart's table open.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

const calc = (page: Page) => page.locator('[data-calculator="nps"]');
const item = (page: Page, id: string) => page.locator(`[data-result="${id}"]`);

/** The message under an input, found through the input's aria-describedby. */
async function messageOf(input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  const error = ids.find((id) => id.endsWith('-error'));
  return error ? ((await input.page().locator(`#${error}`).textContent()) ?? '') : '';
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // Typing before the island has hydrated would be lost.
  await expect(calc(page)).toHaveAttribute('data-hydrated', 'true');
}

/** Pastes `text` as the previous survey's answers (switching its mode to the pasted column). */
async function pastePrevious(page: Page, group: string, choice: string, box: string, text: string): Promise<Locator> {
  await page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: choice }).check();
  const input = page.getByRole('textbox', { name: box });
  await input.fill(text);
  return input;
}

test('the German NPS tool gives its results, working and chart table in German, with German numbers', async ({ page }) => {
  // The defaults (content/tools/nps.mdx): 300 responses in each survey, NPS 30 and 37; CSAT 75%.
  await open(page, 'de/tools/nps/');
  await expect(item(page, 'verdict')).toContainText('Ist die Veränderung echt?');
  await expect(item(page, 'verdict')).toContainText('Gut möglich, dass es Zufall ist');
  await expect(item(page, 'verdict')).toContainText(
    'Ein Anstieg um 7 Punkte von 30 auf 37 bei 300 Antworten in jeder Umfrage kann gut Zufall sein',
  );
  await expect(item(page, 'verdict')).not.toContainText('could easily be noise');
  await expect(item(page, 'change')).toContainText('+7 Punkte');
  await expect(item(page, 'responses-needed')).toContainText('1.537 Antworten');
  await expect(item(page, 'csat')).toContainText('75\u00a0%');
  await expect(page.getByRole('group', { name: 'Die nächste Umfrage planen' })).toBeVisible();
  // The working, in German.
  await page.getByText('Rechenweg zeigen').click();
  await expect(page.getByText('Ist die Veränderung mehr als Zufall?').first()).toBeVisible();
  await expect(page.getByText('CSAT mit seinem Wilson-Intervall').first()).toBeVisible();
  // The chart's table: its series and the surveys in German, numbers with a decimal comma.
  const figure = page.locator('[data-chart="nps-intervals"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
  await expect(figure).toContainText('NPS jeder Umfrage mit seinem 95-%-Intervall');
  await figure.locator('summary').first().click();
  const table = figure.getByRole('table');
  await expect(table).toContainText('Unteres Ende des 95-%-Intervalls');
  await expect(table.getByRole('row', { name: /^Aktuelle Umfrage/ })).toContainText('45,3');
  // The survey table.
  await expect(
    page
      .getByRole('table')
      .filter({ hasText: 'Promotoren' })
      .getByRole('row', { name: /^Vorherige Umfrage/ }),
  ).toBeAttached();
});

test('a bad pasted value on the German page gets a German message beside it and in the results', async ({ page }) => {
  await open(page, 'de/tools/nps/');
  const box = await pastePrevious(
    page,
    'Vorherige Umfrage eingegeben als',
    'Eine eingefügte Spalte mit Bewertungen von 0 bis 10',
    'Bewertungen (vorher)',
    '10\nelf\n9',
  );
  await expect.poll(() => messageOf(box)).toContain('Zeile 2: "elf" ist keine Bewertung von 0 bis 10');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  // An empty paste is no responses, said in German.
  await box.fill('');
  await expect(item(page, 'previous-nps')).toContainText('Noch keine Antworten');
  await expect(item(page, 'previous-nps')).toContainText(
    'Für die vorherige Umfrage sind noch keine Bewertungen eingefügt: Fügen Sie eine Bewertung von 0 bis 10 pro Zeile ein.',
  );
  await expect(item(page, 'verdict')).toContainText('Geben Sie die vorherige Umfrage ein, um die aktuelle damit zu vergleichen.');
});

test('the English NPS page keeps its words', async ({ page }) => {
  await open(page, 'tools/nps/');
  await expect(item(page, 'verdict')).toContainText('Is the change real?');
  await expect(item(page, 'verdict')).toContainText('A 7-point rise from 30 to 37 with 300 responses in each survey could easily be noise');
  const box = await pastePrevious(
    page,
    'Previous survey entered as',
    'A pasted column of 0-10 answers',
    'Scores (previous)',
    '10\neleven\n9',
  );
  await expect.poll(() => messageOf(box)).toBe('Scores (previous): line 2: "eleven" is not a score from 0 to 10.');
});

test('the German NPS page passes axe in both themes with a message, the working and the chart table open', async ({ page }) => {
  await open(page, 'de/tools/nps/');
  await pastePrevious(
    page,
    'Vorherige Umfrage eingegeben als',
    'Eine eingefügte Spalte mit Bewertungen von 0 bis 10',
    'Bewertungen (vorher)',
    '10\nelf\n9',
  );
  await page.getByText('Rechenweg zeigen').click();
  const figure = page.locator('[data-chart="nps-intervals"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
  await figure.locator('summary').first().click();
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(/de/tools/nps/, ${theme})`);
  }
});
