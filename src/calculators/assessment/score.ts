// The scoring model of the maturity self-assessment (docs/methods/assessment.md).
// Scores are points from 0 to 100; "don't know" and unanswered statements are left out, so a
// dimension nobody could answer is unscored rather than zero. A score is shown from the first
// rated statement, but it *holds* (and a stage and advice are given) only once enough statements
// are rated: the minimum-answers rule below.
import type { AssessmentAnswers, PyramidAnswer, Rating } from './answers.ts';
import type { Questionnaire, QuestionnaireDimension, Stage } from './questionnaire.ts';

/**
 * Rated statements a dimension needs before its score holds: more than half of its statements
 * (2 of 3, 1 of 1, 2 of 2, 3 of 4). With fewer, one answer decides the score.
 */
export const ratedNeeded = (statements: number): number => Math.floor(statements / 2) + 1;

/** Share of the dimensions that must hold before the overall score, stage and advice do: three quarters. */
export const OVERALL_SHARE = 0.75;

/** Dimensions that must hold before the overall score does: three quarters, rounded up (8 of 10). */
export const dimensionsNeeded = (dimensions: number): number => Math.ceil(dimensions * OVERALL_SHARE);

/** One dimension's result. */
export interface DimensionScore {
  id: string;
  title: string;
  /** Relative weight in the overall score. */
  weight: number;
  /** Failure pattern ids the dimension maps to. */
  failures: string[];
  /** Mean of the rated statements in points 0-100, or null when none was rated (unscored). */
  score: number | null;
  /** Statements rated 1-5 ("don't know" and unanswered excluded). */
  rated: number;
  /** Statements answered "don't know". */
  dontKnow: number;
  /** Statements in the dimension. */
  total: number;
  /** Rated statements the score needs to hold (`ratedNeeded(total)`). */
  needed: number;
  /** Whether the score holds: `rated >= needed`. A score that does not hold is provisional. */
  holds: boolean;
}

/** How one pyramid level reads once the climb from the base is applied. */
export type LevelStatus =
  /** Answered "yes", and every level below is met too. */
  | 'met'
  /** Answered "yes", but a level below is not met, so it does not count (yet). */
  | 'yesAboveUnmet'
  | 'no'
  | 'dontKnow'
  | 'unanswered';

export interface PyramidLevelResult {
  /** Pyramid level id. */
  level: string;
  /** 1 (base) to 5. */
  number: number;
  answer: PyramidAnswer | null;
  status: LevelStatus;
  /** For 'yesAboveUnmet': the lowest level that is not met (the one that stops the climb); else null. */
  unmetBelow: number | null;
}

/** The pyramid, the result's second lens. */
export interface PyramidResult {
  /** Highest level L with levels 1..L all "yes", 0-5. */
  level: number;
  /**
   * Whether that level is settled: the climb stopped at an answered question ("no" or "don't
   * know") or reached the top. False when it stopped at a question not answered yet.
   */
  settled: boolean;
  levels: PyramidLevelResult[];
}

/** The whole result. */
export interface AssessmentResult {
  /** In questionnaire order. */
  dimensions: DimensionScore[];
  /**
   * Weighted mean of the scored dimensions, points 0-100; null when none is scored. Provisional
   * (shown as such, with no stage or advice) until `holds`.
   */
  overall: number | null;
  /** Whether the overall score holds: at least `dimensionsNeeded` dimensions hold. */
  holds: boolean;
  /** Dimensions whose score holds. */
  dimensionsHolding: number;
  /** Dimensions that must hold for the overall score to (`dimensionsNeeded`). */
  dimensionsNeeded: number;
  /** The stage the overall score falls in; null until the overall score holds. */
  stage: Stage | null;
  /** Pyramid level reached, 0 (not even level 1) to 5. */
  pyramidLevel: number;
  /** The pyramid level by level. */
  pyramid: PyramidResult;
  /**
   * Where to start: up to three dimensions whose score holds and is below 100, weakest first;
   * empty until the overall score holds.
   */
  weakest: DimensionScore[];
}

/** A rating as points: 1 -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100. */
export const ratingPoints = (rating: Rating): number => ((rating - 1) / 4) * 100;

// Floating-point sums can stray a hair outside 0-100; scores are clamped back.
const clamp = (x: number) => Math.min(100, Math.max(0, x));

