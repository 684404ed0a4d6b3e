// Properties of the cost-of-churn model over the whole input range of its form, and what its
// island shows: never NaN, Infinity or a blank.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateChurn } from '../../../src/calculators/churn/calculate.ts';
import { CHURN_FIELDS } from '../../../src/calculators/churn/fields.ts';
import { ChurnInputSchema, type ChurnInput } from '../../../src/calculators/churn/schema.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { churnDefinition } from '../../../src/islands/churn/churn-definition.ts';
import { churnWorking } from '../../../src/islands/churn/churn-working.ts';
import { oracleChurn } from './churn-oracle.ts';
import { texts } from './clv-helpers.ts';

/** Any input the form accepts: every field anywhere in its declared range (including its edges). */
const anyInput = fc.record(
  Object.fromEntries(
    fieldSpecs(CHURN_FIELDS).map((s) => [
      s.key,
      s.integer ? fc.integer({ min: s.min, max: s.max }) : fc.double({ min: s.min, max: s.max, noNaN: true, noDefaultInfinity: true }),
    ]),
  ),
) as unknown as fc.Arbitrary<ChurnInput>;
const percent = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });

/** Every number anywhere in a result. */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, out));
  return out;
}
/** a and b agree to `rel` of `scale` (the size of the sums they come from). */
const near = (a: number, b: number, scale: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(scale));
const BAD = /NaN|Infinity|∞|undefined|null|\[object/;

describe('cost-of-churn properties', () => {
  it('the arbitrary covers only inputs the schema accepts', () => {
    fc.assert(fc.property(anyInput, (i) => ChurnInputSchema.safeParse(i).success));
  });

  it('every result is finite everywhere in the input range', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        expect(numbers(calculateChurn(i)).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the year-by-year oracle', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const r = calculateChurn(i);
        const o = oracleChurn(i);
        const big = i.customers * Math.max(i.revenuePerCustomer, i.replacementCost) * i.horizon;
        expect(near(r.customersLostPerYear, o.customersLostPerYear, i.customers)).toBe(true);
        expect(near(r.revenueLostPerYear, o.revenueLostPerYear, big)).toBe(true);
        expect(near(r.marginLostPerYear, o.marginLostPerYear, big)).toBe(true);
        expect(near(r.standStillSpendPerYear, o.standStillSpendPerYear, big)).toBe(true);
        expect(near(r.standStillSpendHorizon, o.standStillSpendHorizon, big)).toBe(true);
        expect(near(r.revenueLostHorizon, o.revenueLostHorizon, big)).toBe(true);
        expect(near(r.marginLostHorizon, o.marginLostHorizon, big)).toBe(true);
        expect(near(r.valueOfOneKept, o.valueOfOneKept, i.revenuePerCustomer * i.horizon)).toBe(true);
        r.cuts.forEach((c, k) => expect(near(c.value, o.cutValues[k]!, big)).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('more churn never loses less: every lost figure rises (or stays) with churn', () => {
    fc.assert(
      fc.property(anyInput, percent, percent, (i, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = calculateChurn({ ...i, churn: lo });
        const high = calculateChurn({ ...i, churn: hi });
        const slack = 1e-12 * Math.max(1, high.revenueLostHorizon, high.standStillSpendHorizon);
        expect(high.customersLostPerYear).toBeGreaterThanOrEqual(low.customersLostPerYear);
        expect(high.marginLostPerYear).toBeGreaterThanOrEqual(low.marginLostPerYear);
        expect(high.standStillSpendHorizon).toBeGreaterThanOrEqual(low.standStillSpendHorizon - slack);
        expect(high.marginLostHorizon).toBeGreaterThanOrEqual(low.marginLostHorizon - slack);
        expect(high.revenueLostHorizon).toBeGreaterThanOrEqual(low.revenueLostHorizon - slack);
        expect(high.valueOfOneKept).toBeLessThanOrEqual(low.valueOfOneKept * (1 + 1e-12));
      }),
    );
  });

  it('a cut is worth at least nothing, never more than all the lost margin, and more for more points', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const r = calculateChurn(i);
        const slack = 1e-9 * Math.max(1, r.marginLostHorizon);
        const [one, two, five] = r.cuts;
        for (const c of r.cuts) {
          expect(c.value).toBeGreaterThanOrEqual(-slack);
          expect(c.value).toBeLessThanOrEqual(r.marginLostHorizon + slack);
          expect(c.churn).toBeGreaterThanOrEqual(0);
          expect(c.applied).toBeLessThanOrEqual(c.points);
        }
        expect(two.value).toBeGreaterThanOrEqual(one.value - slack);
        expect(five.value).toBeGreaterThanOrEqual(two.value - slack);
      }),
    );
  });

  it('the year-by-year lost margin grows each year and the cut never loses more', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const r = calculateChurn(i);
        r.years.slice(1).forEach((y, k) => expect(y.marginLost).toBeGreaterThanOrEqual(r.years[k]!.marginLost));
        r.years.forEach((y) => expect(y.marginLostWithCut).toBeLessThanOrEqual(y.marginLost * (1 + 1e-12)));
      }),
    );
  });
});

describe('cost-of-churn display', () => {
  it('loads its working on demand: the loader resolves to churnWorking', async () =>
    expect(await churnDefinition.working()).toBe(churnWorking));

  it('never shows NaN, Infinity or a blank result', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('en-GB', 'de-DE'), (input, locale) => {
        const fmt = makeFormatters({ currency: 'EUR', locale });
        const view = { input, result: calculateChurn(input), fmt, labels: {} };
        const results = churnDefinition.results(view);
        for (const r of results) {
          expect(r.value.trim()).not.toBe('');
          expect(r.value).not.toMatch(BAD);
          if (typeof r.csv === 'number') expect(Number.isFinite(r.csv)).toBe(true);
        }
        for (const t of texts([results, churnWorking(view), churnDefinition.summary(view)])) expect(t).not.toMatch(BAD);
        const chart = churnDefinition.charts(view)[0]!;
        expect(chart.series.flatMap((s) => s.values.flat()).every(Number.isFinite)).toBe(true);
        expect(chart.summary).not.toMatch(BAD);
        expect(chart.title).not.toMatch(BAD);
      }),
      { numRuns: 300 },
    );
  });

  it('says when a cut is capped at today’s churn', () => {
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const input: ChurnInput = {
      customers: 1000,
      churn: 3,
      revenuePerCustomer: 500,
      margin: 40,
      replacementCost: 300,
      horizon: 3,
      discountRate: 10,
      churnCut: 5,
    };
    const items = churnDefinition.results({ input, result: calculateChurn(input), fmt, labels: {} });
    // Churn 3%: the 5-point cut takes it to 0%, keeping 1,000 × 0.03 = 30 customers.
    expect(items.find((r) => r.id === 'cut-own')?.note).toBe(
      'Churn 3% → 0%; 30 customers kept in the first year; capped at 3 points, since churn cannot fall below 0%',
    );
    expect(items.find((r) => r.id === 'cut-1')?.note).toBe('Churn 3% → 2%; 10 customers kept in the first year');
  });
});
