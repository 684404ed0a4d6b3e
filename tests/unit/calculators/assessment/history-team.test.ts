import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../../src/calculators/assessment/answers.ts';
import { checkHistory, compareEntries, snapshot, type HistoryEntry } from '../../../../src/calculators/assessment/history.ts';
import { scoreAssessment } from '../../../../src/calculators/assessment/score.ts';
import { aggregateTeam, populationSd } from '../../../../src/calculators/assessment/team.ts';
import { Q } from './fixture.ts';

const entry = (date: string, scores: Record<string, number | null>, overall: number | null, pyramidLevel: number): HistoryEntry => ({
  date,
  version: 3,
  answers: 'v=3&a=___-__-__-_&p=_____',
  scores,
  overall,
  pyramidLevel,
});

describe('history', () => {
  it('saves a snapshot of the scores with the date and the answers as a share fragment', () => {
    const answers: AssessmentAnswers = { ratings: { a: { s1: 5 }, d: { s1: 3 } }, pyramid: { l1: 'yes' } };
    const s = snapshot(Q, answers, scoreAssessment(Q, answers), new Date('2026-03-01T09:00:00Z'));
    // a: 5 -> 100; d: 3 -> 50; overall (2 x 100 + 1 x 50) / 3 = 250 / 3
    expect(s).toEqual({
      date: '2026-03-01T09:00:00.000Z',
      version: 3,
      answers: 'v=3&a=5__-__-__-3&p=y____',
      scores: { a: 100, b: null, c: null, d: 50 },
      overall: 250 / 3,
      pyramidLevel: 1,
    });
  });

  it('gives the change per dimension as later minus earlier, whichever order they are picked in', () => {
    const march = entry('2026-03-01T09:00:00.000Z', { a: 50, b: 25, c: null, d: 75 }, 50, 1);
    const june = entry('2026-06-01T09:00:00.000Z', { a: 62.5, b: 25, c: 50, d: 50 }, 55, 3);
    const c = compareEntries(Q, june, march);
    expect(c.earlier).toBe(march);
    expect(c.dimensions.map((d) => [d.id, d.before, d.after, d.change])).toEqual([
      ['a', 50, 62.5, 12.5], // 62.5 - 50
      ['b', 25, 25, 0],
      ['c', null, 50, null], // unscored before: no change can be stated
      ['d', 75, 50, -25],
    ]);
    expect(c.overall).toEqual({ before: 50, after: 55, change: 5 });
    expect(c.pyramidLevel).toEqual({ before: 1, after: 3, change: 2 });
  });

  it('treats a dimension added since the earlier result as unscored then', () => {
    const old = entry('2026-01-01T00:00:00.000Z', { a: 50 }, 50, 0);
    const now = entry('2026-02-01T00:00:00.000Z', { a: 50, b: 75 }, 58, 0);
    expect(compareEntries(Q, old, now).dimensions[1]).toEqual({ id: 'b', title: 'B', before: null, after: 75, change: null });
  });

  it('keeps readable stored entries, oldest first, and says how many it ignored', () => {
    const good = entry('2026-06-01T09:00:00.000Z', { a: 50 }, 50, 1);
    const older = entry('2026-01-01T09:00:00.000Z', { a: 25 }, 25, 0);
    expect(checkHistory([good, { ...good, overall: 140 }, { date: 'yesterday' }, older])).toEqual({
      entries: [older, good],
      problems: ['2 saved result(s) could not be read and were ignored'],
    });
    expect(checkHistory({ not: 'a list' })).toEqual({ entries: [], problems: ['the saved history is not a list, so it was ignored'] });
    expect(checkHistory(null)).toEqual({ entries: [], problems: [] });
  });
});

