// Golden cases for the NPS and CSAT model. Every expected value was worked out by hand from the
// formulas in content/tools/nps.mdx; the arithmetic is written beside it. None is the program's
// own output pasted back.
import { describe, expect, it } from 'vitest';
import {
  compareSurveys,
  estimateCsat,
  estimateNps,
  planSampleSize,
  responsesForMargin,
  type NpsEstimate,
} from '../../../src/calculators/nps/estimate.ts';

const nps = (promoters: number, passives: number, detractors: number): NpsEstimate => {
  const e = estimateNps({ promoters, passives, detractors });
  if (!e) throw new Error('expected an estimate');
  return e;
};

describe('NPS with the adjusted-Wald interval', () => {
  it("the sources' 67: 370 promoters, 95 passives, 35 detractors", () => {
    const e = nps(370, 95, 35);
    expect(e.responses).toBe(500); // 370 + 95 + 35
    expect(e.score).toBe(67); // 100 × (370 − 35) / 500 = 100 × 335 / 500
    expect(e.promoterPercent).toBeCloseTo(74, 10); // 100 × 370 / 500
    expect(e.passivePercent).toBeCloseTo(19, 10); // 100 × 95 / 500
    expect(e.detractorPercent).toBeCloseTo(7, 10); // 100 × 35 / 500
    // n' = 503, P' = 370.75, D' = 35.75; p_P − p_D = 335 / 503 = 0.6660039761
    expect(e.centre).toBeCloseTo(66.60039761, 6);
    // var = (370.75 + 35.75) / 503 − (335 / 503)² = 0.8081510934 − 0.4435612962 = 0.3645897972
    // SE = √(0.3645897972 / 503) = √0.000724830 = 0.0269226784
    expect(e.standardError).toBeCloseTo(2.69226784, 6);
    expect(e.margin).toBeCloseTo(5.27684496, 6); // 1.96 × 2.69226784
    expect(e.low).toBeCloseTo(61.32355265, 6); // 66.60039761 − 5.27684496
    expect(e.high).toBeCloseTo(71.87724258, 6); // 66.60039761 + 5.27684496
    expect(e.stretched).toBe(false);
  });

  it("the sources' 68: 372 promoters, 96 passives, 32 detractors", () => {
    const e = nps(372, 96, 32);
    expect(e.score).toBe(68); // 100 × (372 − 32) / 500 = 100 × 340 / 500
    // p_P − p_D = 340 / 503 = 0.6759443340
    // var = 405.5 / 503 − 0.6759443340² = 0.8061630219 − 0.4569007427 = 0.3492622792
    // SE = √(0.3492622792 / 503) = 0.0263506814
    expect(e.standardError).toBeCloseTo(2.63506814, 6);
    expect(e.low).toBeCloseTo(62.42969985, 6); // 67.59443340 − 1.96 × 2.63506814 = 67.59443340 − 5.16473355
    expect(e.high).toBeCloseTo(72.75916695, 6); // 67.59443340 + 5.16473355
  });

  it('a single promoter: the interval is stretched to reach the score', () => {
    const e = nps(1, 0, 0);
    expect(e.score).toBe(100); // 100 × (1 − 0) / 1
    // n' = 4, p_P = 1.75 / 4 = 0.4375, p_D = 0.75 / 4 = 0.1875, centre = 0.25
    expect(e.centre).toBeCloseTo(25, 10);
    // var = 0.625 − 0.25² = 0.5625, SE = √(0.5625 / 4) = 0.375
    expect(e.standardError).toBeCloseTo(37.5, 10);
    expect(e.low).toBeCloseTo(-48.5, 10); // 100 × (0.25 − 1.96 × 0.375) = 100 × (0.25 − 0.735)
    // 100 × (0.25 + 0.735) = 98.5 < 100, so the upper end is moved to the score
    expect(e.high).toBe(100);
    expect(e.stretched).toBe(true);
  });

  it('a single detractor mirrors the single promoter', () => {
    const e = nps(0, 0, 1);
    expect(e.score).toBe(-100);
    expect(e.low).toBe(-100); // −98.5 stretched to −100
    expect(e.high).toBeCloseTo(48.5, 10); // −100 × (0.25 − 0.735)
    expect(e.stretched).toBe(true);
  });

  it('one promoter and one detractor', () => {
    const e = nps(1, 0, 1);
    expect(e.score).toBe(0); // 100 × (1 − 1) / 2
    // n' = 5, p_P = p_D = 1.75 / 5 = 0.35, var = 0.7 − 0² = 0.7, SE = √(0.7 / 5) = √0.14 = 0.3741657387
    expect(e.standardError).toBeCloseTo(37.41657387, 6);
    expect(e.low).toBeCloseTo(-73.33648478, 6); // −1.96 × 37.41657387
    expect(e.high).toBeCloseTo(73.33648478, 6);
  });

  it('four passives: score 0 with a symmetric interval', () => {
    const e = nps(0, 4, 0);
    expect(e.score).toBe(0);
    // n' = 7, p_P = p_D = 0.75 / 7 = 0.1071428571, var = 0.2142857143, SE = √(0.2142857143 / 7) = √0.0306122449 = 0.1749635531
    expect(e.low).toBeCloseTo(-34.2928564, 6); // −1.96 × 17.49635531
    expect(e.high).toBeCloseTo(34.2928564, 6);
  });

  it('all ten promoters: clipped at +100', () => {
    const e = nps(10, 0, 0);
    expect(e.score).toBe(100);
    // n' = 13, centre = 10 / 13 = 0.7692307692
    // var = 11.5 / 13 − (10 / 13)² = (149.5 − 100) / 169 = 49.5 / 169 = 0.2928994083
    // SE = √(49.5 / 2197) = 0.1501023774
    expect(e.standardError).toBeCloseTo(15.01023774, 6);
    expect(e.low).toBeCloseTo(47.50301094, 6); // 76.92307692 − 1.96 × 15.01023774 = 76.92307692 − 29.42006598
    expect(e.high).toBe(100); // 76.92307692 + 29.42006598 = 106.34 > 100
    expect(e.stretched).toBe(false);
  });

  it('all ten detractors: clipped at −100', () => {
    const e = nps(0, 0, 10);
    expect(e.score).toBe(-100);
    expect(e.low).toBe(-100);
    expect(e.high).toBeCloseTo(-47.50301094, 6);
  });

  it('no responses, or counts that are not whole numbers of at least 0: no estimate', () => {
    expect(estimateNps({ promoters: 0, passives: 0, detractors: 0 })).toBeUndefined();
    expect(estimateNps({ promoters: -1, passives: 2, detractors: 0 })).toBeUndefined();
    expect(estimateNps({ promoters: 1.5, passives: 2, detractors: 0 })).toBeUndefined();
    expect(estimateNps({ promoters: NaN, passives: 2, detractors: 0 })).toBeUndefined();
  });
});

