// The customer effort tool's own words live in content/strings/<lang>.yaml under tools.effort: the
// English file holds exactly the default words the code falls back on, a German page gets German
// words, and a strings file that lacks a tool word is named by file, line and key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculateEffort } from '../../../src/calculators/effort/calculate.ts';
import type { EffortInput } from '../../../src/calculators/effort/fields.ts';
import { EFFORT_WORDS, type EffortWords } from '../../../src/calculators/effort/words.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { effortDefinition, effortDefinitionIn } from '../../../src/islands/effort/effort-definition.ts';
import { effortWorkingIn } from '../../../src/islands/effort/effort-working-in.ts';
import { checkGerman, germanStyle, lineOf, stringsUnder } from './tool-words-helpers.ts';

/** The `tools.effort.*` strings of one language's file, keys without the prefix. */
const effortStrings = (code: string) => stringsUnder(code, 'tools.effort.');

// The current survey: 10 answers each of 1 to 4 and 20 each of 5 to 7, so n = 100, 60 answered 5 to 7
// (share 60%), and the mean is (10 × (1 + 2 + 3 + 4) + 20 × (5 + 6 + 7)) / 100 = (100 + 360) / 100 = 4.6.
const current = { current1: 10, current2: 10, current3: 10, current4: 10, current5: 20, current6: 20, current7: 20 };
const noPrevious = { previous1: 0, previous2: 0, previous3: 0, previous4: 0, previous5: 0, previous6: 0, previous7: 0 };
const input = {
  previousMode: 'counts',
  ...noPrevious,
  previousScores: '',
  currentMode: 'counts',
  ...current,
  currentScores: '',
} as EffortInput;
// The previous survey the same as the current one: no change.
const same = {
  ...input,
  previous1: 10,
  previous2: 10,
  previous3: 10,
  previous4: 10,
  previous5: 20,
  previous6: 20,
  previous7: 20,
} as EffortInput;
const labels = {};