/** Mean of (answer - 1) / 4 x 100 over the dimension's rated statements; null if none is rated. */
export function scoreDimension(dim: QuestionnaireDimension, answers: AssessmentAnswers): DimensionScore {
  const given = answers.ratings[dim.id] ?? {};
  const points = dim.statements.flatMap((s) => {
    const a = given[s.id];
    return typeof a === 'number' ? [ratingPoints(a)] : [];
  });
  const score = points.length ? clamp(points.reduce((x, y) => x + y, 0) / points.length) : null;
  const needed = ratedNeeded(dim.statements.length);
  return {
    id: dim.id,
    title: dim.title,
    weight: dim.weight,
    failures: dim.failures,
    score,
    rated: points.length,
    dontKnow: dim.statements.filter((s) => given[s.id] === 'dontKnow').length,
    total: dim.statements.length,
    needed,
    holds: points.length >= needed,
  };
}

/** Sum of weight x score over scored dimensions divided by the sum of their weights; null if none is scored. */
export function overallScore(dims: readonly Pick<DimensionScore, 'weight' | 'score'>[]): number | null {
  const scored = dims.filter((d) => d.score !== null);
  if (!scored.length) return null;
  const weights = scored.reduce((x, d) => x + d.weight, 0);
  return clamp(scored.reduce((x, d) => x + d.weight * (d.score as number), 0) / weights);
}

/**
 * The last stage whose `min` is at or below the score (stages ascend and start at 0). Weighted
 * means of thirds can land a hair below a band edge (exactly 30 computes as 29.999999999999996),
 * so the score is rounded to a millionth of a point before it is compared.
 */
export function stageFor(stages: readonly Stage[], overall: number | null): Stage | null {
  if (overall === null) return null;
  const x = Math.round(overall * 1e6) / 1e6;
  return stages.reduce<Stage | null>((found, s) => (s.min <= x ? s : found), null);
}

/** The highest level L such that levels 1..L are all answered "yes" (0 when level 1 is not). */
export function pyramidLevel(q: Questionnaire, answers: AssessmentAnswers): number {
  const firstUnmet = q.pyramid.findIndex((p) => answers.pyramid[p.level] !== 'yes');
  return firstUnmet === -1 ? q.pyramid.length : firstUnmet;
}

/** Each level's answer and how it reads once the climb from the base is applied. */
export function pyramidResult(q: Questionnaire, answers: AssessmentAnswers): PyramidResult {
  const level = pyramidLevel(q, answers);
  const stop = q.pyramid[level];
  const levels = q.pyramid.map((p, i): PyramidLevelResult => {
    const answer = answers.pyramid[p.level] ?? null;
    const number = i + 1;
    const status: LevelStatus =
      answer === 'yes'
        ? number <= level
          ? 'met'
          : 'yesAboveUnmet'
        : answer === 'no'
          ? 'no'
          : answer === 'dontKnow'
            ? 'dontKnow'
            : 'unanswered';
    return { level: p.level, number, answer, status, unmetBelow: status === 'yesAboveUnmet' ? level + 1 : null };
  });
  return { level, settled: stop === undefined || answers.pyramid[stop.level] !== undefined, levels };
}

/**
 * Where to start: the `n` lowest-scoring dimensions whose score holds and is below 100 (a
 * dimension at 100 has no room to improve on these statements); ties go to the heavier weight,
 * then questionnaire order.
 */
export function weakestDimensions(dims: readonly DimensionScore[], n = 3): DimensionScore[] {
  return dims
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.holds && d.score !== null && d.score < 100)
    .sort((a, b) => (a.d.score as number) - (b.d.score as number) || b.d.weight - a.d.weight || a.i - b.i)
    .slice(0, n)
    .map(({ d }) => d);
}

/** Scores a set of answers against the questionnaire. */
export function scoreAssessment(q: Questionnaire, answers: AssessmentAnswers): AssessmentResult {
  const dimensions = q.dimensions.map((d) => scoreDimension(d, answers));
  const overall = overallScore(dimensions);
  const dimensionsHolding = dimensions.filter((d) => d.holds).length;
  const needed = dimensionsNeeded(dimensions.length);
  const holds = overall !== null && dimensionsHolding >= needed;
  const pyramid = pyramidResult(q, answers);
  return {
    dimensions,
    overall,
    holds,
    dimensionsHolding,
    dimensionsNeeded: needed,
    stage: holds ? stageFor(q.stages, overall) : null,
    pyramidLevel: pyramid.level,
    pyramid,
    weakest: holds ? weakestDimensions(dimensions) : [],
  };
}
