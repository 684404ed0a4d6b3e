// Estimates for answers on a scale, beside the NPS and CSAT ones of ./estimate.ts (the same
// conventions: 95% intervals at Z95, a small sample below MIN_RESPONSES): the mean of a scale
// (CES in the effort and survey tools) and a rank correlation (the survey tool's drivers). They
// live in their own module so a page that needs only NPS or CSAT does not load them.
import { clip, MIN_RESPONSES, valid, Z95 } from './estimate.ts';

/** A mean of scale answers (e.g. CES 1-7) with its 95% interval. */
export interface MeanEstimate {
  /** Answers, in responses. */
  responses: number;
  /** The mean answer, in scale points. */
  mean: number;
  /** Sample standard deviation (divisor n - 1; 0 with one answer), in scale points. */
  standardDeviation: number;
  /** Lower end of the 95% interval mean - 1.96 SD / √n, in scale points (at least `min`). */
  low: number;
  /** Upper end of the 95% interval mean + 1.96 SD / √n, in scale points (at most `max`). */
  high: number;
  /** True below MIN_RESPONSES answers: the normal approximation is rough and the interval easily moved. */
  smallSample: boolean;
}

/**
 * The mean of answers on a scale from `min` to `max` (scale points) with a normal 95% interval,
 * from the answers' count, sum and sum of squares (so a stream of rows needs only three numbers).
 * Returns undefined when there are no answers or the sums are impossible.
 */
export function estimateMean(count: number, sum: number, sumOfSquares: number, min: number, max: number): MeanEstimate | undefined {
  if (!valid(count) || count === 0 || !Number.isFinite(sum) || !Number.isFinite(sumOfSquares)) return undefined;
  const mean = sum / count;
  if (mean < min || mean > max) return undefined;
  // Rounding can leave the sum of squared deviations a hair below 0 when every answer is the same.
  const squares = Math.max(0, sumOfSquares - count * mean * mean);
  const sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  const half = (Z95 * sd) / Math.sqrt(count);
  return {
    responses: count,
    mean,
    standardDeviation: sd,
    low: clip(mean - half, min, max),
    high: clip(mean + half, min, max),
    smallSample: count < MIN_RESPONSES,
  };
}

/** A correlation with its 95% interval. */
export interface CorrelationEstimate {
  /** The correlation, -1 to 1. */
  value: number;
  /** Pairs it rests on. */
  pairs: number;
  /** Lower end of the 95% interval, -1 to 1. */
  low: number;
  /** Upper end of the 95% interval, -1 to 1. */
  high: number;
  /** True below MIN_RESPONSES pairs: too few to rank drivers by. */
  smallSample: boolean;
}

/**
 * A rank (Spearman) correlation's 95% interval by Fisher's z: tanh(atanh(r) ± 1.96 √(1.06 / (n - 3))),
 * the 1.06 being Fieller, Hartley and Pearson's (1957) variance factor for Spearman's coefficient.
 * Returns undefined below 4 pairs (no interval) or for a value outside -1 to 1.
 */
export function estimateRankCorrelation(value: number, pairs: number): CorrelationEstimate | undefined {
  if (!valid(pairs) || pairs < 4 || !(value >= -1 && value <= 1)) return undefined;
  // atanh(±1) is infinite: a perfect correlation's interval is taken at ±0.999999.
  const z = Math.atanh(clip(value, -0.999999, 0.999999));
  const half = Z95 * Math.sqrt(1.06 / (pairs - 3));
  return {
    value,
    pairs,
    low: Math.min(value, Math.tanh(z - half)),
    high: Math.max(value, Math.tanh(z + half)),
    smallSample: pairs < MIN_RESPONSES,
  };
}
