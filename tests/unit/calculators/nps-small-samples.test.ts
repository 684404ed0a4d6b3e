// Issue 14: statistics that do not overclaim. The change between two surveys, its interval, z, p
// and verdict all come from one method (the difference of the adjusted-Wald centres with both
// surveys' adjusted-Wald standard errors), and below MIN_RESPONSES in either survey there is no
// verdict. Every expected value is worked out by hand from docs/methods/nps.md; the arithmetic is
// beside it (Φ from a normal table). None is the program's output pasted back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeComparison } from '../../../src/calculators/nps/describe.ts';
import { compareSurveys, estimateCsat, estimateNps, MIN_RESPONSES, Z95, type NpsEstimate } from '../../../src/calculators/nps/estimate.ts';
import { MAX_RESPONSES } from '../../../src/calculators/nps/schema.ts';

const nps = (promoters: number, passives: number, detractors: number): NpsEstimate => {
  const e = estimateNps({ promoters, passives, detractors });
  if (!e) throw new Error('expected an estimate');
  return e;
};

// One survey, adjusted-Wald (n' = n + 3, P + 0.75, D + 0.75), as used below:
// 1 promoter (1/0/0): n' = 4, p_P = 1.75 / 4 = 0.4375, p_D = 0.75 / 4 = 0.1875, centre 0.25 (25 points);
//   var = 0.625 − 0.25² = 0.5625, SE = √(0.5625 / 4) = √0.140625 = 0.375 (37.5 points)
// 1 detractor (0/0/1): the mirror image, centre −25, SE 37.5
// 2 promoters (2/0/0): n' = 5, p_P = 2.75 / 5 = 0.55, p_D = 0.15, centre 0.4 (40 points);
//   var = 0.7 − 0.16 = 0.54, SE = √(0.54 / 5) = √0.108 = 0.3286335 (32.86335 points)
// 1 promoter, 1 detractor (1/0/1): n' = 5, p_P = p_D = 0.35, centre 0; var = 0.7, SE = √0.14 = 0.3741657
// 5 answers (3/1/1): n' = 8, p_P = 3.75 / 8 = 0.46875, p_D = 1.75 / 8 = 0.21875, centre 0.25;
//   var = 0.6875 − 0.0625 = 0.625, SE = √(0.625 / 8) = √0.078125 = 0.2795085
// 10 answers (5/3/2): n' = 13, centre (5.75 − 2.75) / 13 = 3 / 13 = 0.2307692;
//   var = 8.5 / 13 − (3 / 13)² = 0.6538462 − 0.0532544 = 0.6005917, SE = √(0.6005917 / 13) = √0.0461994 = 0.2149404
// the sources' 67 (370/95/35): centre 335 / 503 = 0.6660040, SE 0.02692268 (nps-golden.test.ts)

