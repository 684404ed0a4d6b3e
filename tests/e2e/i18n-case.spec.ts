// The German business case, print page, statistics and card lists: on /de/tools/business-case/ with
// saved scenarios, the document's headings, each tool's section, its inputs and results, the summary
// and the Markdown export read German (the business case's words from `businessCase.*`, each tool's
// from `tools.<id>.*`, handed to the page's worker); /de/print/'s own words are German, and its
// playbook text too where translated (tests/e2e/i18n-print.spec.ts); a German
// statistic with its German label; cards of untranslated entries marked English; the glossary in
// German alphabetical order; axe in both themes.
//
// Figures as in business-case.spec.ts, written the German way: CLV defaults give €189 ("189 €"),
// churn defaults lose 200 × 500 × 0.40 = €40,000 of margin a year ("40.000 €").
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures.ts';

// The defaults of content/tools/clv.mdx and churn.mdx, saved as the tools save a scenario.
const CLV = {
  orderValue: 60,
  ordersPerYear: 3,
  margin: 40,
  retention: 70,
  discountRate: 8,
  acquisitionCost: 120,
  horizon: 10,
  retentionWhatIf: 5,
};
const CHURN = {
  customers: 1000,
  churn: 20,
  revenuePerCustomer: 500,
  margin: 40,
  replacementCost: 300,
  horizon: 3,
  discountRate: 10,
  churnCut: 5,
};

/** Saves a CLV and a churn scenario in this browser and opens the German business case. */
async function openGermanCase(page: Page): Promise<void> {
  await page.goto('de/tools/business-case/');
  await page.evaluate(
    ([clv, churn]) => {
      localStorage.setItem('cx-playbook:scenarios:clv:v1', JSON.stringify({ scenarios: [{ name: 'Basis', values: clv }] }));
      localStorage.setItem('cx-playbook:scenarios:churn:v1', JSON.stringify({ scenarios: [{ name: 'Heute', values: churn }] }));
    },
    [CLV, CHURN],
  );
  await page.reload();
  await expect(page.locator('.bc-status')).toBeVisible();
}

const caseValue = (page: Page, tool: string, label: string) =>
  page
    .locator(`section[data-section="${tool}"] .bc-result`)
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.bc-value');