describe('comparing two surveys', () => {
  it('67 to 68 with 500 each could easily be noise', () => {
    const c = compareSurveys(nps(370, 95, 35), nps(372, 96, 32));
    expect(c.difference).toBe(1); // 68 − 67
    // √(2.69226784² + 2.63506814²) = √(7.24830612 + 6.94358410) = √14.19189022 = 3.76721252
    expect(c.standardError).toBeCloseTo(3.76721252, 6);
    // the interval is centred on the adjusted difference 340 / 503 − 335 / 503 = 5 / 503 = 0.99403579 points
    expect(c.adjustedDifference).toBeCloseTo(0.99403579, 7);
    expect(c.z).toBeCloseTo(0.26386507, 6); // 0.99403579 / 3.76721252
    // p = 2 × (1 − Φ(0.26386507)) = 2 × (1 − 0.60405805) = 0.79188389
    expect(c.p).toBeCloseTo(0.79188389, 6);
    expect(c.low).toBeCloseTo(-6.38970075, 6); // 0.99403579 − 1.96 × 3.76721252 = 0.99403579 − 7.38373654
    expect(c.high).toBeCloseTo(8.37777233, 6); // 0.99403579 + 7.38373654
    expect(c.verdict).toBe('could-be-noise');
  });

  it('30 to 38 with 2,000 each is likely real', () => {
    // previous 900/800/300: centre 600 / 2003 = 0.2995506740; var = 1201.5 / 2003 − 0.2995506740² = 0.5998502247 − 0.0897306063 = 0.5101196184; SE = √(0.5101196184 / 2003) = 0.0159586275
    // current 1000/760/240: centre 760 / 2003 = 0.3794308537; var = 1241.5 / 2003 − 0.3794308537² = 0.6198202696 − 0.1439677728 = 0.4758524968; SE = √(0.4758524968 / 2003) = 0.0154133025
    const c = compareSurveys(nps(900, 800, 300), nps(1000, 760, 240));
    expect(c.difference).toBe(8); // 38 − 30
    expect(c.standardError).toBeCloseTo(2.21866556, 6); // √(1.59586275² + 1.54133025²) = √(2.54677792 + 2.37569894)
    expect(c.adjustedDifference).toBeCloseTo(7.98801797, 6); // 100 × (760 − 600) / 2003
    expect(c.z).toBeCloseTo(3.60037047, 6); // 7.98801797 / 2.21866556
    expect(c.p).toBeCloseTo(0.00031776, 7); // 2 × (1 − Φ(3.60037047)) = 2 × 0.00015888
    expect(c.low).toBeCloseTo(3.63943348, 6); // 7.98801797 − 1.96 × 2.21866556 = 7.98801797 − 4.34858450
    expect(c.verdict).toBe('likely-real');
  });

  it('no change gives z = 0 and p = 1', () => {
    const c = compareSurveys(nps(5, 3, 2), nps(5, 3, 2));
    expect(c.difference).toBe(0);
    expect(c.z).toBe(0);
    expect(c.p).toBe(1); // 2 × (1 − Φ(0)) = 2 × 0.5
  });

  it('a fall gives a negative difference with the same p as the matching rise', () => {
    const rise = compareSurveys(nps(370, 95, 35), nps(372, 96, 32));
    const fall = compareSurveys(nps(372, 96, 32), nps(370, 95, 35));
    expect(fall.difference).toBe(-1);
    expect(fall.p).toBeCloseTo(rise.p, 12);
    expect(fall.low).toBeCloseTo(-rise.high, 12);
  });
});

