// The scoring model of the maturity self-assessment (docs/methods/assessment.md).
// Scores are points from 0 to 100; "don't know" and unanswered statements are left out, so a
// dimension nobody could answer is unscored rather than zero.
import type { AssessmentAnswers, Rating } from './answers.ts';
import type { Questionnaire, QuestionnaireDimension, Stage } from './questionnaire.ts';

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
  /** Statements in the dimension. */
  total: number;
}

/** The whole result. */
export interface AssessmentResult {
  /** In questionnaire order. */
  dimensions: DimensionScore[];
  /** Weighted mean of the scored dimensions, points 0-100; null when none is scored. */
  overall: number | null;
  /** The stage the overall score falls in; null when there is no overall score. */
  stage: Stage | null;
  /** Pyramid level reached, 0 (not even level 1) to 5. */
  pyramidLevel: number;
  /** Up to three scored dimensions, weakest first. */
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
  return {
    id: dim.id,
    title: dim.title,
    weight: dim.weight,
    failures: dim.failures,
    score,
    rated: points.length,
    total: dim.statements.length,
  };
}

/** Sum of weight x score over scored dimensions divided by the sum of their weights; null if none is scored. */
export function overallScore(dims: readonly DimensionScore[]): number | null {
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

/** The `n` lowest-scoring scored dimensions; ties go to the heavier weight, then questionnaire order. */
export function weakestDimensions(dims: readonly DimensionScore[], n = 3): DimensionScore[] {
  return dims
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.score !== null)
    .sort((a, b) => (a.d.score as number) - (b.d.score as number) || b.d.weight - a.d.weight || a.i - b.i)
    .slice(0, n)
    .map(({ d }) => d);
}

/** Scores a set of answers against the questionnaire. */
export function scoreAssessment(q: Questionnaire, answers: AssessmentAnswers): AssessmentResult {
  const dimensions = q.dimensions.map((d) => scoreDimension(d, answers));
  const overall = overallScore(dimensions);
  return {
    dimensions,
    overall,
    stage: stageFor(q.stages, overall),
    pyramidLevel: pyramidLevel(q, answers),
    weakest: weakestDimensions(dimensions),
  };
}
