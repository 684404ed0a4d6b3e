// The ROI simulation (src/calculators/roi/monte-carlo.ts), its ranges and risk adjustments. Every
// expected value is worked out by hand in the comment beside it, from the closed forms of the
// triangular distribution: for low a, most likely c, high b,
//   F(x) = (x − a)² / ((b − a)(c − a)) for a <= x <= c;  1 − (b − x)² / ((b − a)(b − c)) for c <= x <= b
//   F⁻¹(p) = a + √(p (b − a)(c − a)) for p < (c − a)/(b − a); b − √((1 − p)(b − a)(b − c)) otherwise
//   mean (a + b + c) / 3; variance (a² + b² + c² − ab − ac − bc) / 18
// A simulation with a fixed seed is deterministic, so its tolerances are set at four standard errors
// of 10,000 draws (derived beside each) and the test can never flake.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateRoi } from '../../../src/calculators/roi/calculate.ts';
import { RANGE_DRIVERS, ROI_FIELDS, roiRanges, roiRules, type RoiInput } from '../../../src/calculators/roi/fields.ts';
import { histogram, mulberry32, quantile, simulateRoi, triangular } from '../../../src/calculators/roi/monte-carlo.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { checkForm } from '../../../src/lib/browser/inputs.ts';
import { decodeState, encodeState, type StateContext } from '../../../src/lib/browser/url-state.ts';
import { englishWords } from '../lib/words-from-strings.ts';

const defaults: RoiInput = {
  customers: 10_000,
  revenuePerCustomer: 400,
  margin: 40,
  retention: 75,
  retentionUplift: 3,
  spendUplift: 5,
  contactsPerYear: 20_000,
  costPerContact: 6,
  deflection: 15,
  investment: 150_000,
  runningCost: 40_000,
  horizon: 5,
  discountRate: 8,
};

/**
 * A case whose NPV is linear in one driver: no customers, so the only benefit is the deflection
 * saving 1,000 × 10% × 10 = 1,000 in year 1; no running cost; one year; no discounting.
 * NPV = −I0 + 1,000; payback (cumulative −I0, then 1,000 − I0) = 12 × I0 / 1,000 months when I0 <= 1,000.
 */
const linear: RoiInput = {
  customers: 0,
  revenuePerCustomer: 0,
  margin: 0,
  retention: 0,
  retentionUplift: 0,
  spendUplift: 0,
  contactsPerYear: 1_000,
  costPerContact: 10,
  deflection: 10,
  investment: 300,
  runningCost: 0,
  horizon: 1,
  discountRate: 0,
};

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, another for another seed, always in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('is uniform on average: the mean of 100,000 draws is 1/2 within four standard errors', () => {
    // A uniform [0, 1) number has variance 1/12; the mean of n = 100,000 has standard error
    // √(1 / (12 × 100,000)) = 0.000913, so four of them are 0.00365.
    const next = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += next();
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.00365);
  });
});

describe('triangular: the inverse CDF', () => {
  it('symmetric (0, 1, 2): the median is the mode; the quartiles of each half', () => {
    // F(c) = (1 − 0) / (2 − 0) = 0.5. p = 0.5 is not below it: 2 − √(0.5 × 2 × 1) = 2 − 1 = 1.
    expect(triangular(0.5, 0, 1, 2)).toBeCloseTo(1, 12);
    // p = 0.125: 0 + √(0.125 × 2 × 1) = √0.25 = 0.5; p = 0.875: 2 − √(0.125 × 2 × 1) = 1.5.
    expect(triangular(0.125, 0, 1, 2)).toBeCloseTo(0.5, 12);
    expect(triangular(0.875, 0, 1, 2)).toBeCloseTo(1.5, 12);
  });

  it('right-angled (0, 0, 1) and a single value', () => {
    // F(c) = 0, so every p uses the upper branch: p = 0.19 gives 1 − √(0.81 × 1 × 1) = 1 − 0.9 = 0.1.
    expect(triangular(0.19, 0, 0, 1)).toBeCloseTo(0.1, 12);
    // a = b: every draw is that value.
    expect(triangular(0.3, 5, 5, 5)).toBe(5);
    expect(triangular(0.99, 5, 5, 5)).toBe(5);
  });
});

