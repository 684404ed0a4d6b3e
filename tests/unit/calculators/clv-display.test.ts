// What the CLV island shows: for any valid input, every text on the page (results, working,
// chart, announcement, CSV values) is a real value: never NaN, Infinity, undefined or blank.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';
import type { ClvInput } from '../../../src/calculators/clv/schema.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { clvDefinition } from '../../../src/islands/clv/clv-definition.ts';
import { texts } from './clv-helpers.ts';
import { clvWorking } from '../../../src/islands/clv/clv-working.ts';

const n = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const anyInput: fc.Arbitrary<ClvInput> = fc.record({
  orderValue: n(0, 1e9),
  ordersPerYear: n(0, 10_000),
  margin: n(0, 100),
  retention: n(0, 99),
  discountRate: n(0, 100),
  acquisitionCost: n(0, 1e9),
  horizon: fc.integer({ min: 1, max: 50 }),
  retentionWhatIf: n(0, 99),
});
const labels = { orderValue: 'Average order value' };
const BAD = /NaN|Infinity|∞|undefined|null|\[object/;

describe('CLV display', () => {
  it('loads its working on demand: the loader resolves to clvWorking', async () => expect(await clvDefinition.working()).toBe(clvWorking));

  it('never shows NaN, Infinity or a blank result', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('en-GB', 'de-DE'), (input, locale) => {
        const fmt = makeFormatters({ currency: 'EUR', locale });
        const view = { input, result: calculateClv(input), fmt, labels };
        const results = clvDefinition.results(view);
        for (const r of results) {
          expect(r.value.trim()).not.toBe('');
          expect(r.value).not.toMatch(BAD);
          if (typeof r.csv === 'number') expect(Number.isFinite(r.csv)).toBe(true);
        }
        const all = texts([results, clvWorking(view), clvDefinition.summary(view)]);
        for (const t of all) expect(t).not.toMatch(BAD);
        const chart = clvDefinition.charts(view)[0]!;
        expect(chart.series.flatMap((s) => s.values.flat()).every(Number.isFinite)).toBe(true);
        expect(chart.summary).not.toMatch(BAD);
      }),
      { numRuns: 300 },
    );
  });
  it('puts impossible values into words', () => {
    const input = {
      orderValue: 60,
      ordersPerYear: 3,
      margin: 0,
      retention: 70,
      discountRate: 8,
      acquisitionCost: 120,
      horizon: 10,
      retentionWhatIf: 5,
    };
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const results = clvDefinition.results({ input, result: calculateClv(input), fmt, labels });
    expect(results.find((r) => r.id === 'months-to-recover')!.value).toBe('never: there is no margin');
    const free = { ...input, margin: 40, acquisitionCost: 0 };
    const r2 = clvDefinition.results({ input: free, result: calculateClv(free), fmt, labels });
    expect(r2.find((r) => r.id === 'clv-to-cac')!.value).toBe('no acquisition cost to compare');
    expect(r2.find((r) => r.id === 'months-to-recover')!.value).toBe('0 months: nothing to recover');
  });
  it('shows the default result as the page will', () => {
    // m = 72, CLV = 72 / 0.38 = 189.47 → "€189"; ratio 1.58 → "1.6 to 1"; 20 months
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
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const view = { input, result: calculateClv(input), fmt, labels };
    expect(clvDefinition.summary(view)).toBe('CLV over all future years €189. CLV to CAC 1.6 to 1. Months to recover CAC: 20 months.');
  });
});