describe('responses needed for a margin of error', () => {
  it('worst cases for ±5 points', () => {
    const plan = planSampleSize(5);
    expect(plan.npsWorstCase).toBe(1537); // 1.96² × 1 / 0.05² = 3.8416 / 0.0025 = 1536.64, rounded up
    expect(plan.csatWorstCase).toBe(385); // 3.8416 × 0.25 / 0.0025 = 384.16, rounded up
    expect(plan.npsAtCurrentShares).toBeUndefined();
  });

  it('±10 and ±3 points', () => {
    expect(responsesForMargin(10, 1)).toBe(385); // 3.8416 / 0.01 = 384.16
    expect(responsesForMargin(10, 0.25)).toBe(97); // 0.9604 / 0.01 = 96.04
    expect(responsesForMargin(3, 1)).toBe(4269); // 3.8416 / 0.0009 = 4268.44
  });

  it('an exact whole number is not rounded up by floating-point error', () => {
    expect(responsesForMargin(1.96, 1)).toBe(10000); // 1.96² / 0.0196² = 100² exactly
  });

  it("at the current survey's adjusted shares (the 68 survey)", () => {
    // var at 372.75 / 503 and 32.75 / 503 is 0.3492622792 (above); 3.8416 × 0.3492622792 / 0.0025 = 536.69, rounded up
    expect(planSampleSize(5, { promoters: 372, passives: 96, detractors: 32 }).npsAtCurrentShares).toBe(537);
  });

  it('a huge margin still asks for at least one response', () => {
    expect(responsesForMargin(50, 0.25)).toBe(4); // 0.9604 / 0.25 = 3.8416
    expect(responsesForMargin(1000, 0.25)).toBe(1); // 0.9604 / 100 = 0.0096, but never fewer than 1
  });
});

describe('CSAT with the Wilson interval', () => {
  it("400 satisfied of 500 (the sources' 80%)", () => {
    const e = estimateCsat(400, 500)!;
    expect(e.score).toBe(80); // 100 × 400 / 500
    // z²/n = 3.8416 / 500 = 0.0076832; centre = (0.8 + 0.0038416) / 1.0076832 = 0.7977129
    // half = 1.96 / 1.0076832 × √(0.8 × 0.2 / 500 + 3.8416 / 1,000,000) = 1.9450558 × √0.0003238416 = 1.9450558 × 0.0179956 = 0.0350024
    expect(e.low).toBeCloseTo(76.27102, 4); // 100 × (0.7977129 − 0.0350024)
    expect(e.high).toBeCloseTo(83.27151, 4); // 100 × (0.7977129 + 0.0350024)
  });

  it('all ten satisfied: the interval ends exactly at 100', () => {
    const e = estimateCsat(10, 10)!;
    expect(e.score).toBe(100);
    // with p = 1, centre − half = 1 / (1 + z²/n) = 10 / (10 + 3.8416) = 10 / 13.8416
    expect(e.low).toBeCloseTo(72.24598, 4);
    expect(e.high).toBe(100); // centre + half = (1 + z²/n) / (1 + z²/n) = 1
  });

  it('none of ten satisfied: the interval starts exactly at 0', () => {
    const e = estimateCsat(0, 10)!;
    expect(e.score).toBe(0);
    expect(e.low).toBe(0);
    expect(e.high).toBeCloseTo(27.75402, 4); // 3.8416 / 13.8416
  });

  it('one answer, satisfied', () => {
    const e = estimateCsat(1, 1)!;
    expect(e.low).toBeCloseTo(20.65433, 4); // 1 / (1 + 3.8416) = 1 / 4.8416
    expect(e.high).toBe(100);
  });

  it('no answers, or more satisfied than answers: no estimate', () => {
    expect(estimateCsat(0, 0)).toBeUndefined();
    expect(estimateCsat(11, 10)).toBeUndefined();
    expect(estimateCsat(-1, 10)).toBeUndefined();
  });
});
