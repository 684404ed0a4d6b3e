// Edges of the NPS change verdict (one adjusted-Wald calculation, MIN_RESPONSES per survey, the
// 'too-small' verdict) and of its wording, left untested by the other NPS tests. Every expected
// value is worked out by hand in the comment beside it. (Added for mutation testing,
// `npm run test:mutation`.)
import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS } from '../../../src/calculators/nps/chart.ts';
import { comparisonP, describeComparison, formatP } from '../../../src/calculators/nps/describe.ts';
import {
  compareSurveys,
  estimateNps,
  MIN_RESPONSES,
  type NpsEstimate,
  type SurveyComparison,
} from '../../../src/calculators/nps/estimate.ts';
import { parseScoreColumn } from '../../../src/calculators/nps/parse.ts';
import { INPUT_MESSAGES, NpsInputSchema } from '../../../src/calculators/nps/schema.ts';

const survey = (promoters: number, passives: number, detractors: number): NpsEstimate => {
  const e = estimateNps({ promoters, passives, detractors });
  if (!e) throw new Error('expected an estimate');
  return e;
};

/** A survey reduced to what compareSurveys reads, to put an interval end exactly where a rule changes. */
const synthetic = (score: number, centre: number, standardError: number): NpsEstimate =>
  ({ score, centre, standardError, responses: 100 }) as NpsEstimate;

describe('MIN_RESPONSES: 29 is too small, 30 is enough', () => {
  it('is 30', () => expect(MIN_RESPONSES).toBe(30));

  it('29 previous and 30 current responses: only the previous survey needs more (1)', () => {
    // 15 + 10 + 4 = 29 and 15 + 10 + 5 = 30; moreNeeded = max(0, 30 - 29) = 1 and max(0, 30 - 30) = 0
    const prev = survey(15, 10, 4);
    const cur = survey(15, 10, 5);
    const c = compareSurveys(prev, cur);
    expect(c.verdict).toBe('too-small');
    expect(c.moreNeeded).toEqual({ previous: 1, current: 0 });
    // the current survey, needing 0, is not mentioned ("and the current survey 0 more" would be wrong)
    expect(describeComparison(prev, cur, c).headline).toBe(
      'With 29 and 30 responses, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
        'so the previous survey needs 1 more.',
    );
  });

  it('30 previous and 29 current responses: only the current survey needs more (1)', () => {
    const prev = survey(15, 10, 5);
    const cur = survey(15, 10, 4);
    const c = compareSurveys(prev, cur);
    expect(c.moreNeeded).toEqual({ previous: 0, current: 1 });
    expect(describeComparison(prev, cur, c).headline).toBe(
      'With 30 and 29 responses, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
        'so the current survey needs 1 more.',
    );
  });

  it('30 in each survey is judged: identical surveys are no change, p = 1', () => {
    // score 100 (15 - 5) / 30 = 33.33 → "33.3"; same centres → adjusted difference 0, z = 0,
    // p = 2 Φ(0) = 2 × 0.5 = 1 → "p = 1.00" (two decimals at or above 0.1)
    const e = survey(15, 10, 5);
    const c = compareSurveys(e, e);
    expect(c.verdict).toBe('could-be-noise');
    expect(c.moreNeeded).toEqual({ previous: 0, current: 0 });
    expect(c.p).toBe(1);
    expect(describeComparison(e, e, c).headline).toBe(
      'Both surveys score 33.3 (30 responses in each survey), so there is no change to explain (p = 1.00).',
    );
  });
});

