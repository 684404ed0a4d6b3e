// The result's sentences in the default language (describe-in.ts builds them from a page's
// words), for code and tests that run without a page. The islands use describe-in.ts with the
// page's words, so this English copy stays out of their bundles.
import { dimensionNeedsIn, levelStatusTextIn, minimumRuleIn, provisionalSummaryIn } from './describe-in.ts';
import type { AssessmentResult, DimensionScore, PyramidLevelResult } from './score.ts';
import { ASSESSMENT_WORDS } from './words.ts';

/** What a dimension whose score does not hold still needs, e.g. "rate 1 more statement (1 of the 2 needed)". */
export const dimensionNeeds = (d: DimensionScore, dontKnow: string): string => dimensionNeedsIn(ASSESSMENT_WORDS, d, dontKnow);

/** The minimum-answers rule in one sentence. */
export const minimumRule = (result: AssessmentResult): string => minimumRuleIn(ASSESSMENT_WORDS, result);

/** The headline of a provisional result: how far it is from holding. */
export const provisionalSummary = (result: AssessmentResult): string => provisionalSummaryIn(ASSESSMENT_WORDS, result);

/** How a pyramid level reads, e.g. "met", "yes, but level 3 below is not yet met". */
export const levelStatusText = (l: PyramidLevelResult, dontKnow: string): string => levelStatusTextIn(ASSESSMENT_WORDS, l, dontKnow);
