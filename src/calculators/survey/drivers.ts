// Driver analysis: for each other rating column, how strongly its answers rank with the likelihood
// to recommend (Spearman's rank correlation, with a 95% interval) against how well it scores (its
// mean). Answers are whole numbers 0-10, so each driver streams into an 11 × 11 table of counts and
// the correlation is computed from the table with mid-ranks for ties: exact, and memory-flat.
import { estimateMean, estimateRankCorrelation, type CorrelationEstimate, type MeanEstimate } from '../nps/scale-estimates.ts';

/** Values a table holds on each axis: 0-10. */
const SIZE = 11;

/** One driver's running counts. */
export interface DriverTally {
  /** Paired answers: counts[likelihood × 11 + driver], in responses. */
  pairs: number[];
  /** The driver's answers (with or without a likelihood answer): count, sum and sum of squares. */
  answers: { count: number; sum: number; sumOfSquares: number };
}

export const emptyDriverTally = (): DriverTally => ({
  pairs: new Array<number>(SIZE * SIZE).fill(0),
  answers: { count: 0, sum: 0, sumOfSquares: 0 },
});

/** Adds one row: the driver's answer (0-10, or undefined) and the likelihood answer (0-10, or undefined). */
export function addDriver(t: DriverTally, driver: number | undefined, likelihood: number | undefined): void {
  if (driver === undefined) return;
  t.answers.count++;
  t.answers.sum += driver;
  t.answers.sumOfSquares += driver * driver;
  if (likelihood !== undefined) t.pairs[likelihood * SIZE + driver]!++;
}

/** Mid-ranks of the values 0-10 from their counts, each value's rank centred on the mean rank (n + 1) / 2. */
function centredRanks(counts: readonly number[], n: number): number[] {
  let below = 0;
  return counts.map((c) => {
    const rank = below + (c + 1) / 2;
    below += c;
    return rank - (n + 1) / 2;
  });
}

/** Spearman's rank correlation of a table of paired counts (pairs[x × 11 + y]), or undefined when either side does not vary. */
export function rankCorrelation(pairs: readonly number[]): { value: number; pairs: number } | undefined {
  const xCounts = new Array<number>(SIZE).fill(0);
  const yCounts = new Array<number>(SIZE).fill(0);
  let n = 0;
  pairs.forEach((c, i) => {
    xCounts[Math.floor(i / SIZE)]! += c;
    yCounts[i % SIZE]! += c;
    n += c;
  });
  const rx = centredRanks(xCounts, n);
  const ry = centredRanks(yCounts, n);
  // Centred ranks keep the sums free of cancellation at a million rows.
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  pairs.forEach((c, i) => {
    const dx = rx[Math.floor(i / SIZE)]!;
    const dy = ry[i % SIZE]!;
    sxy += c * dx * dy;
    sxx += c * dx * dx;
    syy += c * dy * dy;
  });
  if (n < 2 || sxx === 0 || syy === 0) return undefined;
  return { value: Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), pairs: n };
}

/** One driver's importance and performance. */
export interface DriverResult {
  /** The column's index. */
  column: number;
  /** Rank correlation with the likelihood to recommend, with its interval; undefined when it cannot be computed. */
  importance: CorrelationEstimate | undefined;
  /** The mean answer on the driver's own scale, with its interval. */
  performance: MeanEstimate | undefined;
}

/** Importance and performance of one driver on a scale from `min` to `max` (scale points). */
export function driverResult(column: number, t: DriverTally, min: number, max: number): DriverResult {
  const r = rankCorrelation(t.pairs);
  return {
    column,
    importance: r && estimateRankCorrelation(r.value, r.pairs),
    performance: estimateMean(t.answers.count, t.answers.sum, t.answers.sumOfSquares, min, max),
  };
}
