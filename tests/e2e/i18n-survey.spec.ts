// The survey import on the German page (/de/tools/survey/): German words from survey.* of
// content/strings/de.yaml (as props), German numbers, the worker's reasons and refusals in German,
// a CSV with German heads, the charts' words from the page's calculator.*, and axe in both themes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

const FIXTURES = 'tests/fixtures/survey/';

async function open(page: Page): Promise<void> {
  await page.goto('de/tools/survey/');
  await expect(page.locator('[data-tool="survey"]')).toHaveAttribute('data-hydrated', 'true');
}
const input = (page: Page) => page.getByLabel('CSV- oder TSV-Export auswählen oder hierher ziehen');
const pick = (page: Page, name: string) => input(page).setInputFiles(`${FIXTURES}${name}`);
const done = (page: Page) => expect(page.locator('[data-tool="survey"]')).toHaveAttribute('data-phase', 'done');
const table = (page: Page, caption: string) => page.getByRole('table', { name: caption, exact: true });

test('German page: privacy line, import, mapping, excluded rows with their row numbers, results and the trend chart', async ({ page }) => {
  await open(page);
  await expect(page.getByText('Die importierte Datei wird auf diesem Gerät gelesen und nirgendwohin gesendet')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Antworten importieren' })).toBeVisible();
  await pick(page, 'plain.csv');
  await done(page);
  await expect(page.locator('.survey-status')).toHaveText('13 Zeilen gelesen (plain.csv).');
  // The mapping in German: format, separator and encoding, each role's label.
  await expect(page.getByRole('heading', { name: 'Was jede Spalte enthält', exact: true })).toBeVisible();
  await expect(page.getByText('CSV mit 1 Kopfzeile, Trennzeichen Komma, UTF-8.')).toBeVisible();
  await expect(page.getByLabel('Weiterempfehlung (0-10)')).toHaveValue('3');
  await expect(page.getByLabel('Zufriedenheit (1-5)')).toHaveValue('4');
  await expect(page.getByLabel('Aufwand (1-7)')).toHaveValue('');
  await expect(page.getByText('Segmentspalten (1 gewählt)')).toBeVisible();
  // 10 responses used; the "Total" row (row 13) excluded; one blank row (as in survey.spec.ts).
  await expect(page.getByRole('heading', { name: 'Ergebnisse', exact: true })).toBeVisible();
  await expect(page.getByTestId('survey-counts')).toHaveText('Zeilen verwendet: 10, ausgeschlossen: 1, leere Zeile übersprungen: 1.');
  await expect(page.getByText('Zeile 13: kein Wert beantwortet')).toBeVisible();
  // NPS = 100 (5 - 3) / 10 = 20 with its interval in German numbers; CSAT 6 of 10 = 60 %.
  const overall = table(page, 'Alle Antworten');
  await expect(overall.getByRole('columnheader', { name: 'NPS (95-%-Intervall)' })).toBeVisible();
  await expect(overall.getByRole('row', { name: /Alle Antworten/ })).toContainText('20 (-30,3 bis 61,1)');
  await expect(overall.getByRole('row', { name: /Alle Antworten/ })).toContainText('60 (31,3 bis 83,2)');
  await expect(page.getByRole('heading', { name: 'Nach Segment', exact: true })).toBeVisible();
  await expect(table(page, 'Nach region').getByRole('row', { name: /North/ })).toContainText('40 (');
  await expect(page.getByRole('heading', { name: 'Im Zeitverlauf', exact: true })).toBeVisible();
  const chart = page.locator('[data-chart="survey-trend-nps"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  await expect(chart.locator('figcaption')).toHaveText('NPS je Monat mit 95-%-Intervall');
  await page.getByLabel('Zeitraum').selectOption('quarter');
  await expect(table(page, 'Nach Quartal').getByRole('row', { name: /2024-Q1/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Treiber der Weiterempfehlung' })).toBeVisible();
  await expect(table(page, 'Treiber: Wichtigkeit und Leistung').getByRole('row', { name: /satisfaction/ })).toContainText(
    'weniger als 30 Paare, zu wenige für ein Urteil',
  );
  // Comments by NPS group: three from detractors.
  await page.getByLabel('Anzeigen').selectOption('detractor');
  await expect(page.getByTestId('survey-comments-count')).toHaveText('3 Kommentare.');
  await expect(page.locator('.survey-comment-list li').first()).toHaveText('Zeile 5: Slow');
});

test('German page: the reasons of excluded rows, in German quotation marks', async ({ page }) => {
  await open(page);
  await pick(page, 'bad-values.csv');
  await done(page);
  await expect(page.getByTestId('survey-counts')).toHaveText('Zeilen verwendet: 10, ausgeschlossen: 5.');
  await expect(page.locator('.survey-excluded li')).toHaveText([
    'Zeile 3: „11“ liegt außerhalb der Skala 0-10',
    'Zeile 5: „N/A“ ist kein Wert auf der Skala 0-10',
    'Zeile 7: „9.5“ ist keine ganze Zahl auf der Skala 0-10',
    'Zeile 9: kein Wert beantwortet',
    'Zeile 11: „-1“ liegt außerhalb der Skala 0-10',
  ]);
});

test('German page: a CSV export with German heads, and the drivers chart with German words and PNG', async ({ page }) => {
  await open(page);
  await pick(page, 'drivers.csv');
  await done(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV herunterladen' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Ansicht,Gruppe,Kennzahl,Wert,Untergrenze (95 %),Obergrenze (95 %),Einheit,Antworten');
  // drivers.csv: 1 promoter, 2 passives, 7 detractors of 10 -> NPS -60 (survey.spec.ts); numbers stay numbers.
  expect(csv).toMatch(/^Alle Antworten,Alle Antworten,Verwendete Antworten,10,,,Antworten,10\r$/m);
  expect(csv).toMatch(/^Alle Antworten,Alle Antworten,NPS,-60,-?\d+(\.\d)?,-?\d+(\.\d)?,NPS-Punkte,10\r$/m);
  await expect(table(page, 'Treiber: Wichtigkeit und Leistung').getByRole('row', { name: /Ordering online/ })).toContainText(
    '5,5 auf der Skala 0-10',
  );
  // The quadrant chart: German summary (3 ratings, Delivery speed to fix first) and PNG words.
  const chart = page.locator('[data-chart="survey-drivers-quadrant"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  await expect(chart.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Diagramm: Treiber als Quadrantendiagramm. 3 Bewertungen; die Linien kreuzen sich bei Wichtigkeit 0,54 und Leistung 50 % der Skala. ' +
      'Wichtiger und schwächer als die meisten (zuerst verbessern): Delivery speed. Die Zahlen stehen in der Treibertabelle.',
  );
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /^Als PNG herunterladen ?: Treiber als Quadrantendiagramm$/ }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/-survey-drivers-quadrant\.png$/);
  await expect(chart.getByRole('status')).toHaveText(/^.*drivers-quadrant\.png gespeichert\.$/);
});

test('German page: a workbook, a header without responses and a file without scores get German messages', async ({ page }) => {
  await open(page);
  const message = page.getByTestId('survey-message');
  await input(page).setInputFiles({
    name: 'responses.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004rest'),
  });
  await expect(message).toContainText('Dies ist eine Excel-Arbeitsmappe (.xlsx), keine CSV-Datei.');
  await input(page).setInputFiles({ name: 'header.csv', mimeType: 'text/csv', buffer: Buffer.from('id,nps\n') });
  await expect(message).toHaveText('Die Datei hat eine Kopfzeile, aber keine Antworten darunter.');
  await input(page).setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,city\nAnn,Leeds\nBob,York\n') });
  await expect(message).toContainText('Keine Spalte enthält verwertbare Werte');
});

test('German page: axe in both themes with results shown; 390 px without sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await pick(page, 'plain.csv');
  await done(page);
  const chart = page.locator('[data-chart="survey-trend-nps"]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, German results shown)`);
  }
});
