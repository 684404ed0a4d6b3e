// The NPS and CSAT tool's own words live in content/strings/<lang>.yaml under tools.nps: the
// English file holds exactly the default words the code falls back on, every key the code reads
// exists, a German page gets German words with German numbers, and a strings file that lacks a tool
// word is named by file, line and key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateNps } from '../../../src/calculators/nps/calculate.ts';
import { NPS_WORDS, type NpsWords } from '../../../src/calculators/nps/words.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { npsDefinition, npsDefinitionIn } from '../../../src/islands/nps/nps-definition.ts';
import { npsCsvRowsIn } from '../../../src/islands/nps/nps-export-in.ts';
import { npsWorkingIn } from '../../../src/islands/nps/nps-working-in.ts';
import { input } from './nps-fixtures.ts';
import { checkGerman, germanStyle, lineOf, stringsUnder } from './tool-words-helpers.ts';

/** The `tools.nps.*` strings of one language's file, keys without the prefix. */
const npsStrings = (code: string) => stringsUnder(code, 'tools.nps.');
const labels = {};

// 3,700 promoters, 950 passives and 350 detractors (NPS 100 × (3,700 − 350) / 5,000 = 67) against
// 4,400, 400 and 200 (NPS 100 × (4,400 − 200) / 5,000 = 84): a rise of 17 points, far beyond noise;
// CSAT 1,400 satisfied of 1,500 = 93.3%.
const big = input({
  previousPromoters: 3700,
  previousPassives: 950,
  previousDetractors: 350,
  currentPromoters: 4400,
  currentPassives: 400,
  currentDetractors: 200,
  csatSatisfied: 1400,
  csatTotal: 1500,
});

/** The German definition and a view of `i` with the German page's number style. */
function german(i = big) {
  const de = npsStrings('de') as NpsWords;
  const definition = npsDefinitionIn(de, 'de-DE');
  const view = { input: i, result: definition.calculate(i), fmt: makeFormatters(germanStyle()), labels };
  return { de, definition, view };
}

