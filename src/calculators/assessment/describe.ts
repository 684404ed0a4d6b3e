// The sentences the result is written in, kept beside the model so every one of them is tested
// with its exact words: what a provisional result still needs, and how each pyramid level reads.
// Scores are not formatted here (the island formats them in the reader's locale).
import type { AssessmentResult, DimensionScore, PyramidLevelResult } from './score.ts';

/** "1 statement", "2 statements". */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * What a dimension whose score does not hold still needs, e.g. "rate 1 more statement (1 of the 2
 * needed)"; when too many of its statements are "don't know" (`dontKnow` is the
 * label) for it ever to hold, what that means. Empty for a dimension that holds.
 */
export function dimensionNeeds(d: DimensionScore, dontKnow: string): string {
  const more = d.needed - d.rated;
  if (more <= 0) return '';
  const open = d.total - d.rated - d.dontKnow;
  if (open >= more) return `rate ${plural(more, 'more statement')} (${d.rated} of the ${d.needed} needed)`;
  if (d.rated + open === 0) return `every statement is “${dontKnow}”, so it stays unscored and out of the advice`;
  return `it needs ${d.needed} rated statements but only ${d.rated + open} can be, the rest being “${dontKnow}”, so it stays provisional and out of the advice`;
}

/** The rule in one sentence, for the result and the method, e.g. for ten dimensions of three statements. */
export function minimumRule(result: AssessmentResult): string {
  const needs = [...new Set(result.dimensions.map((d) => `${d.needed} of ${d.total}`))];
  return (
    `A dimension's score holds once more than half its statements are rated (${needs.join(', ')}); ` +
    `the overall score, the stage and the advice once ${result.dimensionsNeeded} of the ${result.dimensions.length} dimensions hold.`
  );
}

/** The headline of a provisional result: how far it is from holding. */
export function provisionalSummary(result: AssessmentResult): string {
  if (result.holds) return '';
  if (result.overall === null) return 'No statement is rated yet, so there is no score.';
  const more = result.dimensionsNeeded - result.dimensionsHolding;
  return (
    `Provisional: ${result.dimensionsHolding} of ${result.dimensions.length} dimensions have enough answers; ` +
    `${more} more ${more === 1 ? 'is' : 'are'} needed before the overall score holds and a stage and advice are given.`
  );
}

/** How a pyramid level reads, e.g. "met", "yes, but level 3 below is not yet met". */
export function levelStatusText(l: PyramidLevelResult, dontKnow: string): string {
  switch (l.status) {
    case 'met':
      return 'met';
    case 'yesAboveUnmet':
      return `yes, but level ${l.unmetBelow} below is not yet met`;
    case 'no':
      return 'not met';
    case 'dontKnow':
      return `not counted (“${dontKnow}”)`;
    case 'unanswered':
      return 'not answered yet';
  }
}
