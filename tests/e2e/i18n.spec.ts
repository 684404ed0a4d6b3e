// The playbook in German beside English (content/site.yaml): the switcher keeps the reader on the
// same page, an untranslated page says so, search in each language finds that language's pages,
// and a German tool page works. The German pattern is content/translations/de/failures/inverted-pyramid.mdx;
// "Wackelpyramide" appears in it and nowhere else on the site.
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

test('the language switcher keeps the reader on the same page, both ways, without JavaScript too', async ({ page }) => {
  await page.goto('failures/inverted-pyramid/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.getByRole('link', { name: 'DE' }).click();
  await expect(page).toHaveURL(/\/de\/failures\/inverted-pyramid\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Die umgekehrte Pyramide');
  const german = page.getByRole('navigation', { name: 'Sprache' });
  await expect(german.getByRole('link', { name: 'DE' })).toHaveAttribute('aria-current', 'true');
  await german.getByRole('link', { name: 'EN' }).click();
  await expect(page).toHaveURL(/\/failures\/inverted-pyramid\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The inverted pyramid');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher is plain links: a tool page in German', async ({ page }) => {
    await page.goto('tools/clv/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'DE' }).click();
    await expect(page).toHaveURL(/\/de\/tools\/clv\/$/);
    await expect(page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Werkzeuge' })).toHaveAttribute(
      'href',
      /\/de\/tools\/$/,
    );
  });
});

test('an untranslated German page shows the English text under a German notice, never a 404', async ({ page }) => {
  const response = await page.goto('de/failures/not-measuring/');
  expect(response?.status()).toBe(200);
  const notice = page.getByRole('note');
  await expect(notice).toContainText('Noch nicht übersetzt.');
  await expect(notice).toContainText('Diese Seite gibt es noch nicht auf Deutsch');
  // The English text is marked as English for screen readers; the German frame around it is German.
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Zusammenhänge' })).toBeVisible();
  // Links lead on through the German pages.
  await expect(page.getByRole('navigation', { name: 'Brotkrumennavigation' }).getByRole('link', { name: 'Fehlermuster' })).toHaveAttribute(
    'href',
    /\/de\/failures\/$/,
  );
});

test('an unknown German address gets the 404 page, which says so in German too and links to the German home', async ({ page }) => {
  const response = await page.goto('de/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  const german = page.locator('section[lang="de"]');
  await expect(german.getByRole('heading', { level: 2 })).toHaveText('Seite nicht gefunden');
  await german.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page).toHaveURL(/\/de\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

for (const width of [320, 390]) {
  test(`on a ${width} px phone the header is two rows in both languages: name, search, theme and languages, then the menu`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const [path, menu, language] of [
      ['', 'Main', 'Language'],
      ['de/', 'Hauptmenü', 'Sprache'],
    ] as const) {
      await page.goto(path);
      const header = page.locator('.site-header');
      const rowOf = async (box: Promise<{ y: number; height: number } | null>) => {
        const b = await box;
        expect(b).not.toBeNull();
        return Math.round(b!.y + b!.height / 2);
      };
      const brand = await rowOf(header.getByRole('link', { name: /CX Playbook/ }).boundingBox());
      // The buttons keep their words as accessible names when they show only their icons.
      const search = await rowOf(header.getByRole('link', { name: path ? /Suche/ : /Search/ }).boundingBox());
      await expect(page.locator('#theme-toggle')).toBeVisible();
      const theme = await rowOf(page.locator('#theme-toggle').boundingBox());
      const languages = await rowOf(page.getByRole('navigation', { name: language }).boundingBox());
      const nav = await rowOf(page.getByRole('navigation', { name: menu }).boundingBox());
      for (const y of [search, theme, languages]) expect(Math.abs(y - brand)).toBeLessThanOrEqual(4);
      expect(nav).toBeGreaterThan(brand + 20);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('search on a German page searches the German index: it finds the German pattern, not an English page', async ({ page }) => {
  await page.goto('de/search/?q=Wackelpyramide');
  await expect(page.getByRole('searchbox', { name: 'Suchbegriffe' })).toHaveValue('Wackelpyramide');
  await expect(page.getByRole('status')).toHaveText('Eine Seite enthält „Wackelpyramide“.');
  const results = page.locator('#search-page-results a');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveText('Die umgekehrte Pyramide');
  await expect(results.first()).toHaveAttribute('href', /\/de\/failures\/inverted-pyramid\/$/);

  // An English word of the same pattern does not find it in German: its English text is not in the
  // German index. (Pagefind's German index may still offer a German page on a one-letter formula
  // variable such as "u" that begins the word, so the test checks where results lead, not that none come.)
  await page.getByRole('searchbox', { name: 'Suchbegriffe' }).fill('unglamorous');
  await expect(page.getByRole('status')).toContainText('„unglamorous“');
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !/\/de\//.test(h) || /inverted-pyramid/.test(h))).toEqual([]);
});

test('English search does not know the German word', async ({ page }) => {
  await page.goto('search/?q=Wackelpyramide');
  await expect(page.getByRole('status')).toHaveText('No pages match “Wackelpyramide”.');
  // The same English word finds the English pattern there.
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('unglamorous');
  await expect(page.locator('#search-page-results a').first()).toHaveText('The inverted pyramid');
});

test('the search dialog on a German page speaks German and finds the German pattern', async ({ page }) => {
  await page.goto('de/');
  await page.getByRole('link', { name: /Suche/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Das Playbook durchsuchen' });
  await dialog.getByRole('searchbox', { name: 'Suchbegriffe' }).fill('Wackelpyramide');
  await expect(dialog.getByRole('link', { name: 'Die umgekehrte Pyramide' })).toHaveAttribute(
    'href',
    /\/de\/failures\/inverted-pyramid\/$/,
  );
  await expect(dialog.getByRole('button', { name: 'Schließen Suche' })).toBeVisible();
});

test('German pages pass axe in both themes', async ({ page }) => {
  for (const path of ['de/failures/inverted-pyramid/', 'de/failures/not-measuring/', 'de/tools/clv/', 'de/search/?q=Wackelpyramide']) {
    await page.goto(path);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await expectNoAxeViolations(page, `(/${path}, ${theme})`);
    }
  }
});

test('a German tool page works: German frame, numbers in German style, results follow the inputs', async ({ page }) => {
  await page.goto('de/tools/clv/');
  // Typing before the island has hydrated would be lost (as in calculator-helpers.ts, open()).
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByText('Alles wird in Ihrem Browser berechnet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'So wird gerechnet' })).toBeVisible();
  // The calculator's frame speaks German (content/strings/de.yaml, calculator.*).
  await expect(page.getByRole('heading', { name: 'Ihre Zahlen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Link zum Teilen kopieren' })).toBeVisible();
  await expect(page.getByText('Rechenweg zeigen')).toBeVisible();
  const clv = page.locator('[data-result="clv"] .calc-value');
  // tests/e2e/clv.spec.ts derives CLV = 100 × 2 × 0.50 / (1 + 0.25 − 0.50) = 133.33 for these inputs,
  // shown there as €133; de-DE writes the euro sign after the number.
  for (const [name, typed] of Object.entries({ orderValue: '100', ordersPerYear: '2', margin: '50', retention: '50', discountRate: '25' }))
    await page.locator(`.calc input[name="${name}"]`).fill(typed);
  await expect(clv).toHaveText(/^133\s€$/);
  // Twice the orders, twice the margin per year, twice the CLV: 2 × 133.33 = 266.67, shown as 267 €.
  await page.locator('.calc input[name="ordersPerYear"]').fill('4');
  await expect(clv).toHaveText(/^267\s€$/);
  await page.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' }).click();
  await expect(page.locator('.calc input[name="ordersPerYear"]')).toHaveValue('3');
});

test('a bad value typed on a German tool page gets a German message (content/strings/de.yaml, calculator.field*)', async ({ page }) => {
  await page.goto('de/tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  const orderValue = page.locator('.calc input[name="orderValue"]');
  const error = page.locator('#calc-clv-orderValue-error');
  // The hint under the input: money from 0 to 1,000,000,000 (src/calculators/clv/fields.ts, money()),
  // written the German way: "." groups thousands, the euro sign after the number.
  await expect(page.locator('.calc-field', { has: page.locator('input[name="orderValue"]') }).locator('.calc-range')).toHaveText(
    'Geben Sie eine Zahl von 0\u00a0€ bis 1.000.000.000\u00a0€ ein.',
  );
  // Below the range (at least 0 €): the message names the field by its German label.
  await orderValue.fill('-5');
  await expect(error).toHaveText('Durchschnittlicher Bestellwert muss mindestens 0\u00a0€ betragen; Sie haben -5\u00a0€ eingegeben.');
  await expect(orderValue).toHaveAttribute('aria-invalid', 'true');
  // Written the English way: in de-DE "50.5" is 50,5 (with "." as a decimal point) or 505 (with "." grouping thousands).
  await orderValue.fill('50.5');
  await expect(error).toHaveText(
    'Durchschnittlicher Bestellwert: In de-DE ist „,“ das Dezimalzeichen, und „.“ trennt die Tausender; daher ist „50.5“ unklar: Schreiben Sie 50,5, wenn „.“ das Dezimalzeichen ist, oder 505, wenn es die Tausender trennt.',
  );
});

test('the CSV of a German tool page has German column heads (calculator.csv*); its figures stay plain', async ({ page }) => {
  await page.goto('de/tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
  ]);
  const lines = (await readFile((await download.path())!, 'utf8')).slice(1).split('\r\n');
  // As tests/e2e/clv.spec.ts for English ("Tool,clv", "Currency,EUR", "", "Input,Value,Unit"), with the
  // German defaults' first input: the average order value, 60 (content/tools/clv.mdx), in EUR.
  expect(lines.slice(0, 5)).toEqual(['Werkzeug,clv', 'Währung,EUR', '', 'Eingabe,Wert,Einheit', 'Durchschnittlicher Bestellwert,60,EUR']);
  expect(lines).toContain('Ergebnis,Wert,Einheit');
});

test("a German tool page gives the tool's own words in German: results, groups, working and chart", async ({ page }) => {
  // The CLV tool's words come from tools.clv.* of content/strings/de.yaml, as props in the HTML.
  await page.goto('de/tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('[data-result="clv"]')).toContainText('CLV über alle künftigen Jahre');
  await expect(page.locator('[data-result="clv"]')).not.toContainText('future years');
  // The default horizon is 10 years: "CLV über 10 Jahre".
  await expect(page.locator('[data-result="clv-horizon"]')).toContainText('CLV über 10 Jahre');
  await expect(page.getByRole('group', { name: 'Was ein Kunde einbringt' })).toBeVisible();
  await page.getByText('Rechenweg zeigen').click();
  await expect(page.getByText('Erwartete Kundenlebensdauer').first()).toBeVisible();
  // The chart's table heading (its title) in German.
  await expect(page.getByText('Aufbau des CLV über 10 Jahre, verglichen mit den Akquisitionskosten').first()).toBeAttached();
});

test("a German tool page's chart speaks German: its label, table, PNG button and status (calculator.chart*, png*)", async ({ page }) => {
  // The chart's words come from calculator.* of content/strings/de.yaml, as props in the HTML.
  await page.goto('de/tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  const chart = page.locator('figure[data-chart="clv-build-up"]');
  const title = 'Aufbau des CLV über 10 Jahre, verglichen mit den Akquisitionskosten';
  // The table's disclosure: calculator.chartTable, then the title (visually hidden) after a colon.
  await expect(chart.locator('summary')).toHaveText(`Tabelle zum Diagramm: ${title}`);
  // The table's scrolling box (inside the closed disclosure): calculator.table, "Tabelle: {title}".
  await expect(chart.locator('.calc-table-scroll')).toHaveAttribute('aria-label', `Tabelle: ${title}`);
  // The canvas: calculator.chartLabel, "Diagramm: {title}. {summary} Die Zahlen stehen in der Tabelle darunter."
  await expect(chart.locator('canvas')).toHaveAttribute(
    'aria-label',
    new RegExp(`^Diagramm: ${title}\\. .+ Die Zahlen stehen in der Tabelle darunter\\.$`),
  );
  await chart.locator('canvas').scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'ready');
  const button = chart.getByRole('button', { name: new RegExp(`^Als PNG herunterladen.*${title}`) });
  await expect(chart.getByRole('button', { name: /^Download PNG/ })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  // calculator.pngSaved, "{file} gespeichert.", with the file the browser was given.
  await expect(chart.getByRole('status')).toHaveText(`${download.suggestedFilename()} gespeichert.`);
});

test('the units after the labels of a German tool page are German (calculator.unitAfter*)', async ({ page }) => {
  // CLV's horizon is in whole years and its what-if in percentage points (src/calculators/clv/fields.ts).
  await page.goto('de/tools/clv/');
  await expect(page.locator('[data-calculator="clv"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('label[for="calc-clv-horizon"] .calc-unit')).toHaveText(' (Jahre)');
  await expect(page.locator('label[for="calc-clv-retentionWhatIf"] .calc-unit')).toHaveText(' (Prozentpunkte)');
});

test('the German ROI tool gives its own words in German: results, groups, tables, working and charts', async ({ page }) => {
  // The ROI tool's words come from tools.roi.* of content/strings/de.yaml, as props in the HTML.
  await page.goto('de/tools/roi/');
  await expect(page.locator('[data-calculator="roi"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('[data-result="npv"]')).toContainText('Kapitalwert');
  await expect(page.locator('[data-result="npv"]')).not.toContainText('Net present value');
  // The default horizon is 5 years and the discount rate 8% (content/tools/roi.mdx): "über 5 Jahre, abgezinst mit 8 %".
  await expect(page.locator('[data-result="npv"]')).toContainText('Nettozuflüsse über 5 Jahre, abgezinst mit 8\u00a0% pro Jahr');
  await expect(page.locator('[data-result="payback"]')).toContainText('Amortisationsdauer');
  await expect(page.getByRole('group', { name: 'Was das Programm verändert' })).toBeVisible();
  await expect(page.getByText('Jahr für Jahr').first()).toBeAttached();
  await page.getByText('Rechenweg zeigen').click();
  await expect(page.getByText('Kunden, die in Jahr 1 noch da sind').first()).toBeVisible();
  // The charts' table headings (their titles) in German.
  await expect(page.getByText('Nutzen nach Quelle und kumulierter Nettozufluss, Jahr für Jahr').first()).toBeAttached();
  await expect(page.getByText('Sensitivität: Kapitalwert, wenn je eine Größe 20 % niedriger oder höher ist').first()).toBeAttached();
  // The ranges section's heading and button, and a bad range named in German under its input.
  await expect(page.getByRole('heading', { name: 'Bandbreiten und Risiko' })).toBeVisible();
  await page.getByRole('button', { name: 'Bandbreiten und Risikoabschläge hinzufügen' }).click();
  await expect(page.getByRole('button', { name: 'Bandbreiten und Risikoabschläge ausblenden' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Bandbreite angeben für').selectOption('margin');
  await page.getByRole('button', { name: 'Bandbreite hinzufügen' }).click();
  const row = page.locator('[data-range="margin"]');
  // The default margin is 40 % (content/tools/roi.mdx): a low of 45,5 is above it.
  await row.getByLabel('Niedrig').fill('45,5');
  const message = 'Bruttomarge: der untere Wert der Bandbreite (45,5\u00a0%) liegt über dem wahrscheinlichsten Wert (40\u00a0%).';
  await expect(row.locator('.calc-error')).toHaveText(message);
  await expect(page.locator('#calc-roi-margin-error')).toHaveText(message);
  // The phone's results bar says, in German, that its figure is for the last valid numbers.
  await expect(page.locator('.calc-peek [data-peek-result="npv"] dt')).toHaveText('Kapitalwert (letzte gültige Zahlen)');
});

test('the German churn tool gives its own words in German: results, groups, working and chart', async ({ page }) => {
  // The churn tool's words come from tools.churn.* of content/strings/de.yaml, as props in the HTML.
  await page.goto('de/tools/churn/');
  await expect(page.locator('[data-calculator="churn"]')).toHaveAttribute('data-hydrated', 'true');
  // The defaults (content/tools/churn.mdx): 3 years at 10%, a cut of 5 points on 20% churn, so to 15%.
  await expect(page.locator('[data-result="margin-lost-horizon"]')).toContainText('Verlorene Marge über 3 Jahre');
  await expect(page.locator('[data-result="margin-lost-horizon"]')).toContainText('in heutigem Geld bei 10\u00a0% pro Jahr');
  await expect(page.locator('[data-result="margin-lost-horizon"]')).not.toContainText('Margin lost');
  await expect(page.locator('[data-result="cut-own"]')).toContainText('Wert einer Churn-Senkung um 5 Punkte');
  await expect(page.getByRole('group', { name: 'Was, wenn der Churn sänke?' })).toBeVisible();
  await page.getByText('Rechenweg zeigen').click();
  await expect(page.getByText('Verlorener Umsatz und verlorene Marge pro Jahr').first()).toBeVisible();
  // The chart's table heading (its title) in German.
  await expect(
    page.getByText('Verlorene Marge je Jahr über 3 Jahre, beim heutigen Churn und bei einem auf 15\u00a0% gesenkten Churn').first(),
  ).toBeAttached();
});

test('the German effort tool gives its own words in German: results, groups, table, working and chart', async ({ page }) => {
  // The effort tool's words come from tools.effort.* of content/strings/de.yaml, as props in the HTML.
  await page.goto('de/tools/effort/');
  await expect(page.locator('[data-calculator="effort"]')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('[data-result="current-share"]')).toContainText('Anteil der Antworten 5 bis 7, aktuelle Umfrage');
  await expect(page.locator('[data-result="current-share"]')).not.toContainText('Share answering');
  await expect(page.locator('[data-result="share-change"]')).toContainText('Veränderung des Anteils der Antworten 5 bis 7');
  await expect(page.getByRole('group', { name: 'Aktuelle Umfrage: Antworten 1 bis 7' })).toBeVisible();
  await expect(page.getByText('Die beiden Umfragen').first()).toBeAttached();
  await page.getByText('Rechenweg zeigen').click();
  await expect(page.getByText('Mittelwert der Antworten, vorherige Umfrage').first()).toBeVisible();
  // The chart's table heading (its title) in German.
  await expect(page.getByText('Wie sich die Antworten von 1 bis 7 in jeder Umfrage verteilen').first()).toBeAttached();
});