describe('NPS words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(npsStrings('en')).toEqual(NPS_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(npsStrings('de')).sort()).toEqual(Object.keys(NPS_WORDS).sort());
  });

  it('every word the code reads is a key of the strings (w.<key> in the NPS files)', () => {
    const files = [
      'src/calculators/nps/calculate.ts',
      'src/calculators/nps/chart.ts',
      'src/calculators/nps/describe.ts',
      'src/calculators/nps/form.ts',
      'src/calculators/nps/parse.ts',
      'src/islands/nps/nps-view.ts',
      'src/islands/nps/nps-working-in.ts',
      'src/islands/nps/nps-export-in.ts',
    ];
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bw\.(\w+)/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !(k in NPS_WORDS))).toEqual([]);
    // And every key is read somewhere: no word left over in the strings files.
    expect(Object.keys(NPS_WORDS).filter((k) => !used.has(k))).toEqual([]);
  });

  it('the definition in code uses the default words and loads the default working', async () => {
    const view = { input: big, result: calculateNps(big), fmt: makeFormatters({ currency: 'EUR', locale: 'en-GB' }), labels };
    expect(npsDefinition.results(view)[0]!.value).toBe('Likely a real change');
    expect((await npsDefinition.working())(view)[0]!.label).toBe('NPS, previous survey');
  });

  it('names the file, line and key of a missing tool word', () => {
    // Deleting the verdictLabel line from de.yaml: the check reports it at its group (`  nps:`
    // under `tools:`) and points at the line of en.yaml that has it.
    const errors = checkGerman((text) => text.replace(/^ {4}verdictLabel: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', '  nps:');
    const english = lineOf('content/strings/en.yaml', '    verdictLabel:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "tools.nps.verdictLabel": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('a German page shows German results with German numbers', () => {
    const { definition, view } = german();
    const results = definition.results(view);
    expect(results.map((r) => r.label)).toEqual([
      'Ist die Veränderung echt?',
      'NPS, vorherige Umfrage',
      'NPS, aktuelle Umfrage',
      'Veränderung des NPS',
      'Antworten für ±5 Punkte',
      'CSAT',
    ]);
    expect(results[0]!.value).toBe('Wahrscheinlich eine echte Veränderung');
    expect(results[0]!.note).toMatch(
      /^Ein Anstieg um 17 Punkte von 67 auf 84 bei 5\.000 Antworten in jeder Umfrage ist wahrscheinlich eine echte Veränderung \(p < 0,001\)\. Berücksichtigt man den Stichprobenzufall, liegt die wahre Veränderung wahrscheinlich zwischen \+\d+,\d und \+\d+,\d Punkten \(95-%-Intervall\)\.$/,
    );
    expect(results[1]!.note).toMatch(/^95-%-Intervall \d+,\d bis \d+,\d, aus 5\.000 Antworten$/);
    expect(results[3]!.value).toBe('+17 Punkte');
    // 1,400 of 1,500: 93.3%.
    expect(results[5]!.value).toBe('93,3\u00a0%');
    expect(definition.summary(view)).toMatch(/ CSAT 93,3\u00a0%\.$/);
    expect(definition.groups?.map((g) => g.legend)).toEqual([
      'Vorherige Umfrage',
      'Vorherige Umfrage: Anzahlen',
      'Vorherige Umfrage: Prozentwerte',
      'Vorherige Umfrage: eingefügte Bewertungen',
      'Aktuelle Umfrage',
      'Aktuelle Umfrage: Anzahlen',
      'Aktuelle Umfrage: Prozentwerte',
      'Aktuelle Umfrage: eingefügte Bewertungen',
      'Die nächste Umfrage planen',
      'CSAT',
      'CSAT: Antworten 1 bis 5',
      'CSAT: Zufriedene von allen',
    ]);
  });

  it('a German page shows the table, chart, working and CSV rows in German', () => {
    const { de, definition, view } = german();
    const table = definition.tables!(view)[0]!;
    expect(table.title).toBe('Die beiden Umfragen');
    expect(table.head[0]).toBe('Umfrage');
    // 3,700 of 5,000 promoters: 74%.
    expect(table.rows[0]!.slice(0, 3)).toEqual(['Vorherige Umfrage', '5.000', '3.700 (74\u00a0%)']);
    const [chart] = definition.charts(view);
    expect(chart!.title).toBe('NPS jeder Umfrage mit seinem 95-%-Intervall');
    expect(chart!.categoryTitle).toBe('Umfrage');
    expect(chart!.series.map((s) => s.label)).toEqual(['Unteres Ende des 95-%-Intervalls', 'NPS', 'Oberes Ende des 95-%-Intervalls']);
    expect(chart!.summary).toMatch(
      /^Vorherige Umfrage: NPS 67 \(95-%-Intervall \d+,\d bis \d+,\d, aus 5\.000 Antworten\)\. Aktuelle Umfrage: NPS 84 /,
    );
    const working = npsWorkingIn(de)(view);
    expect(working[0]).toMatchObject({ label: 'NPS, vorherige Umfrage', substituted: '100 × (3.700 − 350) / 5.000', result: '67' });
    expect(working[1]!.formula).toContain('(P + 0,75) / n′');
    expect(working.at(-1)!.label).toBe('CSAT mit seinem Wilson-Intervall');
    const rows = npsCsvRowsIn(de)(view);
    expect(rows[1]).toEqual(['Außerdem angezeigt', 'Wert', 'Einheit']);
    expect(rows.at(-1)).toEqual(['Urteil', 'Wahrscheinlich eine echte Veränderung', '']);
  });

  it('a German page gives the model messages in German, beside the input and in the results', () => {
    // Percentages adding up to 98 (outside 100 ± 1.5), and a pasted column with a word on line 3.
    const bad = input({
      previousMode: 'percentages',
      previousPromoterPercent: 50,
      previousPassivePercent: 30,
      previousDetractorPercent: 18,
      currentMode: 'scores',
      currentScores: '9\n10\nelf\n7',
    });
    const { definition, view } = german(bad);
    expect(definition.form.rules!(bad)).toEqual([
      {
        field: 'previousDetractorPercent',
        message: 'Die drei Prozentwerte ergeben zusammen 98; sie sollten 100 ergeben (±1,5 für Rundungen)',
      },
      { field: 'currentScores', message: 'Zeile 3: "elf" ist keine Bewertung von 0 bis 10' },
    ]);
    const results = definition.results(view);
    expect(results[2]).toMatchObject({ value: 'Eingaben korrigieren', note: 'Zeile 3: "elf" ist keine Bewertung von 0 bis 10' });
    expect(results[0]).toMatchObject({ value: 'Noch nicht', note: 'Geben Sie beide Umfragen ein, um sie zu vergleichen.' });
    // An empty survey: no responses counted.
    const empty = input({ previousPromoters: 0, previousPassives: 0, previousDetractors: 0 });
    expect(german(empty).definition.results(german(empty).view)[1]!.note).toBe(
      'Die vorherige Umfrage hat noch keine Antworten: Geben Sie mindestens einen Promotor, Passiven oder Detraktor ein.',
    );
  });

  it('the English page keeps its words: the page definition with the default words reads as before', () => {
    const definition = npsDefinitionIn(NPS_WORDS, 'en-GB');
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const i = input();
    const page = { input: i, result: definition.calculate(i), fmt, labels };
    const code = { input: i, result: calculateNps(i), fmt, labels };
    expect(definition.results(page)).toEqual(npsDefinition.results(code));
    expect(definition.summary(page)).toBe(npsDefinition.summary(code));
  });
});