describe('one response in each survey: the interval is moved out to include the reported change', () => {
  // One promoter: P + 3/4 = 1.75, D + 3/4 = 0.75 over n + 3 = 4 → pP = 0.4375, pD = 0.1875;
  // centre 0.25 (25 points); variance 0.4375 + 0.1875 - 0.25^2 = 0.5625, / 4 = 0.140625,
  // SE = 0.375 (37.5 points). One detractor: the mirror, centre -25, SE 37.5.
  // Change detractor → promoter: adjusted difference 25 - (-25) = 50; SE = 37.5 √2 = 53.033;
  // 1.96 × 53.033 = 103.945 → raw interval 50 ∓ 103.945 = -53.945 to 153.945.
  // Reported change 100 - (-100) = 200 > 153.945, so the upper end is moved out to 200.
  const promoter = survey(1, 0, 0);
  const detractor = survey(0, 0, 1);

  it('a rise from one detractor to one promoter: upper end 200, stretched, too small', () => {
    const c = compareSurveys(detractor, promoter);
    expect(c.difference).toBe(200);
    expect(c.adjustedDifference).toBeCloseTo(50, 9);
    expect(c.standardError).toBeCloseTo(53.033, 3);
    expect(c.low).toBeCloseTo(-53.945, 3);
    expect(c.high).toBe(200);
    expect(c.stretched).toBe(true);
    expect(c.verdict).toBe('too-small');
    // 30 - 1 = 29 more for each survey
    expect(c.moreNeeded).toEqual({ previous: 29, current: 29 });
    const words = describeComparison(detractor, promoter, c);
    // one response each: "1 response" (singular) "in each survey"; both need 29 more
    expect(words.headline).toBe(
      'With 1 response in each survey, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
        'so the previous survey needs 29 more and the current survey 29 more.',
    );
    // -53.945 → "-53.9"; 200 → "+200"
    expect(words.detail).toBe("Until then the change's 95% interval, between -53.9 and +200 points, is only a rough guide.");
  });

  it('the fall from one promoter to one detractor: lower end -200, stretched', () => {
    // mirror: raw -153.945 to 53.945; reported -200 < -153.945 → lower end moved to -200
    const c = compareSurveys(promoter, detractor);
    expect(c.low).toBe(-200);
    expect(c.high).toBeCloseTo(53.945, 3);
    expect(c.stretched).toBe(true);
  });
});

describe('the change interval clipped at ±200', () => {
  // Centres 90 and -90 with SEs 30 and 40: SE of the change √(30² + 40²) = 50, 1.96 × 50 = 98.
  it('a fall: -180 - 98 = -278 is clipped to -200, which is the reported change itself: not stretched', () => {
    // reported change -100 - 100 = -200; raw high -180 + 98 = -82
    const prev = synthetic(100, 90, 30);
    const cur = synthetic(-100, -90, 40);
    const c = compareSurveys(prev, cur);
    expect(c.standardError).toBe(50);
    expect(c.low).toBe(-200);
    expect(c.high).toBeCloseTo(-82, 9);
    // -200 is not below the clipped end -200, so nothing was moved out
    expect(c.stretched).toBe(false);
    // -82 < 0: the interval excludes 0
    expect(c.verdict).toBe('likely-real');
    // z = -180 / 50 = -3.6, p = 2 Φ(-3.6) ≈ 0.00032 < 0.001
    expect(describeComparison(prev, cur, c).headline).toBe(
      'A 200-point fall from 100 to -100 with 100 responses in each survey is likely a real change (p < 0.001).',
    );
  });

  it('a rise: 180 + 98 = 278 is clipped to 200, the reported change: not stretched', () => {
    const c = compareSurveys(synthetic(-100, -90, 30), synthetic(100, 90, 40));
    expect(c.low).toBeCloseTo(82, 9);
    expect(c.high).toBe(200);
    expect(c.stretched).toBe(false);
    expect(c.verdict).toBe('likely-real');
  });
});

describe('an interval end at exactly 0 includes 0: not "likely real"', () => {
  // Centres 0 and ±10 with SEs 1 and 0: SE √(1² + 0²) = 1, raw interval ±10 ∓ 1.96.
  it('raw interval 8.04 to 11.96, but a reported change of 0 moves the lower end to 0', () => {
    const c = compareSurveys(synthetic(10, 0, 1), synthetic(10, 10, 0));
    expect(c.low).toBe(0); // min(8.04, 0)
    expect(c.high).toBeCloseTo(11.96, 9);
    expect(c.verdict).toBe('could-be-noise');
  });
  it('raw interval -11.96 to -8.04, but a reported change of 0 moves the upper end to 0', () => {
    const c = compareSurveys(synthetic(10, 0, 1), synthetic(10, -10, 0));
    expect(c.high).toBe(0); // max(-8.04, 0)
    expect(c.low).toBeCloseTo(-11.96, 9);
    expect(c.verdict).toBe('could-be-noise');
  });
});