describe('quantile (type 7) and histogram', () => {
  it('interpolates between order statistics', () => {
    // n = 5, h = 4p: p = 0.1 gives h = 0.4, 1 + 0.4 × (2 − 1) = 1.4; p = 0.5 gives x[2] = 3;
    // p = 0.9 gives h = 3.6, 4 + 0.6 × (5 − 4) = 4.6.
    const xs = [1, 2, 3, 4, 5];
    expect(quantile(xs, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile(xs, 0.5)).toBe(3);
    expect(quantile(xs, 0.9)).toBeCloseTo(4.6, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('a quantile touching a payback beyond the horizon (Infinity) is beyond it too', () => {
    // [1, 2, ∞]: h = 2p; p = 0.5 lands on x[1] = 2; p = 0.9 lies between 2 and ∞.
    expect(quantile([1, 2, Infinity], 0.5)).toBe(2);
    expect(quantile([1, 2, Infinity], 0.9)).toBe(Infinity);
  });

  it('bins from the smallest to the largest value; one bin when all are equal', () => {
    // 0..9 in 5 bins of width 9 / 5 = 1.8: [0, 1.8) holds 0, 1; [1.8, 3.6) 2, 3; [3.6, 5.4) 4, 5;
    // [5.4, 7.2) 6, 7; [7.2, 9] 8, 9.
    const h = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5);
    expect(h.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
    expect(h[0]!.from).toBe(0);
    expect(h[4]!.to).toBe(9);
    expect(histogram([3, 3, 3], 5)).toEqual([{ from: 3, to: 3, count: 3 }]);
  });

  it('a span too small to divide (subnormal numbers, found by fast-check) still bins every value', () => {
    // 0 and 1e-323: (1e-323 − 0) / 20 underflows to 0, so bars are found from the share of the span.
    const h = histogram([0, 1e-323, 0], 20);
    expect(h.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(h[0]!.count).toBe(2);
    expect(h[19]!.count).toBe(1);
  });
});

describe('simulateRoi against closed forms (seed 1, 10,000 draws)', () => {
  // Investment from triangular (0, 300, 1,500). F(c) = 300 / 1,500 = 0.2; (b − a)(c − a) = 450,000;
  // (b − a)(b − c) = 1,800,000.
  const sim = simulateRoi({ ...linear, ranges: 'investment:0:1500', seed: 1 });

  it('mean NPV = 1,000 − mean I0 = 1,000 − (0 + 300 + 1,500) / 3 = 400', () => {
    // Variance (0 + 1,500² + 300² − 0 − 0 − 1,500 × 300) / 18 = (2,250,000 + 90,000 − 450,000) / 18 = 105,000;
    // sd 324.04, standard error of the mean 3.24; four of them 12.96.
    expect(Math.abs(sim.npvMean - 400)).toBeLessThan(12.96);
  });

  it('P10, P50 and P90 of NPV are 1,000 minus the P90, P50 and P10 of I0', () => {
    // I0's P90: 1,500 − √(0.1 × 1,800,000) = 1,500 − 424.26 = 1,075.74, so NPV's P10 = −75.74. Density
    // there 2 (b − x) / 1,800,000 = 0.000471; standard error √(0.1 × 0.9 / 10,000) / 0.000471 = 6.37; ×4 = 25.5.
    expect(Math.abs(sim.npv.p10 - -75.74)).toBeLessThan(25.5);
    // I0's P50: 1,500 − √(0.5 × 1,800,000) = 1,500 − 948.68 = 551.32, so NPV's P50 = 448.68. Density
    // 2 × 948.68 / 1,800,000 = 0.001054; standard error 0.005 / 0.001054 = 4.74; ×4 = 19.
    expect(Math.abs(sim.npv.p50 - 448.68)).toBeLessThan(19);
    // I0's P10: √(0.1 × 450,000) = 212.13, so NPV's P90 = 787.87. Density 2 × 212.13 / 450,000 = 0.000943;
    // standard error 0.003 / 0.000943 = 3.18; ×4 = 12.7.
    expect(Math.abs(sim.npv.p90 - 787.87)).toBeLessThan(12.7);
  });

  it('the chance NPV is above zero is F(1,000) of I0', () => {
    // P(I0 < 1,000) = 1 − (1,500 − 1,000)² / 1,800,000 = 1 − 250,000 / 1,800,000 = 0.86111; standard error
    // √(0.861 × 0.139 / 10,000) = 0.00346; ×4 = 0.0138.
    expect(Math.abs(sim.npvPositive - 0.86111)).toBeLessThan(0.0138);
    // Payback within the year exactly when I0 <= 1,000: the same chance.
    expect(sim.paybackWithin).toBe(sim.npvPositive);
  });

  it('payback percentiles are 12 × I0 / 1,000 months, and beyond the horizon past I0 = 1,000', () => {
    // P10: 0.012 × 212.13 = 2.55 months (tolerance 0.012 × 12.7 = 0.15); P50: 0.012 × 551.32 = 6.62
    // (tolerance 0.012 × 19 = 0.23); P90: I0's P90 is 1,075.74 > 1,000, so it does not pay back.
    expect(Math.abs(sim.payback.p10! - 2.55)).toBeLessThan(0.15);
    expect(Math.abs(sim.payback.p50! - 6.62)).toBeLessThan(0.23);
    expect(sim.payback.p90).toBeNull();
  });

  it('the histogram holds every draw', () => {
    expect(sim.histogram.reduce((s, b) => s + b.count, 0)).toBe(10_000);
    expect(sim.histogram).toHaveLength(20);
  });

  it('the same inputs and seed give exactly the same result; another seed another', () => {
    expect(simulateRoi({ ...linear, ranges: 'investment:0:1500', seed: 1 })).toEqual(sim);
    expect(simulateRoi({ ...linear, ranges: 'investment:0:1500', seed: 2 }).npvMean).not.toBe(sim.npvMean);
  });
});

describe('ranges: the tornado and single values', () => {
  it('the tornado uses the ranges given: only those drivers, at their low and high', () => {
    // Investment is paid in year 0, undiscounted: NPV(I0) = base NPV + (150,000 − I0), so
    // 100,000 gives base + 50,000 and 200,000 gives base − 50,000; swing 100,000.
    const base = calculateRoi(defaults).npv;
    const s = calculateRoi({ ...defaults, ranges: 'investment:100000:200000' }).sensitivity;
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ key: 'investment', source: 'range', lowValue: 100_000, highValue: 200_000 });
    expect(s[0]!.npvLow).toBeCloseTo(base + 50_000, 6);
    expect(s[0]!.npvHigh).toBeCloseTo(base - 50_000, 6);
    expect(s[0]!.swing).toBeCloseTo(100_000, 6);
  });

  it('no ranges, no risk: exactly the figures of the single case (the optional inputs at their defaults change nothing)', () => {
    const withDefaults = calculateRoi({ ...defaults, ranges: '', seed: 1, riskRetention: 0, riskSpend: 0, riskDeflection: 0 });
    expect(withDefaults).toEqual(calculateRoi(defaults));
    expect(withDefaults.unadjusted).toBeNull();
  });
});

describe('risk adjustment', () => {
  it('takes each percentage off its own benefit line; the unadjusted figures stay beside them', () => {
    // Year 1 of the defaults (docs/methods/roi.md): customers kept 48,000, more spend 62,400, contacts
    // avoided 18,000, 128,400 in all. With 10%, 20% and 50% off: 48,000 × 0.9 = 43,200;
    // 62,400 × 0.8 = 49,920; 18,000 × 0.5 = 9,000; 102,120 in all.
    const r = calculateRoi({ ...defaults, riskRetention: 10, riskSpend: 20, riskDeflection: 50 });
    const y1 = r.years[1]!;
    expect(y1.retentionBenefit).toBeCloseTo(43_200, 6);
    expect(y1.spendBenefit).toBeCloseTo(49_920, 6);
    expect(y1.deflectionBenefit).toBeCloseTo(9_000, 6);
    expect(y1.benefit).toBeCloseTo(102_120, 6);
    expect(r.riskAdjusted).toBe(true);
    expect(r.unadjusted?.npv).toBeCloseTo(calculateRoi(defaults).npv, 6);
    expect(r.npv).toBeLessThan(r.unadjusted!.npv);
  });

  it('100% off every line leaves no benefit: NPV is minus the costs’ present value', () => {
    // Benefits 0; costs 150,000 now and 40,000 a year for 5 years at 8%: annuity factor
    // (1 − 1.08⁻⁵) / 0.08 = 3.99271, so PV of costs 150,000 + 159,708.4 = 309,708.4.
    const r = calculateRoi({ ...defaults, riskRetention: 100, riskSpend: 100, riskDeflection: 100 });
    expect(r.totalBenefits).toBe(0);
    expect(r.npv).toBeCloseTo(-309_708.4, 0);
    expect(r.paybackMonths).toBeNull();
  });
});

describe('range messages (roiRules)', () => {
  const issue = (patch: Partial<RoiInput>) => roiRules({ ...defaults, ...patch });
  it.each([
    // Uplift 3 points: a low of 5 is above it.
    ['retentionUplift:5:8', 'retentionUplift', 'the range’s low value (5 points) is above the most likely value (3 points)'],
    // Margin 40%: a high of 35% is below it.
    ['margin:30:35', 'margin', 'the most likely value (40%) is above the range’s high value (35%)'],
    ['margin:30:120', 'margin', 'the range’s high value (120%) is above the largest allowed, 100%'],
    ['investment:-5:200000', 'investment', 'the range’s low value (-5) is below the smallest allowed, 0'],
    ['margin::50', 'margin', 'the range’s low value is empty: enter it, or remove the range'],
    ['margin:30:lots', 'margin', 'the range’s high value is not a number'],
    ['horizon:1:3', 'ranges', '“horizon” is not an input that can be given as a range'],
    ['margin:30:50;margin:35:45', 'margin', 'it has two ranges; keep one'],
    // Retention up to 90% and uplift up to 12 points could reach 102%.
    [
      'retention:70:90;retentionUplift:1:12',
      'retentionUplift',
      'with the ranges’ high values, retention plus uplift could reach 102%, past 100%; lower a high value',
    ],
  ])('%s: %s', (ranges, field, message) => {
    expect(issue({ ranges })).toEqual([{ field, message }]);
  });

  it('a good range passes, and reads back in the drivers’ order', () => {
    expect(issue({ ranges: 'investment:100000:200000;margin:30:45' })).toEqual([]);
    expect(roiRanges({ ranges: 'investment:100000:200000;margin:30:45' }).map((r) => r.key)).toEqual(['margin', 'investment']);
  });

  it('in the form the message names the input it is under', () => {
    const specs = fieldSpecs(ROI_FIELDS);
    const raw = Object.fromEntries(
      specs.map((s) => [
        s.key,
        String({ ...defaults, ranges: 'margin:30:35', seed: 1, riskRetention: 0, riskSpend: 0, riskDeflection: 0 }[s.key]),
      ]),
    );
    const labels = { margin: 'Gross margin' };
    const check = checkForm(specs, roiRules, raw, labels, { currency: 'EUR', locale: 'en-GB', words: englishWords() });
    expect(check.value).toBeNull();
    expect(check.errors['margin']).toBe('Gross margin: the most likely value (40%) is above the range’s high value (35%).');
  });
});

describe('a share link reproduces the simulation exactly', () => {
  it('ranges, risk adjustments and seed travel in the link and give the same draws', () => {
    const specs = fieldSpecs(ROI_FIELDS);
    const full = {
      ...defaults,
      riskRetention: 10,
      riskSpend: 0,
      riskDeflection: 25,
      ranges: 'retentionUplift:1:5;investment:120000:220000',
      seed: 987654,
    };
    const hash = encodeState(full, { currency: 'EUR', locale: 'en-GB' });
    expect(new URLSearchParams(hash).get('seed')).toBe('987654');
    const ctx: StateContext = {
      rules: roiRules,
      specs,
      labels: {},
      defaults: { ...defaults, riskRetention: 0, riskSpend: 0, riskDeflection: 0, ranges: '', seed: 1 },
      style: { currency: 'EUR', locale: 'en-GB' },
    };
    const decoded = decodeState(`#${hash}`, ctx, { currencies: ['EUR'], locales: ['en-GB'] });
    expect(decoded.rejected).toEqual([]);
    expect(decoded.problems).toEqual([]);
    const again = decoded.values as unknown as RoiInput;
    expect(again).toEqual({ ...full });
    expect(simulateRoi(again)).toEqual(simulateRoi(full));
  });

  it('a link from before ranges existed reads without a word, with no ranges', () => {
    const specs = fieldSpecs(ROI_FIELDS);
    const ctx: StateContext = {
      rules: roiRules,
      specs,
      labels: {},
      defaults: { ...defaults, riskRetention: 0, riskSpend: 0, riskDeflection: 0, ranges: '', seed: 1 },
      style: { currency: 'EUR', locale: 'en-GB' },
    };
    const decoded = decodeState(`#${encodeState(defaults)}`, ctx, { currencies: ['EUR'], locales: ['en-GB'] });
    expect(decoded.rejected).toEqual([]);
    expect(decoded.values['ranges']).toBe('');
  });
});

describe('simulation properties', () => {
  const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  /** Inputs inside the form's ranges (retention + uplift at most 100 even at the ranges' high ends). */
  const anyCase = fc
    .record({
      customers: num(0, 1e6),
      revenuePerCustomer: num(0, 1e4),
      margin: num(0, 100),
      retention: num(0, 90),
      retentionUplift: num(0, 5),
      spendUplift: num(0, 100),
      contactsPerYear: num(0, 1e6),
      costPerContact: num(0, 1e3),
      deflection: num(0, 100),
      investment: num(0, 1e7),
      runningCost: num(0, 1e6),
      horizon: fc.integer({ min: 1, max: 10 }),
      discountRate: num(0, 100),
      seed: fc.integer({ min: 0, max: 4_294_967_295 }),
      widths: fc.array(num(0, 1), { minLength: RANGE_DRIVERS.length, maxLength: RANGE_DRIVERS.length }),
      picks: fc.array(fc.boolean(), { minLength: RANGE_DRIVERS.length, maxLength: RANGE_DRIVERS.length }),
    })
    .map(({ widths, picks, ...i }) => {
      // Each picked driver gets low = value × (1 − w) and high = value × (1 + w), high kept at or below
      // its bound (100 for percentages; retention at most 90 and uplift at most 5 + 5 = 10, so at most 100 together).
      const cap: Partial<Record<string, number>> = { retention: 90, retentionUplift: 10 };
      const spec = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s]));
      const ranges = RANGE_DRIVERS.filter((_, k) => picks[k])
        .map((key, k) => {
          const v = i[key];
          const w = widths[k] ?? 0;
          return `${key}:${v * (1 - w)}:${Math.min(cap[key] ?? spec.get(key)!.max, v * (1 + w))}`;
        })
        .join(';');
      return { ...i, ranges } as RoiInput;
    })
    .filter((i) => roiRules(i).length === 0);

  it('P10 <= P50 <= P90, chances in [0, 1], no NaN or Infinity', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const s = simulateRoi(input, 400);
        expect(s.npv.p10).toBeLessThanOrEqual(s.npv.p50);
        expect(s.npv.p50).toBeLessThanOrEqual(s.npv.p90);
        for (const v of [s.npv.p10, s.npv.p50, s.npv.p90, s.npvMean]) expect(Number.isFinite(v)).toBe(true);
        for (const p of [s.npvPositive, s.paybackWithin]) expect(p >= 0 && p <= 1).toBe(true);
        const pb = [s.payback.p10, s.payback.p50, s.payback.p90];
        for (const v of pb) if (v !== null) expect(Number.isFinite(v) && v >= 0 && v <= 12 * input.horizon).toBe(true);
        // Once a percentile does not pay back, the higher ones do not either.
        if (pb[0] === null) expect(pb[1]).toBeNull();
        if (pb[1] === null) expect(pb[2]).toBeNull();
        expect(s.histogram.reduce((t, b) => t + b.count, 0)).toBe(400);
      }),
      { numRuns: 60 },
    );
  });

  it('ranges of a single value give a degenerate distribution: every percentile is the single case’s NPV', () => {
    fc.assert(
      fc.property(anyCase, (input) => {
        const single = RANGE_DRIVERS.map((key) => `${key}:${input[key]}:${input[key]}`).join(';');
        const s = simulateRoi({ ...input, ranges: single }, 200);
        const npv = calculateRoi({ ...input, ranges: '' }).npv;
        const close = (v: number) => expect(Math.abs(v - npv)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(npv)));
        [s.npv.p10, s.npv.p50, s.npv.p90, s.npvMean].forEach(close);
        expect(s.histogram).toHaveLength(1);
        expect(s.npvPositive).toBe(npv > 0 ? 1 : 0);
      }),
      { numRuns: 40 },
    );
  });
});

