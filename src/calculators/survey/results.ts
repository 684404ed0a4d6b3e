// Tallies to scores with 95% intervals, by the NPS tool's own estimation modules (nps/estimate.ts):
// NPS by the adjusted-Wald interval, CSAT and the CES share by the Wilson interval, the CES mean by
// the normal interval; consecutive periods compared by the same method and small-sample rule.
import {
  compareSurveys,
  estimateCsat,
  estimateNps,
  MIN_RESPONSES,
  type CsatEstimate,
  type NpsEstimate,
  type SurveyComparison,
} from '../nps/estimate.ts';
import { estimateMean, type MeanEstimate } from '../nps/scale-estimates.ts';
import type { Tally } from './aggregate.ts';
import { SCALES } from './scales.ts';
import { fillWords } from '../shared/words.ts';
import { SURVEY_WORDS } from './words.ts';

/** One group's scores; a score is undefined when the group has no answer on its scale. */
export interface GroupScores {
  /** The group's name: "All responses", a segment value or a period key. */
  name: string;
  /** Responses used, in rows. */
  responses: number;
  nps: NpsEstimate | undefined;
  /** CSAT: the share answering 4 or 5 of 1-5, PERCENT 0-100 with its Wilson interval. */
  csat: CsatEstimate | undefined;
  /** CES: the share answering 5 to 7 of 1-7, PERCENT 0-100 with its Wilson interval. */
  cesShare: CsatEstimate | undefined;
  /** CES: the mean answer on 1-7, in scale points. */
  cesMean: MeanEstimate | undefined;
  /** Filled comments, in responses. */
  comments: number;
  /** True when every score present rests on fewer than MIN_RESPONSES answers. */
  smallSample: boolean;
}

/** The scores of one tally. */
export function scoreGroup(name: string, t: Tally): GroupScores {
  const npsN = t.nps.promoters + t.nps.passives + t.nps.detractors;
  const answered = [npsN, t.csat.total, t.ces.total].filter((n) => n > 0);
  return {
    name,
    responses: t.rows,
    nps: estimateNps(t.nps),
    csat: estimateCsat(t.csat.satisfied, t.csat.total),
    cesShare: estimateCsat(t.ces.top, t.ces.total),
    cesMean: estimateMean(t.ces.total, t.ces.sum, t.ces.sumOfSquares, SCALES.ces.min, SCALES.ces.max),
    comments: t.comments,
    smallSample: answered.every((n) => n < MIN_RESPONSES),
  };
}

/** One period against the one before it, on NPS. */
export interface PeriodChange {
  /** The later period's key. */
  name: string;
  /** The earlier period's key. */
  previous: string;
  comparison: SurveyComparison;
}

/** NPS of each period against the previous one (periods as listed, in time order); pairs without NPS in both are left out. */
export function periodChanges(groups: readonly GroupScores[]): PeriodChange[] {
  const changes: PeriodChange[] = [];
  for (let i = 1; i < groups.length; i++) {
    const [before, after] = [groups[i - 1]!, groups[i]!];
    if (before.nps && after.nps)
      changes.push({ name: after.name, previous: before.name, comparison: compareSurveys(before.nps, after.nps) });
  }
  return changes;
}

/** One segment's NPS against every other response's. */
export interface SegmentDifference {
  /** The segment's value. */
  name: string;
  /** The rest (previous) against the segment (current): the difference is segment minus rest, in NPS points. */
  comparison: SurveyComparison;
}

/**
 * Each segment's NPS against all other responses (overall minus the segment), by the NPS tool's
 * comparison; segments without NPS answers on both sides are left out.
 */
export function segmentDifferences(overall: Tally, segments: readonly [string, Tally][]): SegmentDifference[] {
  return segments.flatMap(([name, t]) => {
    const rest = estimateNps({
      promoters: overall.nps.promoters - t.nps.promoters,
      passives: overall.nps.passives - t.nps.passives,
      detractors: overall.nps.detractors - t.nps.detractors,
    });
    const own = estimateNps(t.nps);
    return rest && own ? [{ name, comparison: compareSurveys(rest, own) }] : [];
  });
}

/** From this many comparisons on one screen, the page warns that some "likely real" verdicts are chance. */
export const MANY_COMPARISONS = 5;

/** The warning shown with MANY_COMPARISONS or more comparisons: `text` (`survey.manyComparisons`) with `{count}` filled by `count` as written. */
export function comparisonsWarning(count: number, text: string, written: string = String(count)): string | undefined {
  return count < MANY_COMPARISONS ? undefined : fillWords(text, { count: written });
}

/** The warning in the default language. */
export const manyComparisonsWarning = (count: number): string | undefined => comparisonsWarning(count, SURVEY_WORDS.manyComparisons);