describe('the p-value wording at the 0.05 boundary', () => {
  // 0.0499 rounds (three decimals below 0.1) to 0.050; 0.0504 also rounds to 0.050.
  it('0.0499 called significant reads "p < 0.05", not the rounded "p = 0.050"', () => expect(formatP(0.0499, 'en', true)).toBe('p < 0.05'));
  it('0.0499 not called significant (interval touching 0) reads "p = 0.050"', () => expect(formatP(0.0499, 'en', false)).toBe('p = 0.050'));
  it('by default 0.0499 counts as significant (it is below 0.05)', () => expect(formatP(0.0499)).toBe('p < 0.05'));
  it('0.05 itself is never "p < 0.05", even when called significant', () => expect(formatP(0.05, 'en', true)).toBe('p = 0.050'));
  it('0.0504 is not below 0.05, even when called significant: "p = 0.050"', () => expect(formatP(0.0504, 'en', true)).toBe('p = 0.050'));

  const comparison = (over: Partial<SurveyComparison>): SurveyComparison => ({
    difference: 5,
    adjustedDifference: 5,
    standardError: 2.55,
    z: 1.96,
    p: 0.0499,
    low: 0,
    high: 10,
    stretched: false,
    verdict: 'could-be-noise',
    moreNeeded: { previous: 0, current: 0 },
    ...over,
  });
  it('comparisonP follows the verdict: likely-real → "p < 0.05"', () =>
    expect(comparisonP(comparison({ verdict: 'likely-real', low: 0.1 }), 'en')).toBe('p < 0.05'));
  it('comparisonP follows the verdict: could-be-noise → "p = 0.050"', () =>
    expect(comparisonP(comparison({ verdict: 'could-be-noise' }), 'en')).toBe('p = 0.050'));
  it('comparisonP defaults to English number formatting', () =>
    // 0.012 < 0.1 → three decimals
    expect(comparisonP(comparison({ p: 0.012, verdict: 'likely-real' }))).toBe('p = 0.012'));
});

describe('count fields of the input schema', () => {
  const count = NpsInputSchema.shape.previousPromoters;
  const message = (x: unknown) => count.safeParse(x).error?.issues[0]?.message;
  it('carry the unit "count" for the form', () => expect(count.meta()).toEqual({ unit: 'count' }));
  it('reject a fraction, a negative number and more than 10,000,000 with the count message', () => {
    expect(message(1.5)).toBe(INPUT_MESSAGES.count);
    expect(message(-1)).toBe(INPUT_MESSAGES.count);
    expect(message(10_000_001)).toBe(INPUT_MESSAGES.count);
    expect(message(10_000_000)).toBeUndefined();
  });
});

describe('percentage and margin fields of the input schema', () => {
  it('carry their units for the form: "percent" and "points"', () => {
    expect(NpsInputSchema.shape.previousPromoterPercent.meta()).toEqual({ unit: 'percent' });
    expect(NpsInputSchema.shape.marginOfError.meta()).toEqual({ unit: 'points' });
  });
  it('reject values outside 0-100 and 0.5-50 with their own messages', () => {
    // text instead of a number
    expect(NpsInputSchema.shape.previousPromoterPercent.safeParse('50').error?.issues[0]?.message).toBe(INPUT_MESSAGES.percent);
    expect(NpsInputSchema.shape.marginOfError.safeParse('5').error?.issues[0]?.message).toBe(INPUT_MESSAGES.margin);
    // 100.5 > 100; 0.4 < 0.5 and 50.5 > 50 (MARGIN_RANGE)
    expect(NpsInputSchema.shape.currentPassivePercent.safeParse(100.5).error?.issues[0]?.message).toBe(INPUT_MESSAGES.percent);
    expect(NpsInputSchema.shape.marginOfError.safeParse(0.4).error?.issues[0]?.message).toBe(INPUT_MESSAGES.margin);
    expect(NpsInputSchema.shape.marginOfError.safeParse(50.5).error?.issues[0]?.message).toBe(INPUT_MESSAGES.margin);
  });
});

describe('a pasted score with several zero decimals', () => {
  it('"7.00" (a spreadsheet export with two decimals) is the score 7, a passive', () => {
    const r = parseScoreColumn('7.00\n10,00\n');
    // 7 → passive, 10 → promoter
    expect(r).toMatchObject({ ok: true, counts: { promoters: 1, passives: 1, detractors: 0 } });
  });
});

describe('the table alternative to the chart', () => {
  it('labels each column, with the unit of the percentages', () =>
    expect(TABLE_COLUMNS.map((c) => [c.key, c.label, c.unit])).toEqual([
      ['survey', 'Survey', 'text'],
      ['responses', 'Responses', 'count'],
      ['promoters', 'Promoters (%)', 'percent'],
      ['passives', 'Passives (%)', 'percent'],
      ['detractors', 'Detractors (%)', 'percent'],
      ['score', 'NPS', 'points'],
      ['low', '95% interval from', 'points'],
      ['high', '95% interval to', 'points'],
    ]));
});
