// The survey tool's words live in content/strings/<lang>.yaml under survey: the English file holds
// exactly the default words the code falls back on (and the worker's share of them), a German page
// gets German reasons, charts and export heads, and a strings file that lacks a survey word is
// named by file, line and key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateNps } from '../../../src/calculators/nps/estimate.ts';
import { trendSpecIn } from '../../../src/calculators/survey/chart.ts';
import { csvHeaderIn, csvRowsIn } from '../../../src/calculators/survey/export.ts';
import { quadrantChartIn } from '../../../src/calculators/survey/quadrant.ts';
import { analyse, inspect } from '../../../src/calculators/survey/read.ts';
import { comparisonsWarning, type GroupScores } from '../../../src/calculators/survey/results.ts';
import { readAnswer } from '../../../src/calculators/survey/scales.ts';
import { SURVEY_WORDS, SURVEY_WORKER_WORDS, type SurveyWords } from '../../../src/calculators/survey/words.ts';
import { checkGerman, lineOf, stringsUnder } from './tool-words-helpers.ts';

const surveyStrings = (code: string) => stringsUnder(code, 'survey.');
const de = surveyStrings('de') as SurveyWords;

describe('survey words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(surveyStrings('en')).toEqual(SURVEY_WORDS);
  });

  it("the worker's words are the same keys and text as the page's", () => {
    for (const [key, text] of Object.entries(SURVEY_WORKER_WORDS)) expect(SURVEY_WORDS[key as keyof SurveyWords]).toBe(text);
  });

  it('German has every key of English', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(SURVEY_WORDS).sort());
  });

  it('the section sits after glossary and before sources in both files', () => {
    for (const file of ['content/strings/en.yaml', 'content/strings/de.yaml']) {
      const top = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /^[a-zA-Z]+:/.test(l))
        .map((l) => l.slice(0, l.indexOf(':')));
      expect(top.slice(top.indexOf('glossary'), top.indexOf('glossary') + 3), file).toEqual(['glossary', 'survey', 'sources']);
    }
  });

  it('names the file, line and key of a missing survey word', () => {
    const errors = checkGerman((text) => text.replace(/^ {2}excludedRow: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', 'survey:');
    const english = lineOf('content/strings/en.yaml', '  excludedRow:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "survey.excludedRow": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('names the file, line and key of a survey word that drops a placeholder', () => {
    const errors = checkGerman((text) => text.replace("excludedRow: 'Zeile {row}: {reason}'", "excludedRow: 'Zeile {row}'"));
    const line = lineOf('content/strings/de.yaml', '  excludedRow:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${line}: field "survey.excludedRow": uses {row} where content/strings/en.yaml uses {reason}, {row}; keep the same placeholders, translated around`,
    ]);
  });
});

