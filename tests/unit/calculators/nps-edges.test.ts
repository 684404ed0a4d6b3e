// Edges of the NPS tool that the golden and property tests pass by: boundaries of the wording,
// exact ends of intervals, the far tail of the normal distribution, rounding ties and message
// limits. Each expected value is worked out in the comment beside it.
// (Added for mutation testing, `npm run test:mutation`.)
import { describe, expect, it } from 'vitest';
import { calculateNps, MAX_LINE_ISSUES } from '../../../src/calculators/nps/calculate.ts';
import { npsChartSpec, TABLE_COLUMNS } from '../../../src/calculators/nps/chart.ts';
import { NpsFormSchema } from '../../../src/calculators/nps/schema.ts';
import { describeComparison, describeEstimate, formatP } from '../../../src/calculators/nps/describe.ts';
import {
  estimateNps,
  planSampleSize,
  responsesForMargin,
  type NpsEstimate,
  type SurveyComparison,
} from '../../../src/calculators/nps/estimate.ts';
import { normalCdf, twoSidedP } from '../../../src/calculators/nps/normal.ts';
import { countsFromPercentages, parseScoreColumn } from '../../../src/calculators/nps/parse.ts';
import { input } from './nps-fixtures.ts';

describe('formatP at its boundaries', () => {
  it('0.001 itself is printed, not "p < 0.001"', () => expect(formatP(0.001)).toBe('p = 0.001'));
  it('0.1 itself takes two decimals (three only below 0.1)', () => expect(formatP(0.1)).toBe('p = 0.10'));
});

const estimate = (over: Partial<NpsEstimate>) => ({ score: 10, responses: 100, low: 5, high: 15, ...over }) as NpsEstimate;
const comparison = (over: Partial<SurveyComparison>): SurveyComparison => ({
  difference: 5,
  standardError: 2,
  z: 2.5,
  p: 0.3,
  low: 1,
  high: 9,
  verdict: 'could-be-noise',
  adjustedDifference: 5,
  stretched: false,
  moreNeeded: { previous: 0, current: 0 },
  ...over,
});

describe('the wording of a comparison', () => {
  it('an end of the change interval at exactly 0 gets no plus sign', () => {
    // only changes above 0 are signed: 0 → "0", 4 → "+4"
    const words = describeComparison(estimate({ score: 10 }), estimate({ score: 12 }), comparison({ difference: 2, low: 0, high: 4 }));
    expect(words.detail).toBe('Allowing for sampling noise, the true change is probably between 0 and +4 points (95% interval).');
  });
  it('p exactly at 0.05 is not "likely a real change" (that needs p < 0.05)', () => {
    // 0.05 is not below SIGNIFICANCE and is below EASILY_NOISE (0.2): "could be noise", with the advice
    const words = describeComparison(estimate({ score: 10 }), estimate({ score: 15 }), comparison({ difference: 5, p: 0.05 }));
    expect(words.headline).toBe(
      'A 5-point rise from 10 to 15 with 100 responses in each survey could be noise (p = 0.050); more responses would settle it.',
    );
  });
  it('a score of −0 reads "0", not "-0"', () => {
    expect(describeEstimate(estimate({ score: -0, low: -5, high: 5, responses: 1 }))).toBe('0 (95% interval -5 to 5, from 1 response)');
  });
});

describe('estimateNps at the ends of the scale', () => {
  it('all detractors: the interval is clipped to −100, which is the score itself, so nothing is stretched', () => {
    // P = 0, D = 100: adjusted n = 103, pP = 0.75/103 = 0.00728, pD = 100.75/103 = 0.97816, centre −0.97087;
    // variance 0.98544 − 0.94260 = 0.04284, SE = √(0.04284/103) = 0.02039;
    // low 100 (−0.97087 − 1.96 × 0.02039) = −101.08 → clipped to −100 = the score; high −93.09
    const e = estimateNps({ promoters: 0, passives: 0, detractors: 100 })!;
    expect(e.score).toBe(-100);
    expect(e.low).toBe(-100);
    expect(e.high).toBeCloseTo(-93.09, 2);
    expect(e.stretched).toBe(false);
  });
});

describe('sample size', () => {
  it('a rounding tolerance relative to n, not absolute', () => {
    // margin m = 0.98 / √(1 + 2.5e-10) ≈ 0.9799999998775: n = 1.96² / (m/100)² = 40,000 × (1 + 2.5e-10) = 40,000.00001.
    // The tolerance is 1e-9 × n = 0.00004 > 0.00001, so n counts as exactly 40,000 (an absolute 1e-9 would give 40,001).
    expect(responsesForMargin(0.9799999998775, 1)).toBe(40_000);
  });
  it('no current-survey plan without responses; one with any responses', () => {
    // total 0 → undefined; totals 1 + 1 + 0 = 2 and 0 + 1 + 1 = 2 → a plan
    expect(planSampleSize(5, { promoters: 0, passives: 0, detractors: 0 }).npsAtCurrentShares).toBeUndefined();
    // {1, 1, 0}: adjusted shares 1.75/5 = 0.35 and 0.75/5 = 0.15; variance 0.5 − 0.04 = 0.46;
    // n = 1.96² × 0.46 / 0.05² = 3.8416 × 0.46 / 0.0025 = 706.85 → 707
    expect(planSampleSize(5, { promoters: 1, passives: 1, detractors: 0 }).npsAtCurrentShares).toBe(707);
    // {0, 1, 1}: the mirror image (0.15 and 0.35), same variance → 707
    expect(planSampleSize(5, { promoters: 0, passives: 1, detractors: 1 }).npsAtCurrentShares).toBe(707);
  });
});

