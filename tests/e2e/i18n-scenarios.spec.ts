// The saved scenarios and the ROI ranges and simulation in German (/de/tools/roi/): their words come
// from `calculator.scenario*` and `tools.roi.*` of content/strings/de.yaml, as props of the page.
// Save two scenarios and compare them; open a share link whose scenario has a bad value and read the
// German message; give a range, run the simulation and read its headings, table and histogram in
// German; axe clean in both themes on each of these German states.
import type { Page } from '@playwright/test';
import { drawChart, figure, PHONE } from './calculator-helpers.ts';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

test.use({ viewport: PHONE });

const status = (page: Page) => page.locator('.calc-scen-feedback [role="status"]');
const compare = (page: Page) => page.locator('table[data-compare]');
const input = (page: Page, key: string) => page.locator(`.calc input[name="${key}"]`);

/** Opens the German ROI page (optionally with a fragment) and waits until the island has read it. */
async function openGerman(page: Page, hash = ''): Promise<void> {
  await page.goto(`de/tools/roi/${hash ? `#${hash}` : ''}`);
  await expect(page.locator('[data-calculator="roi"]')).toHaveAttribute('data-hydrated', 'true');
}

/** Opens the scenarios and saves the form's numbers under `name`. */
async function save(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name des Szenarios' }).fill(name);
  await page.getByRole('button', { name: 'Als Szenario speichern' }).click();
  await expect(status(page)).toContainText(`„${name}“ gespeichert.`);
}

/** Saves "Basisfall" (the defaults) and "Optimistisch" (a smaller investment), and ticks both. */
async function saveTwo(page: Page): Promise<void> {
  await openGerman(page);
  await page.getByRole('button', { name: 'Szenarien speichern oder vergleichen' }).click();
  await expect(page.getByText('Noch keine: Tragen Sie oben Zahlen ein')).toBeVisible();
  await save(page, 'Basisfall');
  await expect(status(page)).toHaveText(
    '„Basisfall“ gespeichert. Speichern Sie ein weiteres und markieren Sie dann beide, um sie zu vergleichen.',
  );
  await input(page, 'investment').fill('100000');
  await save(page, 'Optimistisch');
  await expect(page.getByRole('heading', { name: 'Gespeicherte Szenarien (2)' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Markieren Sie zwei oder drei zum Vergleich' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Basisfall' }).check();
  await expect(page.getByText('Markieren Sie ein oder zwei weitere zum Vergleich.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Optimistisch' }).check();
  await expect(compare(page)).toBeVisible();
}

async function expectAxeBothThemes(page: Page, what: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, ${what})`);
  }
}

test('saved scenarios in German: the list, its buttons and the comparison', async ({ page }) => {
  await saveTwo(page);
  // Each button's name for a screen reader is whole German.
  await expect(page.getByRole('button', { name: 'Laden „Basisfall“ ins Formular' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Umbenennen „Optimistisch“' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Löschen „Optimistisch“' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Link mit Szenarien kopieren' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vergleich herunterladen (CSV)' })).toBeVisible();
  // The comparison: German heading, note, column and group heads, and the mark's words.
  await expect(page.getByRole('heading', { name: 'Vergleich', exact: true })).toBeVisible();
  await expect(page.getByText('Ein fett gedruckter, mit ≠ markierter Wert weicht von „Basisfall“ ab.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vergleich der Szenarien' })).toBeVisible();
  await expect(compare(page).locator('thead th')).toHaveText(['Szenario', 'Basisfall', 'Optimistisch']);
  await expect(compare(page).locator('th[scope="rowgroup"]')).toHaveText(['Eingaben', 'Ergebnisse']);
  const investment = compare(page).locator('tr[data-row="investment"] td').nth(1);
  await expect(investment).toHaveAttribute('data-differs', '');
  await expect(investment.locator('.visually-hidden')).toHaveText(' (abweichend)');
  await expect(page.getByText('Der Vergleich wird mit der Seite gedruckt.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // Rename, delete and undo speak German too.
  await page.getByRole('button', { name: 'Umbenennen „Optimistisch“' }).click();
  await page.getByRole('textbox', { name: 'Neuer Name für „Optimistisch“' }).fill('basisfall');
  await page.getByRole('button', { name: 'Namen speichern' }).click();
  await expect(page.getByText('Es gibt schon ein Szenario namens „Basisfall“: Wählen Sie einen anderen Namen.')).toBeVisible();
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await page.getByRole('button', { name: 'Löschen „Optimistisch“' }).click();
  await expect(status(page)).toHaveText('„Optimistisch“ gelöscht.');
  await page.getByRole('button', { name: 'Löschen rückgängig machen für „Optimistisch“' }).click();
  await expect(status(page)).toHaveText('„Optimistisch“ ist wieder da.');
  await page.getByRole('checkbox', { name: 'Optimistisch' }).check();
  await expect(compare(page)).toBeVisible();
  await expectAxeBothThemes(page, 'German scenarios compared');
});

test('a share link whose scenario has a bad value gets a German message', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await saveTwo(page);
  await page.getByRole('button', { name: 'Link mit Szenarien kopieren' }).click();
  await expect(status(page)).toHaveText('Link kopiert: Er enthält Ihre Zahlen und alle 2 Szenarien.');
  const link = new URL(await page.getByRole('textbox', { name: 'Link mit Szenarien' }).inputValue());
  // Optimistisch's margin changed by hand to a word, and a third scenario without a name.
  const params = new URLSearchParams(link.hash.slice(1));
  const [first, second] = params.getAll('scenario');
  const tampered = new URLSearchParams(second);
  tampered.set('margin', 'abc');
  params.delete('scenario');
  params.append('scenario', first!);
  params.append('scenario', tampered.toString());
  params.append('scenario', 'margin=40');

  const context = await browser.newContext({ viewport: PHONE });
  const other = await context.newPage();
  await openGerman(other, params.toString());
  const notice = other.locator('.calc-scen-panel .calc-notice');
  await expect(notice.locator('.calc-notice-title')).toHaveText('Einige Szenarien ließen sich nicht unverändert übernehmen:');
  await expect(notice.locator('li')).toHaveText([
    /^„Optimistisch“: Bruttomarge muss eine Zahl sein, etwa .+; im Link stand „abc“\.$/,
    'Szenario 3 im Link hat keinen Namen und wurde daher weggelassen.',
  ]);
  await expect(notice.getByRole('button', { name: 'Hinweis schließen' })).toBeVisible();
  await expect(other.locator('.calc-scen-feedback [role="status"]')).toHaveText('Aus dem Link übernommen: „Basisfall“, „Optimistisch“.');
  await expectAxeBothThemes(other, 'German notice about a link’s scenarios');
  await context.close();
});

test('ranges and the simulation in German: headings, table heads and the histogram’s table', async ({ page }) => {
  await openGerman(page);
  await page.getByRole('button', { name: 'Bandbreiten und Risikoabschläge hinzufügen' }).click();
  await expect(page.getByRole('group', { name: 'Risikoabschlag je Nutzenquelle' })).toBeVisible();
  const ranges = page.getByRole('group', { name: 'Bandbreiten', exact: true });
  // 10,000 draws in the German number format.
  await expect(ranges).toContainText('eine Simulation zieht daraus 10.000 Fälle');
  await page.getByLabel('Bandbreite angeben für').selectOption('investment');
  await page.getByRole('button', { name: 'Bandbreite hinzufügen' }).click();
  const range = page.locator('[data-range="investment"]');
  await expect(range.getByLabel('Niedrig')).toBeVisible();
  await expect(range.getByLabel('Hoch')).toBeVisible();
  await expect(range).toContainText('Am wahrscheinlichsten:');
  await expect(range.getByRole('button', { name: 'Bandbreite für Anfangsinvestition entfernen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mit neuem Startwert ziehen' })).toBeVisible();

  const simulation = page.locator('[data-simulation="ready"]');
  await expect(simulation).toBeVisible();
  await expect(simulation.getByRole('heading', { name: 'Bandbreite der Ergebnisse' })).toBeVisible();
  await expect(simulation).toContainText('10.000 Fälle; in jedem wird jede Größe mit Bandbreite');
  await expect(simulation.locator('[data-sim="npv-positive"]')).toContainText('Wahrscheinlichkeit eines positiven Kapitalwerts:');
  await expect(simulation.locator('[data-sim="payback-within"]')).toContainText(
    'Wahrscheinlichkeit der Amortisation im Zeitraum (5 Jahre):',
  );
  const table = simulation.getByRole('table', { name: 'Simulierter Kapitalwert und simulierte Amortisationsdauer' });
  await expect(table.locator('thead th')).toHaveText(['Kennzahl', 'P10', 'P50 (Median)', 'P90']);
  await expect(table.locator('tbody th')).toHaveText(['Kapitalwert', 'Amortisationsdauer']);
  await expect(page.getByRole('region', { name: 'Tabelle: Simulierter Kapitalwert und simulierte Amortisationsdauer' })).toBeVisible();

  // The histogram: its German title, and its table's heads and bands.
  await drawChart(page, 'roi-histogram');
  const histogram = figure(page, 'roi-histogram');
  await expect(histogram.locator('figcaption')).toHaveText('Kapitalwert in 10.000 simulierten Fällen');
  await histogram.locator('summary').click();
  const bands = histogram.locator('table');
  await expect(bands).toBeVisible();
  await expect(bands.locator('thead th')).toHaveText(['Kapitalwert-Klasse', 'Simulierte Fälle']);
  await expect(bands.locator('tbody th').first()).toContainText(' bis ');
  await expectAxeBothThemes(page, 'German ranges and simulation');
});