test('the German business case: headings, sections, results, summary and Markdown in German; axe in both themes', async ({ page }) => {
  await openGermanCase(page);
  await expect(page.getByRole('heading', { name: 'Szenarien auswählen' })).toBeVisible();
  await expect(page.locator('.bc-status')).toHaveText(
    'Haken Sie oben mindestens ein Szenario oder ein Fehlermuster an, dann erscheint hier das Dokument.',
  );
  await page.getByRole('checkbox', { name: 'Basis' }).check();
  await page.getByRole('checkbox', { name: 'Heute' }).check();

  await expect(page.locator('.bc-doc h2')).toHaveText('Business Case');
  await expect(page.locator('.bc-prepared')).toContainText('Erstellt am');
  await expect(page.locator('.bc-doc h3')).toHaveText([
    'Zusammenfassung',
    'Customer Lifetime Value: „Basis“',
    'Kosten der Abwanderung: „Heute“',
  ]);
  const clv = page.locator('section[data-section="clv"]');
  await expect(clv.locator('h4')).toHaveText(['Eingaben', 'Ergebnisse', 'Methode']);
  await expect(clv.getByRole('link', { name: /^Zum Werkzeug ?: Customer Lifetime Value$/ })).toBeVisible();
  await expect(clv.getByRole('link', { name: /^Die vollständige Methode ?: Customer Lifetime Value$/ })).toBeVisible();
  await expect(clv.getByRole('region', { name: 'Tabelle: Eingaben: Customer Lifetime Value, „Basis“' })).toBeVisible();
  // The tool's own words (tools.clv.*) and the German number style: "189 €", "70 %", "10 Jahre".
  await expect(caseValue(page, 'clv', 'CLV über alle künftigen Jahre')).toHaveText(/^189\s€$/);
  await expect(clv.locator('tr').filter({ hasText: 'Jährliche Bindungsrate' }).locator('td')).toHaveText(/^70\s%$/);
  await expect(clv.locator('tr').filter({ hasText: 'Jahre im Diagramm' }).locator('td')).toHaveText('10 Jahre');
  await expect(caseValue(page, 'churn', 'Verlorene Marge pro Jahr')).toHaveText(/^40\.000\s€$/);
  await expect(caseValue(page, 'churn', 'Verlorener Umsatz pro Jahr')).toHaveText(/^100\.000\s€$/);
  const summary = page.locator('.bc-doc section').first().locator('li');
  await expect(summary.nth(0)).toHaveText(/^Customer Lifetime Value: „Basis“: CLV über alle künftigen Jahre 189\s€\.$/);
  await expect(summary.last()).toHaveText('Fehlermuster, gegen die dieser Business Case angeht: Keine Fehlermuster ausgewählt.');
  // No English left in the document's words: the default language's headings and labels are absent.
  const text = await page.locator('.bc-doc').innerText();
  for (const english of ['Summary', 'Inputs', 'Results', 'Method', 'Open the tool', 'CLV over all future years', 'Margin lost per year'])
    expect(text, english).not.toMatch(new RegExp(`\\b${english}\\b`));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als Markdown herunterladen' }).click(),
  ]);
  const lines = (await readFile((await download.path())!, 'utf8')).split('\n');
  expect(lines[0]).toBe('# Business Case');
  for (const line of [
    '## Zusammenfassung',
    '## Customer Lifetime Value: „Basis“',
    '### Eingaben',
    '### Ergebnisse',
    '| Eingabe | Wert |',
    '| Ergebnis | Wert |',
    '### Methode',
  ])
    expect(lines, line).toContain(line);
  expect(lines.some((l) => /^- \*\*Customer Lifetime Value\*\*: „Basis“: CLV über alle künftigen Jahre 189\s€\.$/.test(l))).toBe(true);
  expect(lines.some((l) => l.startsWith('[Zum Werkzeug](') && l.includes('/de/tools/clv/'))).toBe(true);
  await expect(page.locator('.bc-status')).toHaveText('Der Business Case wurde als Markdown heruntergeladen.');

  // Evidence: a translated pattern in German with its German statistics; one not translated in English, marked.
  await page.getByRole('checkbox', { name: 'Die umgekehrte Pyramide' }).check();
  await page.getByRole('checkbox', { name: 'Leadership lip service' }).check();
  await expect(page.locator('#bc-evidence')).toHaveText('Belege aus dem Playbook');
  const german = page.locator('[data-pattern="inverted-pyramid"]');
  await expect(german.locator('h4')).toHaveText('Die umgekehrte Pyramide');
  await expect(german).not.toHaveAttribute('lang', /./);
  await expect(german.locator('li').first()).not.toHaveAttribute('lang', /./);
  await expect(german.getByRole('link', { name: /^Zum Fehlermuster ?: Die umgekehrte Pyramide$/ })).toHaveAttribute(
    'href',
    /\/de\/failures\/inverted-pyramid\/$/,
  );
  // The English pattern's title, summary and statistics are marked; the link's words around them are German.
  const english = page.locator('[data-pattern="leadership-lip-service"]');
  await expect(english.locator('h4')).toHaveAttribute('lang', 'en');
  await expect(english.locator('li').first()).toHaveAttribute('lang', 'en');
  await expect(english.locator('li').first()).toContainText('reported by');
  await expect(english).not.toHaveAttribute('lang', /./);
  await expect(english.getByRole('link', { name: /^Zum Fehlermuster ?: Leadership lip service$/ })).toBeVisible();

  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, German business case)`);
  }
});

test('the German business case names a damaged saved scenario in German', async ({ page }) => {
  await page.goto('de/tools/business-case/');
  await page.evaluate(() => {
    localStorage.setItem('cx-playbook:scenarios:churn:v1', '{not json');
  });
  await page.reload();
  await expect(page.locator('.bc-problems .calc-notice-title')).toHaveText(
    'Einige gespeicherte Szenarien ließen sich nicht verwenden und wurden weggelassen:',
  );
  await expect(page.locator('.bc-problems li')).toHaveText([
    'Kosten der Abwanderung: Die gespeicherte Liste ließ sich nicht lesen (sie hat nicht die Form, in der das Werkzeug speichert), daher wird keines ihrer Szenarien verwendet.',
  ]);
  await expect(page.getByRole('heading', { name: 'Noch keine Szenarien gespeichert' })).toBeVisible();
});

test('the German print page: its own words German, the playbook’s text German where translated, the rest marked English; axe in both themes', async ({
  page,
}) => {
  await page.goto('de/print/');
  await expect(page).toHaveTitle(/^Das ganze Playbook/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CX Playbook: das ganze Playbook');
  const toc = page.getByRole('navigation', { name: 'Inhalt des ganzen Playbooks' });
  await expect(toc.getByRole('link', { name: 'Glossar' })).toBeVisible();
  await expect(toc.getByRole('link', { name: 'Quellen' })).toBeVisible();
  await expect(toc.getByRole('link', { name: /^Stufe 1: / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Glossar' })).not.toHaveAttribute('lang', /./);
  await expect(page.locator('.prose').first()).not.toHaveAttribute('lang', /./);
  await expect(page.getByRole('heading', { level: 2, name: /^Stufe 2: / }).locator('span[lang]')).toHaveCount(0);
  await expect(page.locator('article[aria-labelledby="failure-not-measuring"]')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'So kommen Sie auf Stufe 3' }).first()).toBeAttached();
  const main = await page.locator('main h1, main .lede').first().innerText();
  expect(main).not.toContain('the whole playbook');
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await expectNoAxeViolations(page, `(${theme}, German print page)`);
  }
});

test('German content: a statistic with its German label and text, a callout’s German title, English cards marked, German alphabetical order', async ({
  page,
}) => {
  await page.goto('de/tools/nps/');
  const stat = page.locator('[data-stat="nps-rise-example"]').first();
  await expect(stat.locator('.stat-kind')).toHaveText('Illustration');
  await expect(stat).toContainText('67 auf 68 beim Net Promoter Score');
  await expect(stat).not.toHaveAttribute('lang', /./);

  // A statistic not yet translated stays English as a whole, its label and citation words too.
  await page.goto('de/failures/leadership-lip-service/');
  const english = page.locator('[data-stat]').filter({ hasText: 'reported by' }).first();
  await expect(english).toHaveAttribute('lang', 'en');

  await page.goto('de/tools/churn/');
  await expect(page.getByRole('note', { name: 'Rechenbeispiel: die Startwerte' })).toBeVisible();

  // Cards: the translated pattern's card is German; the others stand in in English, marked.
  await page.goto('de/failures/');
  await expect(
    page.locator('.card-grid li').filter({ has: page.locator('a[href$="/de/failures/inverted-pyramid/"]') }),
  ).not.toHaveAttribute('lang', /./);
  await expect(
    page
      .locator('.card-grid li')
      .filter({ has: page.locator('a[href$="/de/failures/not-measuring/"]') })
      .first(),
  ).toHaveAttribute('lang', 'en');

  await page.goto('de/glossary/');
  const terms = await page.locator('.entry dt').evaluateAll((dts) => dts.map((dt) => dt.firstChild?.textContent?.trim() ?? ''));
  expect(terms.length).toBeGreaterThan(20);
  expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'de')));
  expect(terms.indexOf('Amortisationsdauer')).toBe(0);
});
