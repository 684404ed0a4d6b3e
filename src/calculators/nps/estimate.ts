// The statistics of the tool, on counts: NPS with its adjusted-Wald interval, the comparison of
// two surveys, responses needed for a margin of error, and CSAT with its Wilson interval.
// Shares are 0-1 inside; every result is in NPS points (-100..100) or PERCENT 0-100.
import { twoSidedP } from './normal.ts';
import type { NpsCounts } from './parse.ts';

/** z value of a two-sided 95% interval, in standard errors (the rounded 1.95996… the method states). */
export const Z95 = 1.96;

/** The nominal two-sided level of the 95% interval (a probability 0-1); p-values are printed against it. */
export const SIGNIFICANCE = 0.05;

/**
 * Fewest responses (per survey) the tool judges a change from, and below which CSAT is flagged as a
 * small sample. At 30 the adjusted-Wald margin is at most ±34 points (1.96 × √(1 / 33)), the normal
 * approximation to a mean of +1/0/-1 answers is the usual rule of thumb, and one answer more or less
 * moves the score by at most 3.3 points; below it a single answer can swing the verdict.
 */
export const MIN_RESPONSES = 30;

/** One survey's NPS with its 95% interval. */
export interface NpsEstimate {
  /** Promoters, passives and detractors, in responses. */
  counts: NpsCounts;
  /** All responses n = P + passives + D. */
  responses: number;
  /** Promoters, PERCENT 0-100 of responses. */
  promoterPercent: number;
  /** Passives, PERCENT 0-100 of responses. */
  passivePercent: number;
  /** Detractors, PERCENT 0-100 of responses. */
  detractorPercent: number;
  /** The reported score 100 (P - D) / n, in NPS points -100..100. */
  score: number;
  /** The interval's centre: the adjusted score 100 (p_P - p_D) with P + 3/4, D + 3/4 over n + 3, in NPS points. */
  centre: number;
  /** Standard error of the adjusted score, in NPS points. */
  standardError: number;
  /** Half-width 1.96 SE before clipping, in NPS points. */
  margin: number;
  /** Lower end of the 95% interval, in NPS points (at least -100). */
  low: number;
  /** Upper end of the 95% interval, in NPS points (at most 100). */
  high: number;
  /** True when an end was moved out to reach the reported score (happens only with a single response). */
  stretched: boolean;
}

/** Whether `x` is a whole count, 0 or more. */
export const valid = (x: number) => Number.isInteger(x) && x >= 0;
/** `x` kept within `lo` to `hi`. */
export const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Adjusted-Wald shares (each 0-1) of promoters and detractors: (P + 3/4) / (n + 3) and (D + 3/4) / (n + 3). */
export function adjustedShares(c: NpsCounts): { promoters: number; detractors: number; n: number } {
  const n = c.promoters + c.passives + c.detractors + 3;
  return { promoters: (c.promoters + 0.75) / n, detractors: (c.detractors + 0.75) / n, n };
}

/** Variance of one response's NPS contribution (+1, 0, -1) at shares pP and pD (each 0-1): pP + pD - (pP - pD)^2, in squared shares. */
export const npsVariance = (pP: number, pD: number): number => pP + pD - (pP - pD) ** 2;

/**
 * NPS (points) with its adjusted-Wald 95% interval, from counts (whole responses). Returns
 * undefined when there are no responses or a count is not a whole number of at least 0.
 */
export function estimateNps(counts: NpsCounts): NpsEstimate | undefined {
  const { promoters: P, passives: A, detractors: D } = counts;
  if (![P, A, D].every(valid)) return undefined;
  const n = P + A + D;
  if (n === 0) return undefined;
  const adj = adjustedShares(counts);
  const centre = adj.promoters - adj.detractors;
  const se = Math.sqrt(npsVariance(adj.promoters, adj.detractors) / adj.n);
  const score = (100 * (P - D)) / n;
  const low = clip(100 * (centre - Z95 * se), -100, 100);
  const high = clip(100 * (centre + Z95 * se), -100, 100);
  return {
    counts: { ...counts },
    responses: n,
    promoterPercent: (100 * P) / n,
    passivePercent: (100 * A) / n,
    detractorPercent: (100 * D) / n,
    score,
    centre: 100 * centre,
    standardError: 100 * se,
    margin: 100 * Z95 * se,
    // The adjusted interval is centred nearer 0 than the score; with one response it can stop
    // short of it (1 promoter: -48.5 to 98.5), so the end is moved to include what was observed.
    low: Math.min(low, score),
    high: Math.max(high, score),
    stretched: score < low || score > high,
  };
}

/** Two surveys compared: is the change more than sampling noise? */
export interface SurveyComparison {
  /** Current score minus previous score (the reported scores), in NPS points. */
  difference: number;
  /** Current adjusted score minus previous adjusted score (the interval's centre), in NPS points. */
  adjustedDifference: number;
  /** Standard error of the difference sqrt(SE1^2 + SE2^2), each the survey's adjusted-Wald SE, in NPS points. */
  standardError: number;
  /** adjustedDifference / standardError, in standard errors. */
  z: number;
  /** Two-sided p-value of the same z from the normal distribution, a probability 0-1. */
  p: number;
  /** Lower end of the difference's 95% interval adjustedDifference - 1.96 SE, in NPS points (at least -200). */
  low: number;
  /** Upper end of the difference's 95% interval adjustedDifference + 1.96 SE, in NPS points (at most 200). */
  high: number;
  /** True when an end was moved out to include the reported difference (only with very few responses). */
  stretched: boolean;
  /**
   * "too-small" when either survey has fewer than MIN_RESPONSES responses; otherwise "likely-real"
   * exactly when the interval [low, high] excludes 0, else "could-be-noise".
   */
  verdict: 'too-small' | 'could-be-noise' | 'likely-real';
  /** Responses each survey still needs to reach MIN_RESPONSES (0 when it has enough), in responses. */
  moreNeeded: { previous: number; current: number };
}

