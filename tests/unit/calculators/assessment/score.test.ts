import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../../src/calculators/assessment/answers.ts';
import { overallScore, pyramidLevel, ratingPoints, scoreAssessment, stageFor } from '../../../../src/calculators/assessment/score.ts';
import { caseArb, LEVELS, Q, STAGES } from './fixture.ts';

describe('scoreAssessment: a case computed by hand', () => {
  // Questionnaire Q: a (weight 2, 3 statements), b (weight 1, 2), c (weight 1, 2), d (weight 1, 1).
  const answers: AssessmentAnswers = {
    ratings: {
      a: { s1: 5, s2: 4, s3: 'dontKnow' },
      b: { s1: 2, s2: 3 },
      c: { s1: 'dontKnow' }, // s2 unanswered
      d: { s1: 1 },
    },
    pyramid: { l1: 'yes', l2: 'yes', l3: 'no', l4: 'yes', l5: 'yes' },
  };
  const result = scoreAssessment(Q, answers);

  it('scores each dimension as the mean of (answer - 1) / 4 x 100 over rated statements', () => {
    // a: 5 -> (5-1)/4*100 = 100, 4 -> 75, "don't know" left out; mean (100 + 75) / 2 = 87.5
    // b: 2 -> 25, 3 -> 50; mean 37.5
    // c: nothing rated -> unscored (null), not zero
    // d: 1 -> 0; mean 0
    expect(result.dimensions.map((d) => [d.id, d.score, d.rated, d.total])).toEqual([
      ['a', 87.5, 2, 3],
      ['b', 37.5, 2, 2],
      ['c', null, 0, 2],
      ['d', 0, 1, 1],
    ]);
  });

  it('weights the overall score over scored dimensions only', () => {
    // (2 x 87.5 + 1 x 37.5 + 1 x 0) / (2 + 1 + 1) = (175 + 37.5) / 4 = 212.5 / 4 = 53.125; c's weight is not counted
    expect(result.overall).toBe(53.125);
    // 30 <= 53.125 < 55
    expect(result.stage?.name).toBe('Emerging');
  });

  it('reaches the pyramid level below the first level not met', () => {
    // levels 1 and 2 yes, level 3 no: levels 4 and 5 do not count although they are "yes"
    expect(result.pyramidLevel).toBe(2);
  });

  it('lists the three weakest scored dimensions, weakest first', () => {
    // d 0 < b 37.5 < a 87.5; c is unscored and so is not a priority
    expect(result.weakest.map((d) => d.id)).toEqual(['d', 'b', 'a']);
  });
});

