// The sentences the result is written in, in the page's language (`assessment.*` in
// content/strings/<code>.yaml): what a provisional result still needs, the minimum-answers rule,
// and how each pyramid level reads. Scores are not formatted here (the island formats them in the
// reader's locale). describe.ts holds the same sentences in the default language, for tests.
import { fillWords as fill } from '../shared/words.ts';
import type { AssessmentResult, DimensionScore, PyramidLevelResult } from './score.ts';
import type { AssessmentWords } from './words.ts';

/** The words these sentences are made of. */
export type DescribeWords = Pick<
  AssessmentWords,
  | 'needsOne'
  | 'needsMany'
  | 'needsAllDontKnow'
  | 'needsTooMany'
  | 'needsPair'
  | 'minimumRule'
  | 'provisionalNone'
  | 'provisionalOne'
  | 'provisionalMany'
  | 'levelMet'
  | 'levelYesAboveUnmet'
  | 'levelNotMet'
  | 'levelDontKnow'
  | 'levelUnanswered'
>;

/**
 * What a dimension whose score does not hold still needs, e.g. "rate 1 more statement (1 of the 2
 * needed)"; when too many of its statements are "don't know" (`dontKnow` is the
 * label) for it ever to hold, what that means. Empty for a dimension that holds.
 */
export function dimensionNeedsIn(w: DescribeWords, d: DimensionScore, dontKnow: string): string {
  const more = d.needed - d.rated;
  if (more <= 0) return '';
  const open = d.total - d.rated - d.dontKnow;
  if (open >= more) return fill(more === 1 ? w.needsOne : w.needsMany, { count: more, rated: d.rated, needed: d.needed });
  if (d.rated + open === 0) return fill(w.needsAllDontKnow, { dontKnow });
  return fill(w.needsTooMany, { needed: d.needed, possible: d.rated + open, dontKnow });
}

/** The rule in one sentence, for the result and the method, e.g. for ten dimensions of three statements. */
export function minimumRuleIn(w: DescribeWords, result: AssessmentResult): string {
  const needs = [...new Set(result.dimensions.map((d) => fill(w.needsPair, { needed: d.needed, total: d.total })))];
  return fill(w.minimumRule, { needs: needs.join(', '), needed: result.dimensionsNeeded, count: result.dimensions.length });
}

/** The headline of a provisional result: how far it is from holding. */
export function provisionalSummaryIn(w: DescribeWords, result: AssessmentResult): string {
  if (result.holds) return '';
  if (result.overall === null) return w.provisionalNone;
  const more = result.dimensionsNeeded - result.dimensionsHolding;
  return fill(more === 1 ? w.provisionalOne : w.provisionalMany, {
    holding: result.dimensionsHolding,
    count: result.dimensions.length,
    more,
  });
}

/** How a pyramid level reads, e.g. "met", "yes, but level 3 below is not yet met". */
export function levelStatusTextIn(w: DescribeWords, l: PyramidLevelResult, dontKnow: string): string {
  switch (l.status) {
    case 'met':
      return w.levelMet;
    case 'yesAboveUnmet':
      return fill(w.levelYesAboveUnmet, { level: String(l.unmetBelow) });
    case 'no':
      return w.levelNotMet;
    case 'dontKnow':
      return fill(w.levelDontKnow, { dontKnow });
    case 'unanswered':
      return w.levelUnanswered;
  }
}