describe('small samples: no verdict below the minimum', () => {
  it('the minimum is 30 responses per survey', () => {
    expect(MIN_RESPONSES).toBe(30);
  });

  it('1 response each: 1 promoter against 1 detractor', () => {
    const c = compareSurveys(nps(1, 0, 0), nps(0, 0, 1));
    expect(c.difference).toBe(-200); // −100 − 100
    expect(c.adjustedDifference).toBeCloseTo(-50, 9); // −25 − 25
    expect(c.standardError).toBeCloseTo(53.0330086, 6); // √(37.5² + 37.5²) = 37.5 × √2
    expect(c.z).toBeCloseTo(-0.942809, 6); // −50 / 53.0330086
    expect(c.p).toBeCloseTo(0.345779, 5); // 2 × Φ(−0.9428) = 2 × 0.172889
    // −50 ± 1.96 × 53.0330086 = −50 ± 103.9446968 = −153.9446968 to 53.9446968; the reported
    // −200 lies below, so the lower end is moved out to it
    expect(c.low).toBe(-200);
    expect(c.high).toBeCloseTo(53.9446968, 6);
    expect(c.stretched).toBe(true);
    expect(c.verdict).toBe('too-small');
    expect(c.moreNeeded).toEqual({ previous: 29, current: 29 }); // 30 − 1 each
  });

  it('2 responses each: 2 promoters against 1 promoter and 1 detractor', () => {
    const c = compareSurveys(nps(2, 0, 0), nps(1, 0, 1));
    expect(c.difference).toBe(-100); // 0 − 100
    expect(c.adjustedDifference).toBeCloseTo(-40, 9); // 0 − 40
    expect(c.standardError).toBeCloseTo(49.799598, 5); // 100 × √(0.108 + 0.14) = 100 × √0.248
    // −40 ± 1.96 × 49.799598 = −40 ± 97.607213: −137.607213 to 57.607213; −100 is inside
    expect(c.low).toBeCloseTo(-137.607213, 5);
    expect(c.high).toBeCloseTo(57.607213, 5);
    expect(c.stretched).toBe(false);
    expect(c.verdict).toBe('too-small');
    expect(c.moreNeeded).toEqual({ previous: 28, current: 28 });
  });

  it('5 against 10 responses', () => {
    const c = compareSurveys(nps(3, 1, 1), nps(5, 3, 2));
    expect(c.difference).toBeCloseTo(-10, 9); // 100 × 3 / 10 − 100 × 2 / 5 = 30 − 40
    expect(c.adjustedDifference).toBeCloseTo(-1.9230769, 6); // 23.0769231 − 25
    expect(c.standardError).toBeCloseTo(35.25966, 5); // 100 × √(0.078125 + 0.0461994) = 100 × √0.1243244
    // −1.9230769 ± 1.96 × 35.259660 = −1.9230769 ± 69.108934
    expect(c.low).toBeCloseTo(-71.032011, 5);
    expect(c.high).toBeCloseTo(67.185857, 5);
    expect(c.verdict).toBe('too-small');
    expect(c.moreNeeded).toEqual({ previous: 25, current: 20 }); // 30 − 5, 30 − 10
  });

  it("the issue's case: 500 responses before, a single detractor now", () => {
    // Before the fix: difference −167 ± 1.96 × 37.5965 = −200 (clipped) to −93.3, "likely a real
    // change (p < 0.001)". Now: centres 66.600398 and −25, adjusted difference −91.600398;
    // SE √(2.692268² + 37.5²) = √(7.248306 + 1406.25) = √1413.498306 = 37.596520;
    // −91.600398 ± 1.96 × 37.596520 = −91.600398 ± 73.689179 = −165.289577 to −17.911219.
    const c = compareSurveys(nps(370, 95, 35), nps(0, 0, 1));
    expect(c.difference).toBe(-167); // −100 − 67
    expect(c.adjustedDifference).toBeCloseTo(-91.600398, 5);
    expect(c.standardError).toBeCloseTo(37.59652, 4);
    expect(c.low).toBe(-167); // −165.29 stops short of the reported −167, so the end moves out to it
    expect(c.high).toBeCloseTo(-17.911219, 4);
    expect(c.verdict).toBe('too-small');
    expect(c.moreNeeded).toEqual({ previous: 0, current: 29 });
    const words = describeComparison(nps(370, 95, 35), nps(0, 0, 1), c);
    expect(words.headline).toBe(
      'With 500 and 1 responses, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
        'so the current survey needs 29 more.',
    );
    expect(words.detail).toBe("Until then the change's 95% interval, between -167 and -17.9 points, is only a rough guide.");
  });

  it("the issue's other case: 500 responses before, a single promoter now", () => {
    // centres 66.600398 and 25: adjusted difference −41.600398; the same SE 37.596520;
    // −41.600398 ± 73.689179 = −115.289577 to 32.088781, stretched up to the reported +33 (100 − 67)
    const c = compareSurveys(nps(370, 95, 35), nps(1, 0, 0));
    expect(c.difference).toBe(33);
    expect(c.low).toBeCloseTo(-115.289577, 4);
    expect(c.high).toBe(33);
    expect(c.verdict).toBe('too-small');
  });

  it('one response short of the minimum in one survey, then at it', () => {
    // previous 10/10/9 (29 answers) against current 25/5/0 (30 answers): too small, 1 more needed
    expect(compareSurveys(nps(10, 10, 9), nps(25, 5, 0))).toMatchObject({ verdict: 'too-small', moreNeeded: { previous: 1, current: 0 } });
    // previous 10/10/10: n' = 33, centre 0, var = 21.5 / 33 = 0.6515152, SE = √(0.6515152 / 33) = 0.1405094
    // current 25/5/0: centre 25 / 33 = 0.7575758; var = 26.5 / 33 − 0.7575758² = 0.8030303 − 0.5739210 = 0.2291093,
    //   SE = √(0.2291093 / 33) = 0.0833229
    // SE of the change 100 × √(0.0197429 + 0.0069427) = 16.33572; 75.757576 ± 1.96 × 16.33572 = 43.74 to 107.78
    const c = compareSurveys(nps(10, 10, 10), nps(25, 5, 0));
    expect(c.standardError).toBeCloseTo(16.33572, 4);
    expect(c.low).toBeCloseTo(43.73956, 4); // 75.757576 − 32.018019
    expect(c.high).toBeCloseTo(107.7756, 4);
    expect(c.verdict).toBe('likely-real'); // the interval excludes 0
    expect(c.moreNeeded).toEqual({ previous: 0, current: 0 });
  });

  it("the sources' 67 to 68 with 500 each stays could-be-noise", () => {
    // adjusted difference 340 / 503 − 335 / 503 = 5 / 503 = 0.9940358 points; SE 3.7672125;
    // 0.9940358 ± 7.3837365 = −6.3897008 to 8.3777723: contains 0
    const c = compareSurveys(nps(370, 95, 35), nps(372, 96, 32));
    expect(c.low).toBeCloseTo(-6.3897008, 6);
    expect(c.high).toBeCloseTo(8.3777723, 6);
    expect(c.verdict).toBe('could-be-noise');
  });

  it('CSAT below the minimum is flagged as a small sample, its interval still given', () => {
    expect(estimateCsat(8, 10)).toMatchObject({ score: 80, smallSample: true }); // 10 < 30
    // one satisfied answer of one: Wilson low = (1 + z²/2 − z × z/2) / (1 + z²) = 1 / (1 + 3.8416) = 0.2065433
    const one = estimateCsat(1, 1)!;
    expect(one.low).toBeCloseTo(20.65433, 4);
    expect(one).toMatchObject({ high: 100, smallSample: true });
    expect(estimateCsat(29, 29)?.smallSample).toBe(true);
    expect(estimateCsat(24, 30)?.smallSample).toBe(false); // at the minimum
  });
});