describe('team aggregation', () => {
  // A person who rates two statements of a (of 3) and both of b with the same answer: each score
  // holds (more than half rated) and equals that answer's points.
  const person = (a: number | null, b: number | null) =>
    scoreAssessment(Q, {
      ratings: { ...(a ? { a: { s1: a as 1, s2: a as 1 } } : {}), ...(b ? { b: { s1: b as 1, s2: b as 1 } } : {}) },
      pyramid: {},
    });

  it('gives mean and population standard deviation per dimension, and flags wide spreads', () => {
    // a: ratings 2, 3, 5 -> 25, 50, 100. mean 175/3 = 58.33.
    //    deviations x3: 75-175 = -100, 150-175 = -25, 300-175 = 125 -> squares 10000, 625, 15625 = 26250, /9 = 2916.67
    //    population variance 2916.67 / 3 = 972.22, SD = 31.18 > 20 -> flagged
    // b: ratings 3, 3, 4 -> 50, 50, 75. mean 175/3. deviations x3: -25, -25, 50 -> 625 + 625 + 2500 = 3750, /9 = 416.67
    //    population variance 138.89, SD = 11.79 (a sample SD would be 14.43) -> not flagged
    const team = aggregateTeam(Q, [person(2, 3), person(3, 3), person(5, 4)]);
    const [a, b, c] = team.dimensions;
    expect(team.people).toBe(3);
    expect(a!.mean).toBeCloseTo(175 / 3, 10);
    expect(a!.sd).toBeCloseTo(Math.sqrt(26250 / 27), 10);
    expect(a!.sd).toBeCloseTo(31.18, 2);
    expect([a!.min, a!.max, a!.flagged]).toEqual([25, 100, true]);
    expect(b!.sd).toBeCloseTo(Math.sqrt(3750 / 27), 10);
    expect(b!.sd).toBeCloseTo(11.79, 2);
    expect(b!.flagged).toBe(false);
    expect(c).toMatchObject({ n: 0, mean: null, sd: null, flagged: false });
    expect(team.disagreements.map((d) => d.id)).toEqual(['a']);
    expect(team.threshold).toBe(20);
  });

  it('counts only the people who scored a dimension, and never flags a single answer', () => {
    const team = aggregateTeam(Q, [person(1, null), person(null, 5), person(null, 1)]);
    expect(team.dimensions[0]).toMatchObject({ n: 1, mean: 0, sd: 0, flagged: false });
    // b: 100 and 0 -> mean 50, SD 50
    expect(team.dimensions[1]).toMatchObject({ n: 2, mean: 50, sd: 50, flagged: true });
  });

  it('flags a spread strictly above the threshold, widest first', () => {
    // a: ratings 1 and 3 -> 0 and 50, SD 25, equal to the threshold so not flagged; b: 0 and 100 -> SD 50, flagged
    const team = aggregateTeam({ ...Q, disagreementThreshold: 25 }, [person(1, 1), person(3, 5)]);
    expect(team.dimensions[0]!.sd).toBe(25);
    expect(team.disagreements.map((d) => d.id)).toEqual(['b']);
  });

  it('has a population SD that is 0 for equal values and never exceeds half the range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const sd = populationSd(xs);
        expect(sd).toBeGreaterThanOrEqual(0);
        expect(sd).toBeLessThanOrEqual((Math.max(...xs) - Math.min(...xs)) / 2 + 1e-9);
        expect(populationSd(xs.map(() => xs[0]!))).toBe(0);
      }),
    );
  });
});

describe('JSON export', () => {
  it('writes each statement with its answer label, and unanswered ones as null', async () => {
    const { buildExport } = await import('../../../../src/calculators/assessment/export.ts');
    // a: 4, don't know, 4 -> 75 (2 of 3 rated: holds); b: 4 4 -> 75; c unanswered; d: 4 -> 75.
    // 3 of 4 dimensions hold (three quarters of 4, rounded up, is 3), so the overall 75 holds: Established.
    // Weakest: all three at 75, a first (weight 2), then b and d in questionnaire order.
    const answers: AssessmentAnswers = {
      ratings: { a: { s1: 4, s2: 'dontKnow', s3: 4 }, b: { s1: 4, s2: 4 }, d: { s1: 4 } },
      pyramid: { l1: 'yes' },
    };
    const doc = buildExport(Q, answers, scoreAssessment(Q, answers), new Date('2026-05-01T12:00:00Z'));
    expect(doc).toMatchObject({
      tool: 'cx-maturity-self-assessment',
      questionnaireVersion: 3,
      date: '2026-05-01T12:00:00.000Z',
      overall: 75,
      provisional: false,
      stage: 'Established',
      pyramidLevel: 1,
      weakest: ['a', 'b', 'd'],
    });
    expect(doc.dimensions[0]!.statements).toEqual([
      { id: 's1', text: 'Statement 1 of a.', answer: 4, label: 'A' },
      { id: 's2', text: 'Statement 2 of a.', answer: 'dontKnow', label: "Don't know" },
      { id: 's3', text: 'Statement 3 of a.', answer: 4, label: 'A' },
    ]);
    expect(doc.dimensions[2]).toMatchObject({ id: 'c', score: null, holds: false });
    expect(doc.dimensions[2]!.statements[0]).toEqual({ id: 's1', text: 'Statement 1 of c.', answer: null, label: null });
    expect(doc.pyramid[0]).toEqual({ level: 'l1', question: 'Is l1 met?', answer: 'yes' });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