describe('a German page', () => {
  it('words the reasons of excluded rows, with the cell in German quotation marks', () => {
    expect(readAnswer('11', 'nps', de)).toEqual({ kind: 'refused', reason: '„11“ liegt außerhalb der Skala 0-10' });
    expect(readAnswer('9,5', 'nps', de)).toEqual({ kind: 'refused', reason: '„9,5“ ist keine ganze Zahl auf der Skala 0-10' });
    expect(readAnswer('k. A.', 'csat', de)).toEqual({ kind: 'refused', reason: '„k. A.“ ist kein Wert auf der Skala 1-5' });
  });

  it("still reads the platforms' German answer labels", () => {
    expect(readAnswer('Sehr zufrieden', 'csat', de)).toEqual({ kind: 'score', value: 5 });
    expect(readAnswer('Stimme eher zu', 'ces', de)).toEqual({ kind: 'score', value: 5 });
  });

  it('lists the excluded rows of bad-values.csv in German, the blank segment and an unnamed column too', () => {
    const text = readFileSync(new URL('../../fixtures/survey/bad-values.csv', import.meta.url), 'utf8');
    const inspection = inspect(text, de);
    const tallies = analyse(text, inspection, inspection.mapping, undefined, de);
    expect(tallies.firstExcluded).toEqual([
      { row: 3, reason: '„11“ liegt außerhalb der Skala 0-10' },
      { row: 5, reason: '„N/A“ ist kein Wert auf der Skala 0-10' },
      { row: 7, reason: '„9.5“ ist keine ganze Zahl auf der Skala 0-10' },
      { row: 9, reason: 'kein Wert beantwortet' },
      { row: 11, reason: '„-1“ liegt außerhalb der Skala 0-10' },
    ]);
    // A third column without a heading, and a blank region: "Spalte 3", "(keine Angabe)".
    const named = inspect('region,nps,\nNord,10,a\n,9,b\nSüd,8,a\n', de);
    expect(named.header.labels).toEqual(['region', 'nps', 'Spalte 3']);
    const regions = analyse('region,nps,\nNord,10,a\n,9,b\nSüd,8,a\n', named, { ...named.mapping, segments: [0] }, undefined, de);
    expect(regions.segments[0]!.map(([name]) => name)).toEqual(['Nord', '(keine Angabe)', 'Süd']);
  });

  it('titles and summarises the trend chart in German', () => {
    // One month, 3 promoters and 1 detractor of 4: NPS = 100 × (3 − 1) / 4 = 50.
    const nps = estimateNps({ promoters: 3, passives: 0, detractors: 1 })!;
    const group = { name: '2024-01', responses: 4, nps, smallSample: true } as GroupScores;
    const spec = trendSpecIn([group], 'nps', de.periodMonth, (x) => x.toFixed(0), de);
    expect(spec.title).toBe('NPS je Monat mit 95-%-Intervall');
    expect(spec.categoryTitle).toBe('Monat');
    expect(spec.summary).toMatch(/^2024-01: 50 Punkte \(95-%-Intervall -?\d+ bis \d+\)\.$/);
    expect(spec.series.map((s) => s.label)).toEqual(['Untere Grenze des 95-%-Intervalls', 'NPS', 'Obere Grenze des 95-%-Intervalls']);
  });

  it("summarises the drivers' quadrant chart in German", () => {
    // One rating: the lines cross at its own values, so it is on both lines: "keep up", none to fix first.
    const chart = quadrantChartIn(
      [
        {
          label: 'Lieferung',
          importance: { value: 0.5, low: 0.1, high: 0.8 } as never,
          performance: { mean: 5 } as never,
          min: 0,
          max: 10,
        },
      ],
      (x) => x.toFixed(1).replace('.', ','),
      de,
    );
    expect(chart.summary).toBe(
      '1 Bewertung; die Linien kreuzen sich bei Wichtigkeit 0,5 und Leistung 50,0 % der Skala. ' +
        'Keine Bewertung ist zugleich wichtiger und schwächer als die meisten.',
    );
  });

  it('writes the CSV export with German heads, measures and units, numbers as numbers', () => {
    const nps = estimateNps({ promoters: 3, passives: 0, detractors: 1 })!;
    const all = { name: de.allResponses, responses: 4, nps, smallSample: true } as GroupScores;
    expect(csvHeaderIn(de)).toEqual([
      'Ansicht',
      'Gruppe',
      'Kennzahl',
      'Wert',
      'Untergrenze (95 %)',
      'Obergrenze (95 %)',
      'Einheit',
      'Antworten',
    ]);
    const rows = csvRowsIn([{ title: de.allResponses, groups: [all] }], de);
    expect(rows[0]).toEqual(['Alle Antworten', 'Alle Antworten', 'Verwendete Antworten', 4, null, null, 'Antworten', 4]);
    expect(rows[1]!.slice(0, 4)).toEqual(['Alle Antworten', 'Alle Antworten', 'NPS', 50]);
    expect(rows[1]![6]).toBe('NPS-Punkte');
  });

  it('warns of many comparisons in German from five on', () => {
    expect(comparisonsWarning(4, de.manyComparisons)).toBeUndefined();
    expect(comparisonsWarning(5, de.manyComparisons)).toMatch(/^Hier werden 5 Vergleiche auf einmal beurteilt\./);
  });
});