describe('property: the verdict never claims more than the interval', () => {
  const count = fc.oneof(
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: MAX_RESPONSES }),
  );
  const counts = fc
    .record({ promoters: count, passives: count, detractors: count })
    .filter((c) => c.promoters + c.passives + c.detractors > 0);

  it('"likely real" only when the interval excludes 0; the interval is finite, within [-200, 200] and holds the reported change', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const [prev, cur] = [estimateNps(a)!, estimateNps(b)!];
        const c = compareSurveys(prev, cur);
        for (const x of [c.low, c.high, c.z, c.p, c.standardError, c.adjustedDifference, c.difference])
          expect(Number.isFinite(x)).toBe(true);
        expect(c.low).toBeGreaterThanOrEqual(-200);
        expect(c.high).toBeLessThanOrEqual(200);
        expect(c.low).toBeLessThanOrEqual(c.difference);
        expect(c.difference).toBeLessThanOrEqual(c.high);
        if (c.verdict === 'likely-real') {
          expect(c.low > 0 || c.high < 0).toBe(true);
          expect(Math.abs(c.z)).toBeGreaterThan(Z95); // the p-value comes from the same z
          expect(Math.sign(c.difference)).toBe(Math.sign(c.low)); // the reported change points the same way
        }
        if (c.verdict === 'could-be-noise') expect(c.low <= 0 && c.high >= 0).toBe(true);
        const small = prev.responses < MIN_RESPONSES || cur.responses < MIN_RESPONSES;
        expect(c.verdict === 'too-small').toBe(small);
        expect(c.moreNeeded).toEqual({
          previous: Math.max(0, MIN_RESPONSES - prev.responses),
          current: Math.max(0, MIN_RESPONSES - cur.responses),
        });
      }),
      { numRuns: Number(process.env['NPS_RUNS'] ?? 1000) },
    );
  });
});