describe('risk adjustment properties', () => {
  const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  it('one risk a on every line scales every benefit, and its present value, by (1 − a); costs stay', () => {
    fc.assert(
      fc.property(
        fc.record({
          customers: num(0, 1e6),
          revenuePerCustomer: num(0, 1e4),
          margin: num(0, 100),
          retention: num(0, 95),
          retentionUplift: num(0, 5),
          spendUplift: num(0, 100),
          contactsPerYear: num(0, 1e6),
          costPerContact: num(0, 1e3),
          deflection: num(0, 100),
          investment: num(0, 1e7),
          runningCost: num(0, 1e6),
          horizon: fc.integer({ min: 1, max: 10 }),
          discountRate: num(0, 100),
        }),
        num(0, 100),
        (input, a) => {
          const plain = calculateRoi(input);
          const adjusted = calculateRoi({ ...input, riskRetention: a, riskSpend: a, riskDeflection: a });
          const k = 1 - a / 100;
          const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
          close(adjusted.totalBenefits, k * plain.totalBenefits);
          close(adjusted.pvBenefits, k * plain.pvBenefits);
          expect(adjusted.totalCosts).toBe(plain.totalCosts);
          expect(adjusted.pvCosts).toBe(plain.pvCosts);
          // The unadjusted figures beside them are the plain case's, exactly (none when a = 0).
          if (a > 0) expect(adjusted.unadjusted?.npv).toBe(plain.npv);
          else expect(adjusted.unadjusted).toBeNull();
        },
      ),
    );
  });
});
