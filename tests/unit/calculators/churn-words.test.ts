// The cost-of-churn tool's own words live in content/strings/<lang>.yaml under tools.churn: the
// English file holds exactly the default words the code falls back on, and a German page gets
// German words. (A missing or changed tool word is named by file, line and key: clv-words.test.ts.)
import { describe, expect, it } from 'vitest';
import { calculateChurn } from '../../../src/calculators/churn/calculate.ts';
import { CHURN_WORDS, type ChurnWords } from '../../../src/calculators/churn/words.ts';
import { readStrings } from '../../../src/lib/content/strings.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { churnDefinitionIn } from '../../../src/islands/churn/churn-definition.ts';
import { churnWorkingIn } from '../../../src/islands/churn/churn-working-in.ts';

/** The `tools.churn.*` strings of one language's file, keys without the prefix. */
function churnStrings(code: string): Record<string, string> {
  const { strings } = readStrings(`content/strings/${code}.yaml`, code);
  return Object.fromEntries(
    Object.entries(strings)
      .filter(([k]) => k.startsWith('tools.churn.'))
      .map(([k, v]) => [k.slice('tools.churn.'.length), v]),
  );
}

describe('churn words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(churnStrings('en')).toEqual(CHURN_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(churnStrings('de')).sort()).toEqual(Object.keys(CHURN_WORDS).sort());
  });

  it('a German page shows German results, working and chart', () => {
    // content/tools/churn.mdx's defaults. Customers lost per year: 1,000 × 20% = 200 → "200";
    // margin per customer 500 × 40% = 200 → "200 €" (whole euros from 100 on, as formatMoney writes them); horizon 3 → "über 3 Jahre"; the own cut is 5 points.
    const input = {
      customers: 1000,
      churn: 20,
      revenuePerCustomer: 500,
      margin: 40,
      replacementCost: 300,
      horizon: 3,
      discountRate: 10,
      churnCut: 5,
    };
    const de = churnStrings('de') as ChurnWords;
    const definition = churnDefinitionIn(de);
    const fmt = makeFormatters({ currency: 'EUR', locale: 'de-DE' });
    const view = { input, result: calculateChurn(input), fmt, labels: {} };
    const results = definition.results(view);
    expect(results[0]!.label).toBe('Entgangene Marge über 3 Jahre');
    expect(results.find((r) => r.id === 'customers-lost')).toMatchObject({ label: 'Verlorene Kunden pro Jahr', value: '200' });
    expect(definition.groups?.[0]!.legend).toBe('Ihr heutiger Kundenstamm');
    // Churn 20% → 15% (de-DE writes a no-break space before %); 1,000 × 5 points = 50 customers kept.
    expect(results.find((r) => r.id === 'cut-own')!.note).toBe('Churn 20\u00a0% → 15\u00a0%; 50 Kunden im ersten Jahr gehalten');
    expect(churnWorkingIn(de)(view)[0]).toMatchObject({ label: 'Marge pro Kunde und Jahr', result: '200\u00a0€' });
    const chart = definition.charts(view)[0]!;
    expect(chart.categories).toEqual(['Jahr 1', 'Jahr 2', 'Jahr 3']);
    expect(chart.series.map((s) => s.label)).toEqual(['Entgangene Marge bei 20\u00a0% Churn', 'Entgangene Marge bei 15\u00a0% Churn']);
  });
});
