// The team workshop (/assessment/workshop/): everyone answers privately and sends a share link;
// the facilitator's page combines the links and walks the team through the dimensions where
// people disagree most, with the patterns and questions to discuss, and records the actions
// agreed. Everything here is pure: the island keeps the session in the browser and draws it.
// Aggregation per dimension is team.ts's (mean, population spread, a person counted only where
// their score holds); this module adds the order of discussion, each person's position, the
// statements people answered most differently, and the pyramid counts.
import type { AssessmentAnswers, PyramidAnswer, StatementAnswer } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';
import { ratingPoints, scoreAssessment, type AssessmentResult } from './score.ts';
import { aggregateTeam, populationSd, type Spread, type TeamDimension } from './team.ts';

/** How people answered one statement. */
export interface StatementSpread {
  id: string;
  text: string;
  /** People per answer: index 0-4 for ratings 1-5. */
  ratings: [number, number, number, number, number];
  dontKnow: number;
  unanswered: number;
  /** Population SD of the rated answers' points (0-100 scale); null with fewer than two ratings. */
  sd: number | null;
}

/** One dimension as the workshop discusses it. */
export interface WorkshopDimension extends TeamDimension {
  /** Each counted person's score, points 0-100, lowest first: positions without names or order of pasting. */
  scores: number[];
  /** max - min, points; null when nobody's score holds. */
  range: number | null;
  /** The dimension's statements, the most divided first (see `orderStatements`). */
  statements: StatementSpread[];
}

/** How many people gave each answer to one pyramid question, and how many have the level met. */
export interface PyramidCount {
  level: string;
  /** 1 (base) to 5. */
  number: number;
  yes: number;
  no: number;
  dontKnow: number;
  unanswered: number;
  /** People for whom the level is met: "yes" here and at every level below. */
  met: number;
}

export interface WorkshopSummary {
  people: number;
  /** Every dimension, in the order to discuss them: widest disagreement first (`orderByDisagreement`). */
  dimensions: WorkshopDimension[];
  /** Spread of the overall scores that hold. */
  overall: Spread;
  pyramid: PyramidCount[];
  /** The disagreement threshold, points of standard deviation. */
  threshold: number;
}

/**
 * The order of discussion: widest spread first; dimensions fewer than two people scored (no
 * spread to speak of) last; ties broken by the wider range, then the lower mean (the weaker
 * picture first), then questionnaire order.
 */
export function orderByDisagreement<D extends Pick<WorkshopDimension, 'n' | 'sd' | 'range' | 'mean'>>(dims: readonly D[]): D[] {
  const key = (d: D) => (d.n >= 2 ? (d.sd as number) : -1);
  return dims
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        key(b.d) - key(a.d) || (b.d.range ?? -1) - (a.d.range ?? -1) || (a.d.mean ?? Infinity) - (b.d.mean ?? Infinity) || a.i - b.i,
    )
    .map(({ d }) => d);
}

/** Statements of one dimension, the most divided first (widest spread of ratings; ties keep questionnaire order). */
export function orderStatements(statements: readonly StatementSpread[]): StatementSpread[] {
  return statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.sd ?? -1) - (a.s.sd ?? -1) || a.i - b.i)
    .map(({ s }) => s);
}

function statementSpread(dimId: string, st: { id: string; text: string }, people: readonly AssessmentAnswers[]): StatementSpread {
  const ratings: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  let unanswered = 0;
  const points: number[] = [];
  for (const p of people) {
    const a: StatementAnswer | undefined = p.ratings[dimId]?.[st.id];
    if (a === undefined) unanswered++;
    else if (a === 'dontKnow') dontKnow++;
    else {
      ratings[a - 1]!++;
      points.push(ratingPoints(a));
    }
  }
  return { id: st.id, text: st.text, ratings, dontKnow, unanswered, sd: points.length >= 2 ? populationSd(points) : null };
}

/** Per pyramid level: how many answered yes, no, don't know or nothing, and for how many the level is met. */
export function aggregatePyramid(
  q: Questionnaire,
  people: readonly AssessmentAnswers[],
  results: readonly AssessmentResult[],
): PyramidCount[] {
  return q.pyramid.map((p, i) => {
    const count = (v: PyramidAnswer | undefined) => people.filter((a) => a.pyramid[p.level] === v).length;
    return {
      level: p.level,
      number: i + 1,
      yes: count('yes'),
      no: count('no'),
      dontKnow: count('dontKnow'),
      unanswered: count(undefined),
      met: results.filter((r) => r.pyramidLevel >= i + 1).length,
    };
  });
}

/** The workshop's picture of a team: one entry of `people` per person (duplicates already removed). */
export function summariseWorkshop(q: Questionnaire, people: readonly AssessmentAnswers[]): WorkshopSummary {
  const results = people.map((a) => scoreAssessment(q, a));
  const team = aggregateTeam(q, results);
  const dimensions = team.dimensions.map((d, i): WorkshopDimension => {
    const dim = q.dimensions[i]!;
    const scores = results
      .map((r) => r.dimensions[i]!)
      .filter((x) => x.holds && x.score !== null)
      .map((x) => x.score as number)
      .sort((a, b) => a - b);
    return {
      ...d,
      scores,
      range: d.min === null || d.max === null ? null : d.max - d.min,
      statements: orderStatements(dim.statements.map((s) => statementSpread(dim.id, s, people))),
    };
  });
  return {
    people: people.length,
    dimensions: orderByDisagreement(dimensions),
    overall: team.overall,
    pyramid: aggregatePyramid(q, people, results),
    threshold: team.threshold,
  };
}

/**
 * Where to draw each dot of a strip: `x` is the score (0-100) and `row` 0, 1, 2… stacks people
 * whose scores are within `near` points of each other, so no dot hides another.
 */
export function stackDots(scores: readonly number[], near = 3): { x: number; row: number }[] {
  const placed: { x: number; row: number }[] = [];
  for (const x of [...scores].sort((a, b) => a - b)) {
    const taken = new Set(placed.filter((p) => Math.abs(p.x - x) < near).map((p) => p.row));
    let row = 0;
    while (taken.has(row)) row++;
    placed.push({ x, row });
  }
  return placed;
}

/** The team's means at the time of a session, kept with it for the trend (points 0-100; null = nobody's score held). */
export function sessionScores(summary: WorkshopSummary): { scores: Record<string, number | null>; overall: number | null } {
  return {
    scores: Object.fromEntries(summary.dimensions.map((d) => [d.id, d.mean])),
    overall: summary.overall.mean,
  };
}
