// Golden cases for the cost-of-churn model, each derived by hand in the comment beside it, from the
// formulas in docs/methods/churn.md.
import { describe, expect, it } from 'vitest';
import { calculateChurn } from '../../../src/calculators/churn/calculate.ts';
import type { ChurnInput } from '../../../src/calculators/churn/schema.ts';

/** The tool's defaults (content/tools/churn.mdx), also the method's worked example. */
const base: ChurnInput = {
  customers: 1000,
  churn: 20,
  revenuePerCustomer: 500,
  margin: 40,
  replacementCost: 300,
  horizon: 3,
  discountRate: 10,
  churnCut: 5,
};
const churn = (over: Partial<ChurnInput>) => calculateChurn({ ...base, ...over });

describe('calculateChurn: the tool defaults', () => {
  const r = churn({});
  it('per year', () => {
    // m = 500 × 0.40 = 200; L = 1,000 × 0.20 = 200 customers
    // revenue 200 × 500 = 100,000; margin 200 × 200 = 40,000; stand still 200 × 300 = 60,000
    expect(r.marginPerCustomer).toBeCloseTo(200, 10);
    expect(r.customersLostPerYear).toBeCloseTo(200, 10);
    expect(r.revenueLostPerYear).toBeCloseTo(100_000, 8);
    expect(r.marginLostPerYear).toBeCloseTo(40_000, 8);
    expect(r.standStillSpendPerYear).toBeCloseTo(60_000, 8);
  });
  it('stand-still spend over three years, in today’s money', () => {
    // 60,000 × (1/1.1 + 1/1.21 + 1/1.331) = 60,000 × (0.9090909 + 0.8264463 + 0.7513148)
    // = 60,000 × 2.4868520 = 149,211.12
    expect(r.standStillSpendHorizon).toBeCloseTo(149_211.1195, 3);
  });
  it('year by year, nobody replaced', () => {
    // active: 1,000; 1,000 × 0.8 = 800; 1,000 × 0.64 = 640
    // margin lost: (1,000 − 1,000) × 200 = 0; (1,000 − 800) × 200 = 40,000; (1,000 − 640) × 200 = 72,000
    // with the 5-point cut (r′ = 0.85): active 1,000, 850, 722.5; lost 0, 30,000, 277.5 × 200 = 55,500
    expect(r.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(r.years.map((y) => y.active)).toEqual([1000, 800, expect.closeTo(640, 9)]);
    expect(r.years.map((y) => y.marginLost)).toEqual([0, expect.closeTo(40_000, 8), expect.closeTo(72_000, 8)]);
    expect(r.years.map((y) => y.activeWithCut)).toEqual([1000, 850, expect.closeTo(722.5, 9)]);
    expect(r.years.map((y) => y.marginLostWithCut)).toEqual([0, expect.closeTo(30_000, 8), expect.closeTo(55_500, 8)]);
  });
  it('margin and revenue lost over three years, in today’s money', () => {
    // margin: 0 + 40,000 / 1.21 + 72,000 / 1.331 = 33,057.8512 + 54,094.6657 = 87,152.5169
    // revenue: the same with 500 for 200: 100,000 / 1.21 + 180,000 / 1.331 = 82,644.6281 + 135,236.6642 = 217,881.2923
    expect(r.marginLostHorizon).toBeCloseTo(87_152.5169, 3);
    expect(r.revenueLostHorizon).toBeCloseTo(217_881.2923, 3);
  });
  it('the margin one kept customer brings', () => {
    // 200 / 1.1 + 200 × 0.8 / 1.21 + 200 × 0.64 / 1.331 = 181.8182 + 132.2314 + 96.1683 = 410.2179
    expect(r.valueOfOneKept).toBeCloseTo(410.2178813, 6);
  });
  it('what cutting churn by 1, 2, 5 and the chosen 5 points is worth', () => {
    // Each cut saves, in year 2, 1,000 × k × 200 (those who no longer leave at the end of year 1) and,
    // in year 3, 1,000 × (r′² − 0.64) × 200:
    // 1 point (r′ = 0.81): 2,000 / 1.21 + 1,000 × (0.6561 − 0.64) × 200 / 1.331 = 1,652.8926 + 3,220 / 1.331 = 1,652.8926 + 2,419.2337 = 4,072.1262
    // 2 points (r′ = 0.82): 4,000 / 1.21 + 1,000 × (0.6724 − 0.64) × 200 / 1.331 = 3,305.7851 + 6,480 / 1.331 = 3,305.7851 + 4,868.5199 = 8,174.3050
    // 5 points (r′ = 0.85): 10,000 / 1.21 + 1,000 × (0.7225 − 0.64) × 200 / 1.331 = 8,264.4628 + 16,500 / 1.331 = 8,264.4628 + 12,396.6942 = 20,661.1570
    //   (the same as 87,152.5169 − (30,000 / 1.21 + 55,500 / 1.331) = 87,152.5169 − 66,491.3599)
    const [one, two, five, own] = r.cuts;
    expect(one.value).toBeCloseTo(4_072.1262, 3);
    expect(two.value).toBeCloseTo(8_174.305, 3);
    expect(five.value).toBeCloseTo(20_661.157, 3);
    expect(own).toEqual(five);
    // 5 points: churn 20 − 5 = 15%, 1,000 × 0.05 = 50 customers kept in the first year, not capped
    expect(five).toMatchObject({ points: 5, applied: 5, capped: false, churn: 15 });
    expect(five.customersKept).toBeCloseTo(50, 10);
  });
});

describe('calculateChurn: edges', () => {
  it('no churn: nothing is lost and every cut is capped at 0 points', () => {
    // L = 0; lost margin 0 in every year; cuts applied min(k, 0) = 0, worth 0
    // one kept at r = 1: 200 / 1.1 + 200 / 1.21 + 200 / 1.331 = 200 × 2.4868520 = 497.3704
    const r = churn({ churn: 0 });
    expect(r.customersLostPerYear).toBe(0);
    expect(r.standStillSpendHorizon).toBe(0);
    expect(r.marginLostHorizon).toBe(0);
    expect(r.cuts.map((c) => [c.applied, c.capped, c.value])).toEqual([
      [0, true, 0],
      [0, true, 0],
      [0, true, 0],
      [0, true, 0],
    ]);
    expect(r.valueOfOneKept).toBeCloseTo(497.370398, 5);
  });
  it('everyone leaves each year, no discounting', () => {
    // N 10, c 100%, R 100, g 50% → m 50, H 2, d 0: L = 10; year 1 lost 0, year 2 lost 10 × 50 = 500
    // one kept: 50 + 50 × 0 = 50; 5-point cut (r′ = 0.05): year 2 lost 10 × 0.95 × 50 = 475, worth 500 − 475 = 25
    const r = churn({ customers: 10, churn: 100, revenuePerCustomer: 100, margin: 50, horizon: 2, discountRate: 0 });
    expect(r.customersLostPerYear).toBe(10);
    expect(r.marginLostHorizon).toBeCloseTo(500, 10);
    expect(r.revenueLostHorizon).toBeCloseTo(1000, 10);
    expect(r.valueOfOneKept).toBeCloseTo(50, 10);
    expect(r.cuts[2].value).toBeCloseTo(25, 10);
    // stand still: 10 × 300 = 3,000 a year, two years undiscounted = 6,000
    expect(r.standStillSpendHorizon).toBeCloseTo(6_000, 10);
  });
  it('a cut larger than churn is capped at churn, and then saves all the lost margin', () => {
    // churn 3%, cut 5 → applied 3 points, churn 0%, capped; worth = all the margin lost at 3%
    const r = churn({ churn: 3 });
    expect(r.cuts[3]).toMatchObject({ points: 5, applied: 3, capped: true, churn: 0 });
    expect(r.cuts[3].value).toBeCloseTo(r.marginLostHorizon, 8);
    // 1 and 2 points are not capped; 5 is
    expect(r.cuts.map((c) => c.capped)).toEqual([false, false, true, true]);
  });
  it('a one-year horizon loses nothing, since customers leave at the year’s end', () => {
    // year 1: (1,000 − 1,000) × 200 = 0; one kept: 200 / 1.1 = 181.8182; stand still 60,000 / 1.1 = 54,545.45
    const r = churn({ horizon: 1 });
    expect(r.marginLostHorizon).toBe(0);
    expect(r.valueOfOneKept).toBeCloseTo(181.8181818, 6);
    expect(r.standStillSpendHorizon).toBeCloseTo(54_545.4545, 3);
  });
  it('a zero churn cut is worth nothing', () => {
    const r = churn({ churnCut: 0 });
    expect(r.cuts[3]).toMatchObject({ points: 0, applied: 0, capped: false, churn: 20, value: 0 });
  });
});
