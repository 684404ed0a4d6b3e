// The ROI simulation, as docs/methods/roi.md defines it: each driver the reader gave a range is drawn
// from a triangular distribution (low, most likely, high), every other input is held at its value,
// and the NPV and payback of each draw are worked out with the same formulas as the single case
// (risk adjustments included). Random numbers come from mulberry32, a 32-bit generator seeded with
// the `seed` input, and are drawn in a fixed order (draw by draw, drivers in RANGE_DRIVERS order), so
// the same inputs and seed give the same result in every browser and in Node.
import { npv, share } from '../shared/finance.ts';
import { paybackMonths, roiYears } from './calculate.ts';
import { roiRanges, type DriverRange, type RoiInput } from './fields.ts';

/** Draws in a simulation. */
export const DRAWS = 10_000;

/** Bars of the NPV histogram. */
export const BINS = 20;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): a function returning numbers in
 * [0, 1), the same sequence for the same seed (its low 32 bits).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The triangular distribution's inverse CDF: the value with probability `u` (0 to 1) below it, for
 * low a, most likely c, high b (a <= c <= b). With F(c) = (c - a) / (b - a):
 * u < F(c): a + sqrt(u (b - a)(c - a)); otherwise b - sqrt((1 - u)(b - a)(b - c)). a = b gives a.
 */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return a;
  const fc = (c - a) / (b - a);
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/**
 * The p-quantile (0 <= p <= 1) of numbers sorted ascending, interpolated between order statistics
 * (Hyndman and Fan's type 7, the default of R and of spreadsheets' PERCENTILE): h = (n - 1) p, then
 * x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). NaN for an empty list.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lo = sorted[i]!;
  if (i + 1 >= n) return lo;
  const hi = sorted[i + 1]!;
  // Payback beyond the horizon is stored as Infinity: a quantile that touches it is beyond the horizon too.
  if (hi === Infinity || lo === Infinity) return h === i ? lo : Infinity;
  return lo + (h - i) * (hi - lo);
}

/** P10, P50 and P90 of a distribution. */
export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

/** One bar of the histogram: draws with from <= NPV < to (the last bar includes its upper edge). */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** What a simulation gives. Money in the input currency. */
export interface RoiSimulation {
  /** Draws made. */
  draws: number;
  /** The seed used. */
  seed: number;
  /** The ranges drawn from, in RANGE_DRIVERS order. */
  ranges: DriverRange[];
  /** NPV's P10, P50 and P90, money. */
  npv: Percentiles;
  /** Mean NPV over the draws, money. */
  npvMean: number;
  /** Share of draws (0 to 1) with NPV above zero. */
  npvPositive: number;
  /** Payback's P10, P50 and P90 in months; null where the draw does not pay back within the horizon. */
  payback: { p10: number | null; p50: number | null; p90: number | null };
  /** Share of draws (0 to 1) that pay back within the horizon. */
  paybackWithin: number;
  /** The NPV histogram, BINS bars from the smallest NPV to the largest (one bar when every draw is the same). */
  histogram: HistogramBin[];
}

/** The seed as mulberry32 takes it: validated inputs hold a whole number; absent means 1. */
const seedOf = (input: RoiInput) => input.seed ?? 1;

/** The histogram of values (any order), `bins` equal bars from min to max. */
export function histogram(values: ArrayLike<number>, bins: number): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  if (values.length === 0) return [];
  if (max <= min) return [{ from: min, to: max, count: values.length }];
  const span = max - min;
  const edge = (k: number) => (k === bins ? max : min + (span * k) / bins);
  const out = Array.from({ length: bins }, (_, k) => ({ from: edge(k), to: edge(k + 1), count: 0 }));
  // The share of the span first, then the bar: a span too small to divide by `bins` (subnormal
  // numbers) would otherwise give bars of width 0.
  for (let i = 0; i < values.length; i++) out[Math.min(bins - 1, Math.floor(((values[i]! - min) / span) * bins))]!.count++;
  return out;
}

/** Runs the simulation for validated inputs (roiRules passed): `draws` draws from the `seed` input. */
export function simulateRoi(input: RoiInput, draws = DRAWS): RoiSimulation {
  const ranges = roiRanges(input);
  const seed = seedOf(input);
  const random = mulberry32(seed);
  const npvs = new Float64Array(draws);
  const paybacks = new Float64Array(draws);
  let positive = 0;
  let within = 0;
  let sum = 0;
  const drawn: RoiInput = { ...input };
  for (let k = 0; k < draws; k++) {
    for (const r of ranges) drawn[r.key] = triangular(random(), r.low, input[r.key], r.high);
    const years = roiYears(drawn);
    const value = npv(
      share(drawn.discountRate),
      years.map((y) => y.net),
    );
    const payback = paybackMonths(years.map((y) => y.cumulative));
    npvs[k] = value;
    paybacks[k] = payback ?? Infinity;
    sum += value;
    if (value > 0) positive++;
    if (payback !== null) within++;
  }
  const histo = histogram(npvs, BINS);
  npvs.sort();
  paybacks.sort();
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    draws,
    seed,
    ranges,
    npv: { p10: quantile(npvs, 0.1), p50: quantile(npvs, 0.5), p90: quantile(npvs, 0.9) },
    npvMean: sum / draws,
    npvPositive: positive / draws,
    payback: { p10: finite(quantile(paybacks, 0.1)), p50: finite(quantile(paybacks, 0.5)), p90: finite(quantile(paybacks, 0.9)) },
    paybackWithin: within / draws,
    histogram: histo,
  };
}
