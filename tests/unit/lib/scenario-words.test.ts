// The saved scenarios' words live in content/strings/<lang>.yaml under `calculator.scenario*`: the
// English file holds exactly the words the code falls back on (src/lib/browser/scenario-words.ts),
// German has every key, and with the German words a scenario's messages, its comparison's CSV and
// the sources' words ("im Link stand") are German, with German quotation marks.
import { describe, expect, it } from 'vitest';
import { CLV_FIELDS } from '../../../src/calculators/clv/fields.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { SCENARIO_WORD_KEYS, type ScenarioWords } from '../../../src/lib/browser/calculator-words.ts';
import { SCENARIO_SOURCE_WORDS, SCENARIO_WORDS } from '../../../src/lib/browser/scenario-words.ts';
import {
  addScenario,
  checkScenarioValues,
  comparisonCsv,
  FROM_LINK,
  FROM_STORAGE,
  LIST_MAX,
  mergeScenarios,
  nameProblem,
  renameScenario,
  scenarioSource,
  type Comparison,
} from '../../../src/lib/browser/scenarios.ts';
import type { StateContext } from '../../../src/lib/browser/url-state.ts';
import { calculatorWords } from './words-from-strings.ts';

const german = calculatorWords('de');
const english = calculatorWords('en');
const defaults = {
  orderValue: 60,
  ordersPerYear: 3,
  margin: 40,
  retention: 70,
  discountRate: 8,
  acquisitionCost: 120,
  horizon: 10,
  retentionWhatIf: 5,
};
const labels = { margin: 'Bruttomarge', retention: 'Jährliche Kundenbindung', horizon: 'Jahre im Diagramm' };
const de: StateContext = { specs: fieldSpecs(CLV_FIELDS), labels, defaults, style: { currency: 'EUR', locale: 'de-DE', words: german } };

describe('scenario words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    const keys = Object.keys(SCENARIO_WORDS) as (keyof ScenarioWords)[];
    expect(Object.fromEntries(keys.map((k) => [k, english[k]]))).toEqual(SCENARIO_WORDS);
    // Every scenario key is in the copy, and the copy holds nothing else but the shared words.
    expect(keys.filter((k) => k.startsWith('scenario')).sort()).toEqual([...SCENARIO_WORD_KEYS].sort());
  });

  it('German has every key, none left empty or missing', () => {
    for (const k of SCENARIO_WORD_KEYS) expect(german[k], k).toMatch(/\S/);
    for (const k of SCENARIO_WORD_KEYS) expect(german[k], k).not.toMatch(/^\(missing/);
  });
});

describe('scenario messages in German', () => {
  const check = checkScenarioValues(de, german);
  const link = scenarioSource('link', german);
  const saved = scenarioSource('saved', german);

  it('names a bad value with the German source words and German quotation marks', () => {
    expect(check({ ...defaults, retention: '150', evil: 1 }, link).problems).toEqual([
      'Jährliche Kundenbindung darf höchstens 99\u00a0% betragen; im Link stand 150\u00a0%.',
      'Im Link standen Felder, die dieser Rechner nicht kennt; sie wurden übergangen: „evil“.',
    ]);
    expect(check({ ...defaults, horizon: 2.5 }, saved).problems).toEqual([
      'Jahre im Diagramm muss eine ganze Zahl sein; in Ihrem gespeicherten Szenario stand 2,5 Jahre.',
    ]);
  });

  it('says in German which scenarios of a list were left out or renamed', () => {
    const base = { name: 'Basisfall', values: defaults };
    const out = mergeScenarios(
      [base],
      [
        { name: '', values: defaults },
        { name: 'basisfall', values: { ...defaults, margin: 50 } },
      ],
      check,
      link,
      german,
    );
    expect(out.problems).toEqual([
      'Szenario 1 im Link hat keinen Namen und wurde daher weggelassen.',
      '„basisfall“ weicht von Ihrem gleichnamigen Szenario ab und wurde deshalb als „basisfall (2)“ hinzugefügt.',
    ]);
    const full = Array.from({ length: LIST_MAX }, (_, i) => ({ name: `S${i + 1}`, values: defaults }));
    expect(mergeScenarios(full, [{ name: 'Neu', values: defaults }], check, saved, german).problems).toEqual([
      '„Neu“ wurde weggelassen: Es werden höchstens 10 Szenarien behalten. Löschen Sie eines und öffnen Sie den Link noch einmal.',
    ]);
  });

  it('refuses a name in German', () => {
    const list = [{ name: 'Basisfall', values: defaults }];
    expect(nameProblem(' ', list, undefined, german)).toBe('Geben Sie dem Szenario einen Namen, etwa „Basisfall“.');
    expect(addScenario(list, 'BASISFALL', defaults, german)).toEqual({
      ok: false,
      error: 'Es gibt schon ein Szenario namens „Basisfall“: Wählen Sie einen anderen Namen.',
    });
    expect(renameScenario(list, 'Basisfall', 'x'.repeat(41), german)).toEqual({
      ok: false,
      error: 'Ein Name darf höchstens 40 Zeichen haben; dieser hat 41.',
    });
  });

  it('writes the comparison’s CSV heads in German', () => {
    const c: Comparison = { names: ['A', 'B'], inputs: [], results: [] };
    expect(comparisonCsv(c, 'clv', 'EUR', german)).toEqual([
      ['Werkzeug', 'clv'],
      ['Währung', 'EUR'],
      [],
      ['Eingabe', 'A', 'B', 'Einheit', 'Abweichend von A'],
      [],
      ['Ergebnis', 'A', 'B', 'Einheit', 'Abweichend von A'],
    ]);
  });
});

describe('the sources in the default language', () => {
  it('FROM_LINK and FROM_STORAGE, written out for the business case, are the English words', () => {
    expect(FROM_LINK).toEqual(scenarioSource('link', SCENARIO_SOURCE_WORDS));
    expect(FROM_STORAGE).toEqual(scenarioSource('saved', SCENARIO_SOURCE_WORDS));
  });
});
