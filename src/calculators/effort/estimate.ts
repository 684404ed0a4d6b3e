// Two effort surveys compared, with the NPS tool's small-sample care: the same 95% level, the same
// minimum of MIN_RESPONSES answers per survey before a change is judged, and a verdict that says
// "likely real" only when the change's 95% interval leaves out 0. The single-survey estimates are
// the NPS tool's own: the share answering 5-7 by estimateCsat (Wilson) and the mean by estimateMean
// (normal), both in ../nps/estimate.ts.
import { MIN_RESPONSES, Z95, type CsatEstimate } from '../nps/estimate.ts';
import { type MeanEstimate } from '../nps/scale-estimates.ts';

/** A change between two surveys and whether it is more than sampling noise. */
export interface EffortChange {
  /** Current minus previous: percentage POINTS for the share, scale points for the mean. */
  difference: number;
  /** Lower end of the change's 95% interval, same unit. */
  low: number;
  /** Upper end of the change's 95% interval, same unit. */
  high: number;
  /** "too-small" below MIN_RESPONSES answers in either survey; else "likely-real" exactly when [low, high] leaves out 0. */
  verdict: 'too-small' | 'could-be-noise' | 'likely-real';
  /** Answers each survey still needs to reach MIN_RESPONSES (0 when it has enough). */
  moreNeeded: { previous: number; current: number };
}

function judge(difference: number, low: number, high: number, previousN: number, currentN: number): EffortChange {
  const moreNeeded = { previous: Math.max(0, MIN_RESPONSES - previousN), current: Math.max(0, MIN_RESPONSES - currentN) };
  const verdict = moreNeeded.previous > 0 || moreNeeded.current > 0 ? 'too-small' : low > 0 || high < 0 ? 'likely-real' : 'could-be-noise';
  return { difference, low, high, verdict, moreNeeded };
}

/**
 * The change in a share (PERCENT 0-100, each with its Wilson interval) by Newcombe's hybrid score
 * method: the distances from each share to its own Wilson ends, combined in quadrature,
 *   low = d − √((p2 − l2)² + (u1 − p1)²),  high = d + √((u2 − p2)² + (p1 − l1)²),
 * which keeps its coverage with small samples and shares near 0% or 100% where the plain
 * normal interval does not.
 */
export function compareShares(previous: CsatEstimate, current: CsatEstimate): EffortChange {
  const d = current.score - previous.score;
  const low = d - Math.hypot(current.score - current.low, previous.high - previous.score);
  const high = d + Math.hypot(current.high - current.score, previous.score - previous.low);
  return judge(d, low, high, previous.responses, current.responses);
}

/**
 * The change in a mean (scale points) by the normal interval of a difference of independent means,
 * d ± 1.96 √(SD1² / n1 + SD2² / n2), the same method as each survey's own interval.
 */
export function compareMeans(previous: MeanEstimate, current: MeanEstimate): EffortChange {
  const d = current.mean - previous.mean;
  const se = Math.sqrt(previous.standardDeviation ** 2 / previous.responses + current.standardDeviation ** 2 / current.responses);
  return judge(d, d - Z95 * se, d + Z95 * se, previous.responses, current.responses);
}
