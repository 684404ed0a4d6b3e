// The CLV tool's own words live in content/strings/<lang>.yaml under tools.clv: the English file
// holds exactly the default words the code falls back on, a German page gets German words, and a
// strings file that lacks a tool word is named by file, line and key.
import { describe, expect, it } from 'vitest';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';
import { CLV_WORDS, type ClvWords } from '../../../src/calculators/clv/words.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { clvDefinitionIn } from '../../../src/islands/clv/clv-definition.ts';
import { clvWorkingIn } from '../../../src/islands/clv/clv-working-in.ts';
import { checkGerman, lineOf, stringsUnder } from './tool-words-helpers.ts';

/** The `tools.clv.*` strings of one language's file, keys without the prefix. */
const clvStrings = (code: string) => stringsUnder(code, 'tools.clv.');

describe('CLV words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(clvStrings('en')).toEqual(CLV_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(clvStrings('de')).sort()).toEqual(Object.keys(CLV_WORDS).sort());
  });

  it('names the file, line and key of a missing tool word', () => {
    // Deleting the clvLabel line from de.yaml: the check reports it at its group (`  clv:` under
    // `tools:`) and points at the line of en.yaml that has it.
    const errors = checkGerman((text) => text.replace(/^ {4}clvLabel: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', '  clv:');
    const english = lineOf('content/strings/en.yaml', '    clvLabel:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "tools.clv.clvLabel": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('names the file, line and key of a tool word that drops a placeholder', () => {
    const errors = checkGerman((text) => text.replace("horizonLabel: 'CLV über {years}'", "horizonLabel: 'CLV im Zeitraum'"));
    const line = lineOf('content/strings/de.yaml', '    horizonLabel:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${line}: field "tools.clv.horizonLabel": uses no placeholder where content/strings/en.yaml uses {years}; keep the same placeholders, translated around`,
    ]);
  });

  it('a German page shows German results, working and chart', () => {
    // The defaults: m = 60 × 3 × 40% = 72; CLV = 72 / (1 + 0.08 − 0.70) = 72 / 0.38 = 189.47 → "189 €";
    // CLV/CAC = 189.47 / 120 = 1.58 → "1,6 zu 1"; months to recover = 120 / (72 / 12) = 20 → "20 Monate";
    // (German money puts a no-break space before €). lifetime = 1 / 0.3 = 3.33 → "3,3 Jahre"; horizon 10 → "CLV über 10 Jahre".
    const input = {
      orderValue: 60,
      ordersPerYear: 3,
      margin: 40,
      retention: 70,
      discountRate: 8,
      acquisitionCost: 120,
      horizon: 10,
      retentionWhatIf: 5,
    };
    const de = clvStrings('de') as ClvWords;
    const definition = clvDefinitionIn(de);
    const fmt = makeFormatters({ currency: 'EUR', locale: 'de-DE' });
    const view = { input, result: calculateClv(input), fmt, labels: {} };
    const results = definition.results(view);
    expect(results[0]!.label).toBe('CLV über alle künftigen Jahre');
    expect(results.find((r) => r.id === 'clv-horizon')!.label).toBe('CLV über 10 Jahre');
    expect(results.find((r) => r.id === 'lifetime')!.value).toBe('3,3 Jahre');
    expect(definition.summary(view)).toBe(
      'CLV über alle künftigen Jahre 189\u00a0€. CLV zu CAC 1,6 zu 1. Monate, bis die CAC gedeckt sind: 20 Monate.',
    );
    expect(clvWorkingIn(de)(view)[1]).toMatchObject({ label: 'Erwartete Kundenlebensdauer', formula: 'Lebensdauer = 1 / (1 − r)' });
    // Year 1 alone brings 72 / 1.08 = 66.67 < 120, years 1 and 2 bring 66.67 + 72 × 0.7 / 1.08² = 109.88 < 120,
    // year 3 adds 72 × 0.49 / 1.08³ = 28.01 → 137.89 ≥ 120: covered in year 3.
    const chart = definition.charts(view)[0]!;
    expect(chart.title).toBe('Aufbau des CLV über 10 Jahre, verglichen mit den Akquisitionskosten');
    expect(chart.categories?.[0]).toBe('Jahr 1');
    expect(chart.summary).toMatch(/in Jahr 3\.$/);
  });
});
