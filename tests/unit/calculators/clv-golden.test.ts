// Golden cases for the CLV model, each derived by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';
import type { ClvInput } from '../../../src/calculators/clv/schema.ts';

const base: ClvInput = {
  orderValue: 60,
  ordersPerYear: 3,
  margin: 40,
  retention: 70,
  discountRate: 8,
  acquisitionCost: 120,
  horizon: 10,
  retentionWhatIf: 5,
};
const clv = (over: Partial<ClvInput>) => calculateClv({ ...base, ...over });

describe('calculateClv: the tool defaults', () => {
  const r = clv({});
  it('margin per year', () => {
    // m = 60 × 3 × 0.40 = 72
    expect(r.marginPerYear).toBeCloseTo(72, 10);
  });
  it('expected lifetime', () => {
    // 1 / (1 − 0.70) = 1 / 0.30 = 3.3333…
    expect(r.expectedLifetimeYears).toBeCloseTo(10 / 3, 10);
  });
  it('CLV over all future years', () => {
    // 72 / (1 + 0.08 − 0.70) = 72 / 0.38 = 189.4736842…
    expect(r.clv).toBeCloseTo(189.4736842105, 8);
  });
  it('CLV to CAC, CLV minus CAC, months to recover CAC', () => {
    // 189.4736842 / 120 = 1.5789474; 189.4736842 − 120 = 69.4736842; 120 / (72 / 12) = 120 / 6 = 20
    expect(r.clvToCac).toBeCloseTo(1.5789473684, 8);
    expect(r.clvMinusCac).toBeCloseTo(69.4736842105, 8);
    expect(r.monthsToRecoverCac).toBeCloseTo(20, 10);
  });
  it('what-if: five more points of retention', () => {
    // r′ = 70 + 5 = 75%; 72 / (1.08 − 0.75) = 72 / 0.33 = 218.1818…; gain 218.1818 − 189.4737 = 28.7081
    expect(r.whatIf.retention).toBe(75);
    expect(r.whatIf.capped).toBe(false);
    expect(r.whatIf.clv).toBeCloseTo(218.1818181818, 8);
    expect(r.whatIf.gain).toBeCloseTo(28.7081339713, 8);
  });
});

describe('calculateClv: a three-year horizon by hand', () => {
  // AOV 50, 4 orders, 40% margin: m = 50 × 4 × 0.4 = 80; r = 0.6, d = 0.1, CAC 100
  const r = clv({ orderValue: 50, ordersPerYear: 4, margin: 40, retention: 60, discountRate: 10, acquisitionCost: 100, horizon: 3 });
  it('year by year', () => {
    // year 1: 80 × 1 / 1.1 = 72.7272727
    // year 2: 80 × 0.6 / 1.21 = 48 / 1.21 = 39.6694215
    // year 3: 80 × 0.36 / 1.331 = 28.8 / 1.331 = 21.6378663
    expect(r.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(r.years[0]!.discountedMargin).toBeCloseTo(72.7272727273, 8);
    expect(r.years[1]!.discountedMargin).toBeCloseTo(39.6694214876, 8);
    expect(r.years[2]!.discountedMargin).toBeCloseTo(21.637866266, 8);
    expect(r.years[2]!.survival).toBeCloseTo(0.36, 12);
    // running totals: 72.7272727, 72.7272727 + 39.6694215 = 112.3966942, + 21.6378663 = 134.0345605
    expect(r.years[1]!.cumulative).toBeCloseTo(112.3966942149, 8);
    expect(r.clvHorizon).toBeCloseTo(134.0345604809, 8);
  });
  it('all future years and the ratios', () => {
    // 80 / (1 + 0.1 − 0.6) = 80 / 0.5 = 160; 160 / 100 = 1.6; 100 / (80 / 12) = 15 months; lifetime 1 / 0.4 = 2.5
    expect(r.clv).toBeCloseTo(160, 10);
    expect(r.clvToCac).toBeCloseTo(1.6, 10);
    expect(r.monthsToRecoverCac).toBeCloseTo(15, 10);
    expect(r.expectedLifetimeYears).toBeCloseTo(2.5, 10);
    // what-if 65%: 80 / (1.1 − 0.65) = 80 / 0.45 = 177.7777…
    expect(r.whatIf.clv).toBeCloseTo(177.7777777778, 8);
  });
});

describe('calculateClv: edges', () => {
  // m = 100 × 1 × 1.00 = 100 in each case below unless stated
  const m100 = { orderValue: 100, ordersPerYear: 1, margin: 100 };
  it('retention 0: only the first year counts', () => {
    // CLV = 100 / (1 + 0.1 − 0) = 90.9090…; horizon 3: year 1 = 100 / 1.1, years 2-3 survival 0 → 90.9090…; lifetime 1 / 1 = 1
    const r = clv({ ...m100, retention: 0, discountRate: 10, horizon: 3, retentionWhatIf: 0 });
    expect(r.clv).toBeCloseTo(90.9090909091, 8);
    expect(r.clvHorizon).toBeCloseTo(90.9090909091, 8);
    expect(r.years[1]!.discountedMargin).toBe(0);
    expect(r.expectedLifetimeYears).toBe(1);
  });
  it('discount 0: money later is worth the same', () => {
    // CLV = 100 / (1 + 0 − 0.5) = 200; horizon 2: 100 + 100 × 0.5 = 150
    const r = clv({ ...m100, retention: 50, discountRate: 0, horizon: 2 });
    expect(r.clv).toBeCloseTo(200, 10);
    expect(r.clvHorizon).toBeCloseTo(150, 10);
  });
  it('margin 0: no value, and CAC is never recovered', () => {
    // m = 60 × 3 × 0 = 0 → CLV 0; ratio 0 / 120 = 0; CLV − CAC = −120; months: never (null)
    const r = clv({ margin: 0 });
    expect(r.marginPerYear).toBe(0);
    expect(r.clv).toBe(0);
    expect(r.clvToCac).toBe(0);
    expect(r.clvMinusCac).toBe(-120);
    expect(r.monthsToRecoverCac).toBeNull();
    expect(r.whatIf.gain).toBe(0);
  });
  it('CAC 0: no ratio, nothing to recover', () => {
    // ratio CLV / 0 does not exist → null; months 0; CLV − 0 = CLV = 189.47…
    const r = clv({ acquisitionCost: 0 });
    expect(r.clvToCac).toBeNull();
    expect(r.monthsToRecoverCac).toBe(0);
    expect(r.clvMinusCac).toBeCloseTo(189.4736842105, 8);
  });
  it('retention 99% and no discount: the largest multiple', () => {
    // CLV = 100 / (1 + 0 − 0.99) = 100 / 0.01 = 10,000; lifetime 1 / 0.01 = 100 years
    const r = clv({ ...m100, retention: 99, discountRate: 0, retentionWhatIf: 5 });
    expect(r.clv).toBeCloseTo(10_000, 6);
    expect(r.expectedLifetimeYears).toBeCloseTo(100, 8);
    // what-if 99 + 5 = 104 → capped at 99: same CLV, gain 0
    expect(r.whatIf).toMatchObject({ retention: 99, capped: true });
    expect(r.whatIf.gain).toBeCloseTo(0, 8);
  });
  it('a horizon of one year', () => {
    // 72 / 1.08 = 66.6666…
    const r = clv({ horizon: 1 });
    expect(r.years).toHaveLength(1);
    expect(r.clvHorizon).toBeCloseTo(66.6666666667, 8);
  });
});
