// The minimum-answers rule (docs/methods/assessment.md, "When a result holds"), the pyramid read
// level by level, and the sentences the result is written in. Every expectation is worked out by
// hand from the rule; Q has dimensions a (weight 2, 3 statements), b (1, 2), c (1, 2), d (1, 1).
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../../src/calculators/assessment/answers.ts';
import { dimensionNeeds, levelStatusText, minimumRule, provisionalSummary } from '../../../../src/calculators/assessment/describe.ts';
import { dimensionsNeeded, pyramidResult, ratedNeeded, scoreAssessment } from '../../../../src/calculators/assessment/score.ts';
import { Q } from './fixture.ts';

const score = (ratings: AssessmentAnswers['ratings'], pyramid: AssessmentAnswers['pyramid'] = {}) =>
  scoreAssessment(Q, { ratings, pyramid });

describe('the minimum: how many answers a score needs before it holds', () => {
  it('a dimension needs more than half its statements rated', () => {
    // floor(n / 2) + 1: 1 -> 1, 2 -> 2, 3 -> 2, 4 -> 3, 5 -> 3, 6 -> 4
    expect([1, 2, 3, 4, 5, 6].map(ratedNeeded)).toEqual([1, 2, 2, 3, 3, 4]);
  });

  it('the overall score needs three quarters of the dimensions to hold, rounded up', () => {
    // ceil(0.75 n): 1 -> 1, 4 -> 3, 8 -> 6, 10 -> 7.5 -> 8, 11 -> 8.25 -> 9
    expect([1, 4, 8, 10, 11].map(dimensionsNeeded)).toEqual([1, 3, 6, 8, 9]);
  });

  it('few answers: every score is provisional, with no stage and no advice', () => {
    // a: 5 -> 100 (1 of 3 rated, needs 2); b: 1 -> 0 (1 of 2, needs 2); c, d unrated.
    // overall (2 x 100 + 1 x 0) / 3 = 66.67 is still computed, but 0 of 4 dimensions hold (3 needed).
    const r = score({ a: { s1: 5 }, b: { s1: 1 } });
    expect(r.dimensions.map((d) => [d.id, d.score, d.rated, d.needed, d.holds])).toEqual([
      ['a', 100, 1, 2, false],
      ['b', 0, 1, 2, false],
      ['c', null, 0, 2, false],
      ['d', null, 0, 1, false],
    ]);
    expect(r.overall).toBeCloseTo(200 / 3, 10);
    expect([r.holds, r.dimensionsHolding, r.dimensionsNeeded, r.stage, r.weakest]).toEqual([false, 0, 3, null, []]);
    expect(provisionalSummary(r)).toBe(
      'Provisional: 0 of 4 dimensions have enough answers; 3 more are needed before the overall score holds and a stage and advice are given.',
    );
    expect(r.dimensions.map((d) => dimensionNeeds(d, "Don't know"))).toEqual([
      'rate 1 more statement (1 of the 2 needed)',
      'rate 1 more statement (1 of the 2 needed)',
      'rate 2 more statements (0 of the 2 needed)',
      'rate 1 more statement (0 of the 1 needed)',
    ]);
  });

  it('one dimension short of the minimum: still provisional, and the sentence says one more', () => {
    // a 2 of 3 and b 2 of 2 hold; c 1 of 2 does not; d unrated: 2 of 4 hold, 3 needed
    const r = score({ a: { s1: 3, s2: 3 }, b: { s1: 3, s2: 3 }, c: { s1: 3 } });
    expect([r.holds, r.dimensionsHolding]).toEqual([false, 2]);
    expect(provisionalSummary(r)).toBe(
      'Provisional: 2 of 4 dimensions have enough answers; 1 more is needed before the overall score holds and a stage and advice are given.',
    );
  });

  it('exactly at the minimum the result holds: a stage and advice, from the dimensions that hold', () => {
    // a: 4 4 -> 75; b: 2 2 -> 25; d: 3 -> 50; c: 1 of 2 rated (1 -> 0), provisional.
    // 3 of 4 hold. overall over every scored dimension: (2 x 75 + 25 + 0 + 50) / 5 = 225 / 5 = 45 -> Emerging (30 to below 55).
    // advice: b 25, d 50, a 75; c (0) is left out because its score does not hold.
    const r = score({ a: { s1: 4, s2: 4 }, b: { s1: 2, s2: 2 }, c: { s1: 1 }, d: { s1: 3 } });
    expect([r.holds, r.dimensionsHolding, r.overall, r.stage?.name]).toEqual([true, 3, 45, 'Emerging']);
    expect(r.weakest.map((d) => d.id)).toEqual(['b', 'd', 'a']);
    expect(provisionalSummary(r)).toBe('');
    expect(dimensionNeeds(r.dimensions[0]!, "Don't know")).toBe('');
  });

  it('"don\'t know" answers that leave too few to rate are said so', () => {
    // c: both "don't know": nothing can be rated. a: 1 rated, 2 "don't know": 1 of the 2 needed is all it can have.
    const r = score({ a: { s1: 4, s2: 'dontKnow', s3: 'dontKnow' }, c: { s1: 'dontKnow', s2: 'dontKnow' } });
    expect(dimensionNeeds(r.dimensions[2]!, "Don't know")).toBe(
      "every statement is “Don't know”, so it stays unscored and out of the advice",
    );
    expect(dimensionNeeds(r.dimensions[0]!, "Don't know")).toBe(
      "it needs 2 rated statements but only 1 can be, the rest being “Don't know”, so it stays provisional and out of the advice",
    );
  });

  it('no statement rated: no score and a plain sentence', () => {
    const r = score({});
    expect([r.overall, r.holds]).toEqual([null, false]);
    expect(provisionalSummary(r)).toBe('No statement is rated yet, so there is no score.');
  });

  it('"start with these" lists only dimensions with room to improve', () => {
    // every answer 5: every dimension 100, the result holds, and nothing is listed
    const all5 = score({ a: { s1: 5, s2: 5, s3: 5 }, b: { s1: 5, s2: 5 }, c: { s1: 5, s2: 5 }, d: { s1: 5 } });
    expect([all5.holds, all5.overall, all5.stage?.name, all5.weakest]).toEqual([true, 100, 'Leading', []]);
    // d drops to 4 (75): only d is listed, the three at 100 are not
    const oneBelow = score({ a: { s1: 5, s2: 5, s3: 5 }, b: { s1: 5, s2: 5 }, c: { s1: 5, s2: 5 }, d: { s1: 4 } });
    expect(oneBelow.weakest.map((d) => d.id)).toEqual(['d']);
  });

  it("states the rule with the questionnaire's own numbers", () => {
    // needs per dimension: a 2 of 3, b and c 2 of 2 (said once), d 1 of 1; 3 of the 4 dimensions
    expect(minimumRule(score({}))).toBe(
      "A dimension's score holds once more than half its statements are rated (2 of 3, 2 of 2, 1 of 1); the overall score, the stage and the advice once 3 of the 4 dimensions hold.",
    );
    const ten = { ...Q, dimensions: Array.from({ length: 10 }, (_, i) => ({ ...Q.dimensions[0]!, id: `x${i}` })) };
    expect(minimumRule(scoreAssessment(ten, { ratings: {}, pyramid: {} }))).toBe(
      "A dimension's score holds once more than half its statements are rated (2 of 3); the overall score, the stage and the advice once 8 of the 10 dimensions hold.",
    );
  });
});