describe('the far tail of the normal distribution', () => {
  // Oracle: the asymptotic (Mills ratio) series Φ(−x) ≈ φ(x)/x × (1 − 1/x² + 3/x⁴ − 15/x⁶), good to ~1e-7 at x = 37.
  const mills = (x: number) => (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI) / x) * (1 - 1 / x ** 2 + 3 / x ** 4 - 15 / x ** 6);
  it('at 37 standard deviations the tail is still computed (about 5.73e-300)', () => {
    const p = normalCdf(-37);
    expect(p).toBeGreaterThan(0);
    expect(Math.abs(p / mills(37) - 1)).toBeLessThan(1e-6);
  });
  it('beyond 37 it is exactly 0, not a subnormal crumb (φ(37.5)/37.5 would be about 4e-308)', () => {
    expect(normalCdf(-37.5)).toBe(0);
    expect(normalCdf(37.5)).toBe(1);
    expect(twoSidedP(37.5)).toBe(0);
  });
});

describe('rebuilding counts from percentages: ties', () => {
  it('an equal remainder goes to promoters before passives', () => {
    // 50/50/0 of 1: exact 0.5, 0.5, 0 → floors 0, 0, 0, one left; remainders tie at 0.5 → promoters
    expect(countsFromPercentages({ promoterPercent: 50, passivePercent: 50, detractorPercent: 0, total: 1 })).toEqual({
      ok: true,
      counts: { promoters: 1, passives: 0, detractors: 0 },
    });
  });
  it('and to passives before detractors', () => {
    // 0/50/50 of 1: remainders 0, 0.5, 0.5 → passives
    expect(countsFromPercentages({ promoterPercent: 0, passivePercent: 50, detractorPercent: 50, total: 1 })).toEqual({
      ok: true,
      counts: { promoters: 0, passives: 1, detractors: 0 },
    });
  });
  it('three equal remainders: promoters, then passives', () => {
    // 1/3 each of 2: exact 0.667 each, floors 0, two left → promoters and passives
    const third = 100 / 3;
    expect(countsFromPercentages({ promoterPercent: third, passivePercent: third, detractorPercent: third, total: 2 })).toEqual({
      ok: true,
      counts: { promoters: 1, passives: 1, detractors: 0 },
    });
  });
});

describe('bad pasted lines', () => {
  it('a line of exactly 24 characters is quoted whole; 25 are cut to 23 and "…"', () => {
    const r = parseScoreColumn(`${'x'.repeat(24)}\n${'y'.repeat(25)}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toBe(`line 1: "${'x'.repeat(24)}" is not a score from 0 to 10`);
    expect(r.errors[1]!.message).toBe(`line 2: "${'y'.repeat(23)}…" is not a score from 0 to 10`);
  });
  it('exactly MAX_LINE_ISSUES bad lines: each listed, no "…and 0 more"', () => {
    const scores = Array.from({ length: MAX_LINE_ISSUES }, (_, i) => `bad${i}`).join('\n');
    const r = calculateNps(input({ currentMode: 'scores', currentScores: scores }));
    expect(r.current.status).toBe('invalid');
    if (r.current.status !== 'invalid') return;
    expect(r.current.issues).toHaveLength(MAX_LINE_ISSUES);
    expect(r.current.issues.at(-1)!.message).toBe(`line ${MAX_LINE_ISSUES}: "bad${MAX_LINE_ISSUES - 1}" is not a score from 0 to 10`);
  });
});

describe('npsChartSpec', () => {
  it('is in NPS points (unit "count") with the interval ends dashed and the score solid', () => {
    const spec = npsChartSpec(calculateNps(input()));
    expect(spec.unit).toBe('count');
    expect(spec.series.map((s) => [s.tone, s.dashed])).toEqual([
      [2, true],
      [0, undefined],
      [2, true],
    ]);
  });
});

describe('the table alternative', () => {
  it('names both ends of the interval in its headings', () => {
    expect(TABLE_COLUMNS.slice(-2)).toEqual([
      { key: 'low', label: '95% interval from', unit: 'points' },
      { key: 'high', label: '95% interval to', unit: 'points' },
    ]);
  });
});

describe('NpsFormSchema: satisfied answers against all answers', () => {
  it('as many satisfied answers as answers is allowed', () => {
    expect(NpsFormSchema.safeParse(input({ csatMode: 'satisfied', csatSatisfied: 500, csatTotal: 500 })).success).toBe(true);
  });
  it('one more is a custom issue on the satisfied answers', () => {
    const issues = NpsFormSchema.safeParse(input({ csatMode: 'satisfied', csatSatisfied: 501, csatTotal: 500 })).error!.issues;
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['custom', ['csatSatisfied'], '501 is more than all CSAT answers (500)'],
    ]);
  });
});
