// The cost-of-churn tool's own words live in content/strings/<lang>.yaml under tools.churn: the
// English file holds exactly the default words the code falls back on, a German page gets German
// words, and a strings file that lacks a tool word is named by file, line and key.
import { describe, expect, it } from 'vitest';
import { calculateChurn } from '../../../src/calculators/churn/calculate.ts';
import type { ChurnInput } from '../../../src/calculators/churn/schema.ts';
import { CHURN_WORDS, type ChurnWords } from '../../../src/calculators/churn/words.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { churnDefinition, churnDefinitionIn } from '../../../src/islands/churn/churn-definition.ts';
import { churnWorkingIn } from '../../../src/islands/churn/churn-working-in.ts';
import { checkGerman, germanStyle, lineOf, stringsUnder } from './tool-words-helpers.ts';

/** The `tools.churn.*` strings of one language's file, keys without the prefix. */
const churnStrings = (code: string) => stringsUnder(code, 'tools.churn.');

// 1,000 customers, 20% churn, 100 a year each at 50% margin (m = 50), over 2 years, not discounted,
// and the reader's own cut of 5 points (churn 15%).
const input: ChurnInput = {
  customers: 1000,
  churn: 20,
  revenuePerCustomer: 100,
  margin: 50,
  replacementCost: 10,
  horizon: 2,
  discountRate: 0,
  churnCut: 5,
};
const labels = {};

describe('churn words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(churnStrings('en')).toEqual(CHURN_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(churnStrings('de')).sort()).toEqual(Object.keys(CHURN_WORDS).sort());
  });

  it('the definition in code uses the default words and loads the default working', async () => {
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const view = { input, result: calculateChurn(input), fmt, labels };
    // Margin lost over 2 years: year 1 loses nothing (everyone is there at its start), year 2 loses
    // 1,000 × (1 − 0.8) × 50 = 10,000. At 15% churn year 2 loses 1,000 × 0.15 × 50 = 7,500, so the cut is worth 2,500.
    expect(churnDefinition.summary(view)).toBe('Margin lost over 2 years: €10,000. Cutting churn by 5 points is worth €2,500.');
    expect((await churnDefinition.working())(view)[0]!.label).toBe('Margin per customer per year');
  });

  it('names the file, line and key of a missing tool word', () => {
    // Deleting the cutOwnLabel line from de.yaml: the check reports it at its group (`  churn:`
    // under `tools:`) and points at the line of en.yaml that has it.
    const errors = checkGerman((text) => text.replace(/^ {4}cutOwnLabel: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', '  churn:');
    const english = lineOf('content/strings/en.yaml', '    cutOwnLabel:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "tools.churn.cutOwnLabel": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('a German page shows German results, working and chart', () => {
    const de = churnStrings('de') as ChurnWords;
    const definition = churnDefinitionIn(de);
    const fmt = makeFormatters(germanStyle());
    const view = { input, result: calculateChurn(input), fmt, labels };
    const results = definition.results(view);
    // The same figures as in English above; German puts a no-break space before € and %.
    expect(results[0]!.label).toBe('Verlorene Marge über 2 Jahre');
    expect(results[0]!.note).toBe('Heutige Kunden, keiner ersetzt, in heutigem Geld bei 0\u00a0% pro Jahr');
    // The own cut keeps 1,000 × 5% = 50 customers in the first year.
    expect(results[1]!.label).toBe('Wert einer Churn-Senkung um 5 Punkte');
    expect(results[1]!.note).toBe('Churn 20\u00a0% → 15\u00a0%; 50 Kunden im ersten Jahr gehalten');
    expect(definition.summary(view)).toBe(
      'Verlorene Marge über 2 Jahre: 10.000\u00a0€. Den Churn um 5 Punkte zu senken, ist 2.500\u00a0€ wert.',
    );
    expect(definition.groups?.map((g) => g.legend)).toEqual(['Ihr Kundenstamm heute', 'Geld im Zeitverlauf', 'Was, wenn der Churn sänke?']);
    // Customers lost a year: 1,000 × 20% = 200.
    const working = churnWorkingIn(de)(view);
    expect(working.find((s) => s.label === 'Verlorene Kunden pro Jahr')!.substituted).toBe('1.000 × 20\u00a0%');
    expect(working.find((s) => s.label === 'Verlorene Marge über 2 Jahre')!.result).toBe('10.000\u00a0€');
    const [chart] = definition.charts(view);
    expect(chart!.title).toBe('Verlorene Marge je Jahr über 2 Jahre, beim heutigen Churn und bei einem auf 15\u00a0% gesenkten Churn');
    expect(chart!.categories).toEqual(['Jahr 1', 'Jahr 2']);
    // Year 2 loses 10,000 at 20% churn and 7,500 at 15%, as above.
    expect(chart!.summary).toBe(
      'Bei 20\u00a0% Churn und ohne ersetzte Kunden gehen im Jahr 2 10.000\u00a0€ Marge verloren; bei 15\u00a0% Churn sind es 7.500\u00a0€. Die Beträge sind nicht abgezinst.',
    );
  });

  it('a cut larger than today’s churn says in German that it was capped', () => {
    const de = churnStrings('de') as ChurnWords;
    const fmt = makeFormatters(germanStyle());
    // A 25-point cut on 20% churn is capped at 20 points: churn 0%, all 1,000 × 20% = 200 leavers kept.
    const capped = { ...input, churnCut: 25 };
    const own = churnDefinitionIn(de).results({ input: capped, result: calculateChurn(capped), fmt, labels })[1]!;
    expect(own.note).toBe(
      'Churn 20\u00a0% → 0\u00a0%; 200 Kunden im ersten Jahr gehalten; auf 20 Punkte begrenzt, da der Churn nicht unter 0 % fallen kann',
    );
  });
});