/**
 * Compares two surveys' NPS (points). One method gives the interval, z, p and verdict: the
 * difference of the adjusted-Wald centres, with the adjusted-Wald standard errors of both surveys
 * combined; the change is "likely real" only when that 95% interval excludes 0, and never below
 * MIN_RESPONSES responses in either survey.
 */
export function compareSurveys(previous: NpsEstimate, current: NpsEstimate): SurveyComparison {
  const adjustedDifference = current.centre - previous.centre;
  const se = Math.hypot(previous.standardError, current.standardError);
  const z = adjustedDifference / se;
  const difference = current.score - previous.score;
  const rawLow = clip(adjustedDifference - Z95 * se, -200, 200);
  const rawHigh = clip(adjustedDifference + Z95 * se, -200, 200);
  // As for one survey: the adjusted centre sits nearer 0 than the reported scores, so with very
  // few responses the interval can stop short of the reported change; its end is moved out to it.
  const low = Math.min(rawLow, difference);
  const high = Math.max(rawHigh, difference);
  const moreNeeded = {
    previous: Math.max(0, MIN_RESPONSES - previous.responses),
    current: Math.max(0, MIN_RESPONSES - current.responses),
  };
  const verdict = moreNeeded.previous > 0 || moreNeeded.current > 0 ? 'too-small' : low > 0 || high < 0 ? 'likely-real' : 'could-be-noise';
  return {
    difference,
    adjustedDifference,
    standardError: se,
    z,
    p: twoSidedP(z),
    low,
    high,
    stretched: difference < rawLow || difference > rawHigh,
    verdict,
    moreNeeded,
  };
}

/**
 * Responses needed so that a 95% interval is no wider than ± margin, by the usual planning
 * formula n = 1.96^2 var / (margin / 100)^2, rounded up. `margin` is in points, `variance` in
 * squared shares (NPS: at most 1; a proportion: at most 1/4).
 */
export function responsesForMargin(margin: number, variance: number): number {
  const n = (Z95 ** 2 * variance) / (margin / 100) ** 2;
  // Rounding error must not push an exact whole number up by one (e.g. 1.96^2 / 0.0196^2 = 10000).
  return Math.max(1, Math.ceil(n - 1e-9 * Math.max(1, n)));
}

/** Responses needed for ± margin (points) on NPS and on CSAT. */
export interface SampleSizePlan {
  /** The target margin of error, in points. */
  margin: number;
  /** NPS in the worst case (half promoters, half detractors: variance 1), in responses. */
  npsWorstCase: number;
  /** NPS at the current survey's adjusted shares, in responses; undefined without a current survey. */
  npsAtCurrentShares: number | undefined;
  /** CSAT in the worst case (half satisfied: variance 1/4), in responses. */
  csatWorstCase: number;
}

/** Responses needed for a margin of error (points), worst case and at the current survey's shares. */
export function planSampleSize(margin: number, current?: NpsCounts): SampleSizePlan {
  const adj = current && current.promoters + current.passives + current.detractors > 0 ? adjustedShares(current) : undefined;
  return {
    margin,
    npsWorstCase: responsesForMargin(margin, 1),
    npsAtCurrentShares: adj ? responsesForMargin(margin, npsVariance(adj.promoters, adj.detractors)) : undefined,
    csatWorstCase: responsesForMargin(margin, 0.25),
  };
}

/** CSAT with its Wilson 95% interval. */
export interface CsatEstimate {
  /** Answers of 4 or 5, in responses. */
  satisfied: number;
  /** All answers, in responses. */
  responses: number;
  /** satisfied / responses, PERCENT 0-100. */
  score: number;
  /** Lower end of the Wilson 95% interval, PERCENT 0-100. */
  low: number;
  /** Upper end of the Wilson 95% interval, PERCENT 0-100. */
  high: number;
  /** True below MIN_RESPONSES answers: the interval is still valid, but wide and easily moved. */
  smallSample: boolean;
}

/**
 * CSAT (percent) with a Wilson 95% interval, from satisfied answers and all answers (whole
 * responses). Returns undefined when there are no answers, or satisfied is not between 0 and total.
 */
export function estimateCsat(satisfied: number, total: number): CsatEstimate | undefined {
  if (!valid(satisfied) || !valid(total) || total === 0 || satisfied > total) return undefined;
  const p = satisfied / total;
  const z2n = Z95 ** 2 / total;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z95 / (1 + z2n)) * Math.sqrt((p * (1 - p)) / total + z2n / (4 * total));
  // Exact ends at 0 and 100 %: rounding must not leave the score a hair outside its interval.
  const low = satisfied === 0 ? 0 : Math.min(p, clip(centre - half, 0, 1));
  const high = satisfied === total ? 1 : Math.max(p, clip(centre + half, 0, 1));
  return { satisfied, responses: total, score: 100 * p, low: 100 * low, high: 100 * high, smallSample: total < MIN_RESPONSES };
}