describe('scoring rules', () => {
  it('maps the scale to points 0, 25, 50, 75, 100', () => {
    expect([1, 2, 3, 4, 5].map((r) => ratingPoints(r as 1))).toEqual([0, 25, 50, 75, 100]);
  });

  it('gives no overall score, stage or priorities when nothing is rated', () => {
    const r = scoreAssessment(Q, { ratings: { a: { s1: 'dontKnow' } }, pyramid: {} });
    expect(r.overall).toBeNull();
    expect(r.stage).toBeNull();
    expect(r.weakest).toEqual([]);
    expect(r.dimensions.every((d) => d.score === null)).toBe(true);
  });

  it('puts a score on a band edge into the higher stage, even when floating point lands a hair below it', () => {
    // weights 0.2 and 0.3; scores 12.5 (ratings 1,1,1,3 -> 0,0,0,50) and 125/3 (ratings 1,2,5 -> 0,25,100)
    // exact overall (0.2 x 12.5 + 0.3 x 125/3) / 0.5 = (2.5 + 12.5) / 0.5 = 30, the Emerging band's min
    const dims = [
      { id: 'x', title: 'X', weight: 0.2, failures: [], score: 12.5, rated: 4, total: 4 },
      { id: 'y', title: 'Y', weight: 0.3, failures: [], score: 125 / 3, rated: 3, total: 3 },
    ];
    const overall = overallScore(dims);
    expect(overall).toBeCloseTo(30, 9);
    expect(stageFor(STAGES, overall)?.name).toBe('Emerging');
    expect(stageFor(STAGES, 29.99)?.name).toBe('Reactive');
    expect(stageFor(STAGES, 0)?.name).toBe('Reactive');
    expect(stageFor(STAGES, 100)?.name).toBe('Leading');
  });

  it('breaks ties among the weakest by weight, then by questionnaire order', () => {
    const r = scoreAssessment(Q, { ratings: { a: { s1: 2, s2: 2 }, b: { s1: 2, s2: 2 }, c: { s1: 2, s2: 2 }, d: { s1: 2 } }, pyramid: {} });
    // every dimension holds and scores 25; a weighs 2, the rest 1 in order b, c, d
    expect(r.weakest.map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('treats "don\'t know" and unanswered pyramid questions as not met', () => {
    const level = (p: AssessmentAnswers['pyramid']) => pyramidLevel(Q, { ratings: {}, pyramid: p });
    expect(level({})).toBe(0);
    expect(level({ l1: 'dontKnow', l2: 'yes' })).toBe(0);
    expect(level({ l1: 'yes', l2: 'yes', l3: 'yes', l4: 'yes', l5: 'yes' })).toBe(5);
    expect(level({ l1: 'yes', l2: 'yes', l3: 'yes', l5: 'yes' })).toBe(3);
  });
});

// Oracle for the pyramid rule, written from the definition rather than from the code.
const oracleLevel = (p: AssessmentAnswers['pyramid']) => {
  let reached = 0;
  for (let level = 1; level <= 5; level++) {
    const allBelowAndThisMet = LEVELS.slice(0, level).every((id) => p[id] === 'yes');
    if (allBelowAndThisMet) reached = level;
  }
  return reached;
};

/** The answers with one rated statement raised by `by` points on the scale (capped at 5). */
function raise(answers: AssessmentAnswers, dimId: string, stId: string, by: number): AssessmentAnswers {
  const copy: AssessmentAnswers = structuredClone(answers);
  const a = copy.ratings[dimId]![stId] as number;
  copy.ratings[dimId]![stId] = Math.min(5, a + by) as 1;
  return copy;
}

describe('scoring properties', () => {
  it('keeps every score within 0..100 (or unscored)', () => {
    fc.assert(
      fc.property(caseArb, ({ q, answers }) => {
        const r = scoreAssessment(q, answers);
        for (const d of r.dimensions) {
          if (d.score === null) continue;
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
        }
        if (r.overall !== null) {
          expect(r.overall).toBeGreaterThanOrEqual(0);
          expect(r.overall).toBeLessThanOrEqual(100);
        }
        expect(Number.isFinite(r.overall ?? 0)).toBe(true);
      }),
    );
  });

  it('never lowers a dimension or the overall score when an answer is raised', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 4 }), ({ q, answers }, pick, by) => {
        const rated = q.dimensions.flatMap((d) =>
          d.statements.filter((s) => typeof answers.ratings[d.id]?.[s.id] === 'number').map((s) => [d.id, s.id] as const),
        );
        fc.pre(rated.length > 0);
        const [dimId, stId] = rated[pick % rated.length]!;
        const before = scoreAssessment(q, answers);
        const after = scoreAssessment(q, raise(answers, dimId, stId, by));
        const dimBefore = before.dimensions.find((d) => d.id === dimId)!.score!;
        const dimAfter = after.dimensions.find((d) => d.id === dimId)!.score!;
        expect(dimAfter).toBeGreaterThanOrEqual(dimBefore);
        expect(after.overall!).toBeGreaterThanOrEqual(before.overall!);
        // Raising an answer changes no count of rated statements, so whether the result holds does not change.
        expect(after.holds).toBe(before.holds);
        if (before.stage) expect(after.stage!.min).toBeGreaterThanOrEqual(before.stage.min);
      }),
    );
  });

  it('leaves unscored dimensions out rather than counting them as zero', () => {
    fc.assert(
      fc.property(caseArb, ({ q, answers }) => {
        const r = scoreAssessment(q, answers);
        r.dimensions.forEach((d, i) => {
          const dim = q.dimensions[i]!;
          const anyRated = dim.statements.some((s) => typeof answers.ratings[dim.id]?.[s.id] === 'number');
          expect(d.score === null).toBe(!anyRated);
        });
        // Removing every unscored dimension from the questionnaire does not move the overall score.
        const scoredOnly = { ...q, dimensions: q.dimensions.filter((_, i) => r.dimensions[i]!.score !== null) };
        expect(scoreAssessment(scoredOnly, answers).overall).toBe(r.overall);
        expect(r.overall === null).toBe(r.dimensions.every((d) => d.score === null));
      }),
    );
  });

  it('keeps the overall score between the lowest and highest dimension scores', () => {
    fc.assert(
      fc.property(caseArb, ({ q, answers }) => {
        const r = scoreAssessment(q, answers);
        const scores = r.dimensions.flatMap((d) => (d.score === null ? [] : [d.score]));
        fc.pre(scores.length > 0);
        expect(r.overall!).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
        expect(r.overall!).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
      }),
    );
  });

  it('follows the pyramid rule: highest level with every level below it met', () => {
    fc.assert(
      fc.property(caseArb, ({ answers }) => {
        expect(pyramidLevel(Q, answers)).toBe(oracleLevel(answers.pyramid));
      }),
    );
  });

  it('lists as weakest at most three dimensions that hold and are below 100, none scoring above one left out; none until the result holds', () => {
    fc.assert(
      fc.property(caseArb, ({ q, answers }) => {
        const r = scoreAssessment(q, answers);
        if (!r.holds) {
          expect(r.weakest).toEqual([]);
          return;
        }
        const eligible = r.dimensions.filter((d) => d.holds && d.score !== null && d.score < 100);
        expect(r.weakest.length).toBe(Math.min(3, eligible.length));
        const worstListed = Math.max(...r.weakest.map((d) => d.score!), -1);
        for (const d of eligible) if (!r.weakest.includes(d)) expect(d.score!).toBeGreaterThanOrEqual(worstListed);
      }),
    );
  });
});