describe('the pyramid, level by level', () => {
  const read = (pyramid: AssessmentAnswers['pyramid']) => pyramidResult(Q, { ratings: {}, pyramid });
  const texts = (pyramid: AssessmentAnswers['pyramid']) => read(pyramid).levels.map((l) => levelStatusText(l, "Don't know"));

  it('a "yes" above an unmet level says which level below is not yet met', () => {
    // yes, yes, no, yes, don't know: levels 1 and 2 met; 3 stops the climb; 4's "yes" waits on 3
    const r = read({ l1: 'yes', l2: 'yes', l3: 'no', l4: 'yes', l5: 'dontKnow' });
    expect([r.level, r.settled]).toEqual([2, true]);
    expect(r.levels.map((l) => [l.status, l.unmetBelow])).toEqual([
      ['met', null],
      ['met', null],
      ['no', null],
      ['yesAboveUnmet', 3],
      ['dontKnow', null],
    ]);
    expect(texts({ l1: 'yes', l2: 'yes', l3: 'no', l4: 'yes', l5: 'dontKnow' })).toEqual([
      'met',
      'met',
      'not met',
      'yes, but level 3 below is not yet met',
      "not counted (“Don't know”)",
    ]);
  });

  it('the issue\'s case: everything answered, 3 and 5 "yes" above unmet levels', () => {
    // yes, no, yes, no, yes: level 1; 3 and 5 wait on level 2, the lowest level not met
    expect(texts({ l1: 'yes', l2: 'no', l3: 'yes', l4: 'no', l5: 'yes' })).toEqual([
      'met',
      'not met',
      'yes, but level 2 below is not yet met',
      'not met',
      'yes, but level 2 below is not yet met',
    ]);
  });

  it('levels nobody answered are "not answered yet", not "not met", and the level is not settled', () => {
    expect(texts({})).toEqual(Array(5).fill('not answered yet'));
    expect([read({}).level, read({}).settled]).toEqual([0, false]);
    // yes, yes, (blank), yes: level 2 so far; 4 waits on level 3, which nobody answered
    const r = read({ l1: 'yes', l2: 'yes', l4: 'yes' });
    expect([r.level, r.settled]).toEqual([2, false]);
    expect(texts({ l1: 'yes', l2: 'yes', l4: 'yes' })).toEqual([
      'met',
      'met',
      'not answered yet',
      'yes, but level 3 below is not yet met',
      'not answered yet',
    ]);
  });

  it('every level "yes" reaches the top, settled; a "no" at the base settles level 0', () => {
    const top = read({ l1: 'yes', l2: 'yes', l3: 'yes', l4: 'yes', l5: 'yes' });
    expect([top.level, top.settled, top.levels.every((l) => l.status === 'met')]).toEqual([5, true, true]);
    const base = read({ l1: 'no', l2: 'yes' });
    expect([base.level, base.settled]).toEqual([0, true]);
    expect(base.levels[1]).toMatchObject({ status: 'yesAboveUnmet', unmetBelow: 1 });
  });
});
