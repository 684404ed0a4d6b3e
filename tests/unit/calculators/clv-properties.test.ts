// Properties of the CLV model over the whole input range of its schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateClv } from '../../../src/calculators/clv/calculate.ts';
import { ClvInputSchema, type ClvInput } from '../../../src/calculators/clv/schema.ts';
import { oracleClv } from './clv-oracle.ts';

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/** Any input the schema accepts: every field anywhere in its range (including 0 and the maxima). */
const anyInput: fc.Arbitrary<ClvInput> = fc.record({
  orderValue: num(0, 1e9),
  ordersPerYear: num(0, 10_000),
  margin: num(0, 100),
  retention: num(0, 99),
  discountRate: num(0, 100),
  acquisitionCost: num(0, 1e9),
  horizon: fc.integer({ min: 1, max: 50 }),
  retentionWhatIf: num(0, 99),
});

/** Every number anywhere in a result; null is allowed (it stands for "no value"), NaN and ±Infinity are not. */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, out));
  return out;
}
const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

describe('CLV properties', () => {
  it('the arbitrary covers only inputs the schema accepts', () => {
    fc.assert(fc.property(anyInput, (i) => ClvInputSchema.safeParse(i).success));
  });

  it('every result is finite everywhere in the input range', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const all = numbers(calculateClv(i));
        expect(all.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the brute-force oracle', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const r = calculateClv(i);
        const o = oracleClv(i);
        expect(close(r.marginPerYear, o.marginPerYear)).toBe(true);
        expect(close(r.clv, o.clv, 1e-7)).toBe(true);
        expect(close(r.clvHorizon, o.clvHorizon, 1e-9)).toBe(true);
        expect(r.whatIf.retention).toBe(o.whatIfRetention);
        expect(close(r.whatIf.clv, o.whatIfClv, 1e-7)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('CLV rises (or stays) with retention', () => {
    fc.assert(
      fc.property(anyInput, num(0, 99), num(0, 99), (i, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(calculateClv({ ...i, retention: hi }).clv).toBeGreaterThanOrEqual(calculateClv({ ...i, retention: lo }).clv);
        expect(calculateClv({ ...i, retention: hi }).clvHorizon).toBeGreaterThanOrEqual(
          calculateClv({ ...i, retention: lo }).clvHorizon * (1 - 1e-12),
        );
      }),
    );
  });

  it('CLV rises (or stays) with margin', () => {
    fc.assert(
      fc.property(anyInput, num(0, 100), num(0, 100), (i, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(calculateClv({ ...i, margin: hi }).clv).toBeGreaterThanOrEqual(calculateClv({ ...i, margin: lo }).clv);
      }),
    );
  });

  it('CLV falls (or stays) as the discount rate rises', () => {
    fc.assert(
      fc.property(anyInput, num(0, 100), num(0, 100), (i, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(calculateClv({ ...i, discountRate: hi }).clv).toBeLessThanOrEqual(calculateClv({ ...i, discountRate: lo }).clv);
        expect(calculateClv({ ...i, discountRate: hi }).clvHorizon).toBeLessThanOrEqual(
          calculateClv({ ...i, discountRate: lo }).clvHorizon * (1 + 1e-12),
        );
      }),
    );
  });

  it('the horizon CLV never exceeds the all-years CLV and grows with the horizon', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const r = calculateClv(i);
        expect(r.clvHorizon).toBeLessThanOrEqual(r.clv * (1 + 1e-9));
        r.years.slice(1).forEach((y, k) => expect(y.cumulative).toBeGreaterThanOrEqual(r.years[k]!.cumulative));
      }),
    );
  });

  it('the what-if never lowers CLV and never passes 99%', () => {
    fc.assert(
      fc.property(anyInput, (i) => {
        const r = calculateClv(i);
        expect(r.whatIf.retention).toBeLessThanOrEqual(99);
        expect(r.whatIf.gain).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