describe('effort words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(effortStrings('en')).toEqual(EFFORT_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(effortStrings('de')).sort()).toEqual(Object.keys(EFFORT_WORDS).sort());
  });

  it('every word the code reads is a key of the strings (w.<key> in the effort files), and every key is read', () => {
    const files = [
      'src/calculators/effort/calculate.ts',
      'src/calculators/effort/chart.ts',
      'src/calculators/effort/parse.ts',
      'src/islands/effort/effort-view.ts',
      'src/islands/effort/effort-working-in.ts',
    ];
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bw\.(\w+)/g)].map((m) => m[1]!)));
    expect([...used].filter((k) => !(k in EFFORT_WORDS))).toEqual([]);
    expect(Object.keys(EFFORT_WORDS).filter((k) => !used.has(k))).toEqual([]);
  });

  it('the definition in code uses the default words and loads the default working', async () => {
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const view = { input: same, result: calculateEffort(same), fmt, labels };
    // Share 60%, mean 4.6 (above; the formatters drop trailing zeros); the two surveys are the same, so the change is none.
    expect(effortDefinition.summary(view)).toBe('Current survey: 60% answered 5 to 7, mean 4.6. Change in the share: no change.');
    expect((await effortDefinition.working())(view)[0]!.label).toBe('Share answering 5 to 7, previous survey');
  });

  it('names the file, line and key of a missing tool word', () => {
    // Deleting the shareChangeLabel line from de.yaml: the check reports it at its group (`  effort:`
    // under `tools:`) and points at the line of en.yaml that has it.
    const errors = checkGerman((text) => text.replace(/^ {4}shareChangeLabel: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', '  effort:');
    const english = lineOf('content/strings/en.yaml', '    shareChangeLabel:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "tools.effort.shareChangeLabel": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('a German page shows German results, table, working and chart', () => {
    const de = effortStrings('de') as EffortWords;
    const definition = effortDefinitionIn(de);
    const fmt = makeFormatters(germanStyle());
    const view = { input, result: calculateEffort(input), fmt, labels };
    const results = definition.results(view);
    // Share 60 %, from 100 answers (not a small sample: 30 or more).
    expect(results[0]!.label).toBe('Anteil der Antworten 5 bis 7, aktuelle Umfrage');
    expect(results[0]!.value).toBe('60\u00a0%');
    expect(results[0]!.note).toMatch(/^95-%-Intervall .* \(Wilson\), aus 100 Antworten$/);
    // No previous answers: the change waits for both surveys, and the summary says "noch nicht".
    expect(results[1]!.value).toBe('Braucht beide Umfragen');
    expect(definition.summary(view)).toBe(
      'Aktuelle Umfrage: 60\u00a0% antworteten mit 5 bis 7, Mittelwert 4,6. Veränderung des Anteils: noch nicht.',
    );
    expect(definition.groups?.map((g) => g.legend)).toEqual([
      'Vorherige Umfrage',
      'Vorherige Umfrage: Antworten 1 bis 7',
      'Vorherige Umfrage: eingefügte Antworten',
      'Aktuelle Umfrage',
      'Aktuelle Umfrage: Antworten 1 bis 7',
      'Aktuelle Umfrage: eingefügte Antworten',
    ]);
    const table = definition.tables!(view)[0]!;
    expect(table.title).toBe('Die beiden Umfragen');
    expect(table.rows).toEqual([['Aktuelle Umfrage', '100', '10', '10', '10', '10', '20', '20', '20', '60\u00a0%', '4,6']]);
    const working = effortWorkingIn(de)(view);
    // 60 of 100 answered 5 to 7.
    expect(working[0]!.label).toBe('Anteil der Antworten 5 bis 7, aktuelle Umfrage');
    expect(working[0]!.substituted).toBe('p = 60 / 100; z = 1,96');
    const [chart] = definition.charts(view);
    expect(chart!.title).toBe('Wie sich die Antworten von 1 bis 7 in jeder Umfrage verteilen');
    expect(chart!.summary).toBe(
      'Antworten von 5 bis 7 (leicht): keine Antworten in der vorherigen Umfrage und 60\u00a0% in der aktuellen.',
    );
    expect(chart!.categories?.[0]).toBe('Antwort 1');
  });

  it('a verdict inside a German sentence starts in lower case, nouns keep their capital', () => {
    const de = effortStrings('de') as EffortWords;
    const fmt = makeFormatters(germanStyle());
    const view = { input: same, result: calculateEffort(same), fmt, labels };
    const definition = effortDefinitionIn(de);
    // The same answers twice: a difference of 0, whose interval includes 0.
    expect(definition.summary(view)).toBe(
      'Aktuelle Umfrage: 60\u00a0% antworteten mit 5 bis 7, Mittelwert 4,6. Veränderung des Anteils: keine Veränderung.',
    );
    expect(definition.results(view)[1]!.note).toMatch(/ Punkte \(Newcombe\); keine Veränderung: das Intervall schließt 0 ein$/);
  });

  it('a German page gives the model messages in German: an empty survey, a bad pasted line, the comparison', () => {
    const de = effortStrings('de') as EffortWords;
    const definition = effortDefinitionIn(de);
    const fmt = makeFormatters(germanStyle());
    // No previous answers (counts all 0), and a pasted current column with a word on line 2.
    const bad = { ...input, currentMode: 'scores', currentScores: '5\nsieben\n6' } as EffortInput;
    expect(definition.form.rules!(bad)).toEqual([{ field: 'currentScores', message: 'Zeile 2: "sieben" ist keine Antwort von 1 bis 7' }]);
    const results = definition.results({ input: bad, result: definition.calculate(bad), fmt, labels });
    expect(results[0]).toMatchObject({ value: 'Eingaben korrigieren', note: 'Zeile 2: "sieben" ist keine Antwort von 1 bis 7.' });
    expect(results[1]!.note).toBe('Geben Sie beide Umfragen ein, um sie zu vergleichen.');
    expect(results[4]!.note).toBe(
      'Die vorherige Umfrage hat noch keine Antworten: Geben Sie ein, wie viele Personen jede Antwort von 1 bis 7 gegeben haben.',
    );
  });

  it('the model messages of the default words are the English ones the code gave before', () => {
    // Seven bad lines: five listed, the other two summed up.
    const bad = { ...input, currentMode: 'scores', currentScores: 'a\nb\nc\nd\ne\nf\ng' } as EffortInput;
    const current = calculateEffort(bad).current;
    expect(current.status === 'invalid' && current.issues.map((i) => i.message)).toEqual([
      'line 1: "a" is not an answer from 1 to 7',
      'line 2: "b" is not an answer from 1 to 7',
      'line 3: "c" is not an answer from 1 to 7',
      'line 4: "d" is not an answer from 1 to 7',
      'line 5: "e" is not an answer from 1 to 7',
      '…and 2 more lines that are not an answer from 1 to 7',
    ]);
    expect(calculateEffort(input).comparison).toEqual({
      status: 'unavailable',
      message: 'Enter the previous survey to compare the current one with it',
    });
  });
});
