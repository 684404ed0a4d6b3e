// The self-assessment, the team workshop and My plan on German pages: every interface word comes
// from content/strings/de.yaml, the questionnaire from content/translations/de/assessment/ (the same
// statements and ids, so a link made on an English page opens here with the same scores), numbers
// are written the German way, and axe finds nothing in either theme.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

// The hand-computed case of assessment.spec.ts: overall 55 (Established), ownership 37.5,
// quality at scale not scored.
const FRAGMENT = 'v=1&a=444-230-555-333-111-333-444-222-333-000&p=yyny0';
// A second person: every statement 3 (50), pyramid yes to level 3.
const OTHER = 'v=1&a=333-333-333-333-333-333-333-333-333-333&p=yyynn';

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The first statement of the first dimension, answered with scale position `n` (1 to 5). */
const rateFirst = (page: Page, n: number) =>
  page
    .locator('.as-dimension fieldset')
    .first()
    .getByRole('radio')
    .nth(n - 1)
    .check();

test('the German self-assessment: questionnaire, result, history comparison and the radar PNG in German', async ({ page }) => {
  await page.goto('de/tools/assessment/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Fragebogen' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Eine Dimension nach der anderen' })).toBeChecked();
  await expect(page.getByText('Schritt 1 von 11')).toBeVisible();
  await rateFirst(page, 4);
  await expect(page.getByTestId('progress')).toHaveText(/^1 von \d+ beantwortet$/);
  await expect(page.getByTestId('provisional')).toContainText('Vorläufig: 0 von 10 Dimensionen haben genug Antworten');
  await expect(page.getByTestId('no-advice')).toHaveText(/^Empfehlungen erscheinen, sobald der Gesamtwert steht/);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByText('Schritt 2 von 11')).toBeVisible();
  await page.getByRole('button', { name: 'Zurück' }).click();
  await expect(page.getByText('Schritt 1 von 11')).toBeVisible();

  // A shared result: German notice, score, stage line and table, with German numbers.
  await page.goto(`de/tools/assessment/#${FRAGMENT}`);
  await hydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'Sie sehen Antworten aus einem geteilten Link.' })).toBeVisible();
  const result = page.getByRole('region', { name: 'Ihr Ergebnis' });
  await expect(result.getByTestId('overall')).toHaveText('55');
  await expect(result.getByTestId('stage')).toHaveText(/^Etabliert: Stufe 3 von 4 \(die nächste, .+, beginnt bei 80\)\.$/);
  const table = result.getByRole('table', { name: 'Wert jeder Dimension (0 bis 100)' });
  await expect(table.getByRole('row', { name: /^Verantwortung / }).getByRole('cell')).toHaveText(['2 von 3', '37,5']);
  await expect(table.getByRole('row', { name: /^Qualität im großen Maßstab / }).getByRole('cell')).toHaveText(['0 von 3', 'ohne Wert']);
  await expect(result.getByTestId('pyramid-level')).toHaveText(/^Stufe 2 von 5 erreicht: /);
  await expect(result.getByRole('heading', { name: 'Beginnen Sie hier' })).toBeVisible();
  // A pattern with no German text yet is linked in English, marked as such for screen readers.
  await expect(result.getByRole('link', { name: 'Lack of ownership' })).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Noch nicht übersetzt')).toHaveCount(0);

  // Two saved results a change apart: the comparison's change column in German.
  await rateFirst(page, 5); // leadership 4 4 4 -> 5 4 4: 75 -> 83.3
  await page.getByRole('button', { name: 'Im Verlauf speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Im Verlauf dieses Browsers gespeichert.' })).toBeVisible();
  await rateFirst(page, 4);
  await page.getByRole('button', { name: 'Im Verlauf speichern' }).click();
  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByRole('row', { name: /^Engagement der Führung / }).getByRole('cell')).toHaveText(['83,3', '75', '−8,3']);
  await expect(comparison.getByRole('row', { name: /^Verantwortung / }).getByRole('cell')).toHaveText(['37,5', '37,5', 'unverändert']);
  await expect(comparison.getByRole('row', { name: /^Qualität im großen Maßstab / }).getByRole('cell')).toHaveText([
    'ohne Wert',
    'ohne Wert',
    'nicht vergleichbar',
  ]);
  await expect(page.getByRole('heading', { name: 'Zwei Ergebnisse vergleichen' })).toBeVisible();

  // The radar's PNG: German button and status line.
  const figure = page.locator('.as-radar-figure');
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('.as-radar')).toHaveAttribute('data-ready', 'true');
  const button = figure.getByRole('button', {
    name: /^Als PNG herunterladen ?: CX-Reifegrad je Dimension: 55 von 100 insgesamt \(Etabliert\)$/,
  });
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect((await readFile((await download.path())!)).length).toBeGreaterThan(1000);
  await expect(figure.getByRole('status')).toHaveText('cx-playbook-assessment-maturity-radar.png gespeichert.');

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(German assessment, ${theme})`);
  }
});

test('the German workshop: its sections, fields and main buttons in German', async ({ page }) => {
  await page.goto('de/assessment/workshop/');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: '1. Die Sitzung' })).toBeVisible();
  await page.getByLabel('Name der Sitzung').fill('Q3-Rückblick');
  await page
    .getByLabel('Links zum Teilen, einer je Zeile')
    .fill([FRAGMENT, OTHER].map((f) => `http://localhost/tools/assessment/#${f}`).join('\n'));
  await expect(page.getByTestId('team-count')).toHaveText('2 von 2 Link(s) gelesen.');
  await expect(page.getByRole('heading', { name: 'Das Team auf einen Blick' })).toBeVisible();
  await expect(page.getByTestId('workshop-people')).toHaveText(/^2 Personen\. Gesamt: Mittelwert /);
  await expect(page.getByRole('heading', { name: '3. Besprechen, größte Uneinigkeit zuerst' })).toBeVisible();

  await page.getByRole('button', { name: 'Maßnahme hinzufügen für Verantwortung' }).click();
  await expect(page.getByLabel('Maßnahme', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Maßnahme aufnehmen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Schreiben Sie auf, was getan wird' })).toBeVisible();
  await page.getByLabel('Maßnahme', { exact: true }).fill('Eine verantwortliche Person benennen');
  await page.getByLabel('Verantwortlich', { exact: true }).fill('Geschäftsführung');
  await page.getByRole('button', { name: 'Maßnahme aufnehmen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '„Eine verantwortliche Person benennen“ aufgenommen.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'In dieser Sitzung vereinbarte Maßnahmen' })).toBeVisible();
  await expect(page.getByLabel('Stand von „Eine verantwortliche Person benennen“')).toHaveValue('open');

  await expect(page.getByRole('button', { name: 'Kalenderdatei herunterladen (.ics)' })).toBeDisabled();
  await page.getByLabel('Nächste Überprüfung').fill('2026-06-01');
  await expect(page.getByRole('button', { name: 'Kalenderdatei herunterladen (.ics)' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Einseitige Zusammenfassung drucken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Neue Sitzung beginnen' })).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(German workshop, ${theme})`);
  }
});

test('German My plan: a ticked play with its German frame, the pattern lines marked as English', async ({ page }) => {
  const play = 'Name one person accountable for the CX strategy and its results, and say so publicly.';
  await page.goto('failures/no-clear-ownership/');
  await page.getByRole('checkbox', { name: play }).check();
  await expect
    .poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('cx-playbook:ticks:v1') ?? '{}')).length))
    .toBe(1);

  await page.goto('de/plan/');
  await hydrated(page);
  await expect(page.getByText('1 Schritt und 0 Anzeichen angehakt, in 1 Muster.')).toBeVisible();
  const section = page.getByRole('region', { name: 'Lack of ownership' });
  await expect(section.getByRole('heading', { name: 'Schritte' })).toBeVisible();
  await expect(section.getByRole('listitem').first()).toHaveText(`${play}Zuständig: Leadership team. Aufwand: Tage.`);
  // The plan's own words are German now; only the pattern's (untranslated) lines say they are English.
  await expect(section.getByText(play)).toHaveAttribute('lang', 'en');
  await expect(page.locator('main [lang]')).toHaveCount(await page.locator('main .plan-pattern [lang="en"]').count());

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als CSV herunterladen' }).click();
  const csv = await readFile((await (await downloading).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('Muster,Art,Text,Zuständig,Aufwand');
  expect(csv).toContain(`,Schritt,"${play}",Leadership team,Tage`);
  await expect(page.getByRole('status')).toHaveText(/^cx-playbook-plan-\d{4}-\d{2}-\d{2}\.csv heruntergeladen\.$/);

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(German plan, ${theme})`);
  }
  await page.getByRole('button', { name: 'Meinen Plan leeren' }).click();
  await expect(page.getByText('Noch ist nichts angehakt.', { exact: false })).toBeVisible();
});
