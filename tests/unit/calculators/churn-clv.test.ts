// The cost-of-churn tool against the CLV tool where they overlap (docs/methods/churn.md, "How it
// fits with customer lifetime value").
//
// Derivation. A customer kept at the end of a year, who would otherwise have left, is from then on
// like a newly won one: a year of margin m for certain, then retention r = 1 − c. Valued at that
// moment, their margin over H years is sum for t = 1..H of m r^(t−1) / (1 + d)^t, which is the CLV
// tool's horizon CLV with order value × orders = R (orders 1), margin g, retention 1 − c, rate d.
// For the whole base, the margin lost over H years is
//   sum N (1 − r^(t−1)) m / (1 + d)^t = N m A − N CLV_H(r), with A = sum 1 / (1 + d)^t,
// so a cut to r′ saves N m A − N CLV_H(r) − (N m A − N CLV_H(r′)) = N [CLV_H(r′) − CLV_H(r)].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateChurn } from '../../../src/calculators/churn/calculate.ts';
import type { ChurnInput } from '../../../src/calculators/churn/schema.ts';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/** Inputs where retention 100 − churn (and after the chosen cut) stays inside the CLV tool's 0-99%. */
const overlap: fc.Arbitrary<ChurnInput> = fc
  .record({
    customers: num(0, 1e6),
    churn: num(1, 100),
    revenuePerCustomer: num(0, 1e6),
    margin: num(0, 100),
    replacementCost: num(0, 1e6),
    horizon: fc.integer({ min: 1, max: 50 }),
    discountRate: num(0, 100),
    churnCut: num(0, 100),
  })
  .map((i) => ({ ...i, churnCut: Math.min(i.churnCut, i.churn - 1) }));

/** The CLV tool's horizon CLV for a customer paying `revenue` a year at `margin`, retention `retention`%. */
const clvHorizon = (i: ChurnInput, retention: number) =>
  calculateClv({
    orderValue: i.revenuePerCustomer,
    ordersPerYear: 1,
    margin: i.margin,
    retention,
    discountRate: i.discountRate,
    acquisitionCost: i.replacementCost,
    horizon: i.horizon,
    retentionWhatIf: 0,
  }).clvHorizon;

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('cost of churn against CLV', () => {
  it('the defaults: one kept customer is worth the CLV tool’s horizon CLV', () => {
    // R 500, g 40%, retention 100 − 20 = 80%, d 10%, H 3: CLV over 3 years = 200/1.1 + 160/1.21 + 128/1.331 = 410.2179
    const input: ChurnInput = {
      customers: 1000,
      churn: 20,
      revenuePerCustomer: 500,
      margin: 40,
      replacementCost: 300,
      horizon: 3,
      discountRate: 10,
      churnCut: 5,
    };
    const r = calculateChurn(input);
    expect(clvHorizon(input, 80)).toBeCloseTo(410.2178813, 6);
    expect(r.valueOfOneKept).toBeCloseTo(clvHorizon(input, 80), 9);
    // 1,000 × (CLV_3 at 85% − CLV_3 at 80%) = 1,000 × (430.8790 − 410.2179) = 20,661.16
    expect(r.cuts[3].value).toBeCloseTo(1000 * (clvHorizon(input, 85) - clvHorizon(input, 80)), 6);
  });

  it('everywhere they overlap: one kept customer = horizon CLV; a cut = N × the gain in horizon CLV', () => {
    fc.assert(
      fc.property(overlap, (i) => {
        const r = calculateChurn(i);
        const base = clvHorizon(i, 100 - i.churn);
        expect(close(r.valueOfOneKept, base)).toBe(true);
        const gain = i.customers * (clvHorizon(i, 100 - i.churn + i.churnCut) - base);
        // A difference of two sums: its rounding scales with the sums, not with the (maybe tiny) gain.
        const scale = Math.max(1, r.marginLostHorizon, i.customers * base);
        expect(Math.abs(r.cuts[3].value - gain)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 500 },
    );
  });
});
