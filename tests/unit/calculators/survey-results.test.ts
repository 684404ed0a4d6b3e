// Scores and intervals by the NPS tool's own modules, the CES mean's interval, period-to-period
// changes, the many-comparisons warning and the CSV rows, each against values worked by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSurveys, estimateNps, MIN_RESPONSES } from '../../../src/calculators/nps/estimate.ts';
import { estimateMean } from '../../../src/calculators/nps/scale-estimates.ts';
import { emptyTally, type Tally } from '../../../src/calculators/survey/aggregate.ts';
import { csvRows } from '../../../src/calculators/survey/export.ts';
import { analyse, inspect } from '../../../src/calculators/survey/read.ts';
import { manyComparisonsWarning, periodChanges, scoreGroup, segmentDifferences } from '../../../src/calculators/survey/results.ts';
import { trendSpec } from '../../../src/calculators/survey/chart.ts';

describe('estimateMean (the CES mean, in nps/estimate.ts beside the other intervals)', () => {
  it('answers 7 6 5 1 4 6 3 2', () => {
    // n = 8, sum 34, mean 4.25; sum of squares 49+36+25+1+16+36+9+4 = 176;
    // squared deviations 176 - 8 × 4.25² = 31.5; SD = √(31.5 / 7) = √4.5 = 2.12132;
    // SE = 2.12132 / √8 = 0.75; 1.96 × 0.75 = 1.47 -> 4.25 ± 1.47 = 2.78 to 5.72.
    const e = estimateMean(8, 34, 176, 1, 7)!;
    expect(e.mean).toBe(4.25);
    expect(e.standardDeviation).toBeCloseTo(Math.sqrt(4.5), 12);
    expect(e.low).toBeCloseTo(2.78, 10);
    expect(e.high).toBeCloseTo(5.72, 10);
    expect(e.smallSample).toBe(8 < MIN_RESPONSES);
  });
  it('clips to the scale, and has zero width when every answer is the same', () => {
    // Three 7s: SD 0, so 7 to 7. Two answers 1 and 7: mean 4, SD = √((9 + 9) / 1) = 4.243,
    // SE = 3, ± 5.88 -> -1.88 to 9.88, clipped to 1 to 7.
    expect(estimateMean(3, 21, 147, 1, 7)).toMatchObject({ mean: 7, low: 7, high: 7 });
    expect(estimateMean(2, 8, 50, 1, 7)).toMatchObject({ mean: 4, low: 1, high: 7 });
  });
  it('has no estimate without answers or with impossible sums', () => {
    expect(estimateMean(0, 0, 0, 1, 7)).toBeUndefined();
    expect(estimateMean(2, 20, 200, 1, 7)).toBeUndefined(); // mean 10 is off the 1-7 scale
    expect(estimateMean(1.5, 3, 9, 1, 7)).toBeUndefined();
  });
});

describe('scores of the plain fixture with their intervals', () => {
  const text = readFileSync(new URL('../../fixtures/survey/plain.csv', import.meta.url), 'utf8');
  const inspection = inspect(text);
  const all = scoreGroup('All responses', analyse(text, inspection, inspection.mapping).overall);
  it('NPS 20 by the adjusted-Wald interval of the NPS tool', () => {
    // 5 promoters, 2 passives, 3 detractors: n' = 13, p_P = 5.75 / 13 = 0.442308, p_D = 3.75 / 13 = 0.288462,
    // centre 0.153846; var = 0.730770 - 0.153846² = 0.707101; SE = √(0.707101 / 13) = 0.233221;
    // ± 1.96 × 0.233221 = 0.457113 -> 15.38 - 45.71 = -30.33 to 15.38 + 45.71 = 61.10 points.
    expect(all.nps).toEqual(estimateNps({ promoters: 5, passives: 2, detractors: 3 }));
    expect(all.nps!.low).toBeCloseTo(-30.33, 2);
    expect(all.nps!.high).toBeCloseTo(61.1, 2);
    expect(all.smallSample).toBe(true); // 10 answers, under 30
  });
  it('CSAT 60% by the Wilson interval', () => {
    // p = 0.6, z²/n = 0.38416; centre (0.6 + 0.19208) / 1.38416 = 0.572260;
    // half = 1.96 / 1.38416 × √(0.024 + 0.009604) = 1.416022 × 0.183314 = 0.259577 -> 31.27% to 83.18%.
    expect(all.csat!.low).toBeCloseTo(31.27, 2);
    expect(all.csat!.high).toBeCloseTo(83.18, 2);
  });
  it('writes CSV rows with units, NPS points to 1 decimal and percentages to 2', () => {
    expect(csvRows([{ title: 'All responses', groups: [all] }])).toEqual([
      ['All responses', 'All responses', 'Responses used', 10, null, null, 'responses', 10],
      ['All responses', 'All responses', 'NPS', 20, -30.3, 61.1, 'NPS points', 10],
      ['All responses', 'All responses', 'CSAT (4-5 of 1-5)', 60, 31.27, 83.18, '%', 10],
    ]);
  });
});

const tally = (promoters: number, passives: number, detractors: number): Tally => ({
  ...emptyTally(),
  rows: promoters + passives + detractors,
  nps: { promoters, passives, detractors },
});

describe('period to period', () => {
  it("compares each period with the one before by the NPS tool's comparison", () => {
    // The NPS tool's worked case: 370/95/35 (67) then 372/96/32 (68): a 1-point rise that could easily be noise.
    const groups = [scoreGroup('2024-01', tally(370, 95, 35)), scoreGroup('2024-02', tally(372, 96, 32))];
    const [change] = periodChanges(groups);
    expect(change!.name).toBe('2024-02');
    expect(change!.previous).toBe('2024-01');
    expect(change!.comparison).toEqual(compareSurveys(groups[0]!.nps!, groups[1]!.nps!));
    expect(change!.comparison.verdict).toBe('could-be-noise');
  });
  it('gives no verdict below the minimum sample', () => {
    const groups = [scoreGroup('a', tally(10, 0, 0)), scoreGroup('b', tally(0, 0, 10))];
    expect(periodChanges(groups)[0]!.comparison.verdict).toBe('too-small');
  });
  it('skips pairs where a period has no NPS answer', () => {
    expect(periodChanges([scoreGroup('a', tally(1, 0, 0)), scoreGroup('b', emptyTally())])).toEqual([]);
  });
  it('warns from five comparisons at once', () => {
    expect(manyComparisonsWarning(4)).toBeUndefined();
    expect(manyComparisonsWarning(5)).toBe(
      '5 comparisons are judged at once. At the 95% level about 1 in 20 comparisons of groups that do not differ ' +
        'is still called "likely real", so expect some of these verdicts to be chance; trust a change that persists.',
    );
  });
});

describe('the trend chart', () => {
  it("draws each period's score between the ends of its interval, leaving out periods without answers", () => {
    // January of plain.csv: 2 promoters, 1 passive, 1 detractor -> 25; February 3, 1, 2 -> 16.67.
    const jan = scoreGroup('2024-01', tally(2, 1, 1));
    const feb = scoreGroup('2024-02', tally(3, 1, 2));
    const spec = trendSpec([jan, scoreGroup('2024-03', emptyTally()), feb], 'nps', 'month', (x) => x.toFixed(1));
    expect(spec.title).toBe('NPS by month with its 95% interval');
    expect(spec.categoryTitle).toBe('Month');
    expect(spec.categories).toEqual(['2024-01', '2024-02']);
    expect(spec.series.map((s) => s.label)).toEqual(['Lower end of the 95% interval', 'NPS', 'Upper end of the 95% interval']);
    expect(spec.series[1]!.values).toEqual([25, 100 / 6]);
    expect(spec.series[0]!.values).toEqual([jan.nps!.low, feb.nps!.low]);
    expect(spec.summary).toBe(
      `2024-01: 25.0 points (95% interval ${jan.nps!.low.toFixed(1)} to ${jan.nps!.high.toFixed(1)}); ` +
        `2024-02: 16.7 points (95% interval ${feb.nps!.low.toFixed(1)} to ${feb.nps!.high.toFixed(1)}).`,
    );
  });
  it('reads out only the first, last, lowest and highest of many periods', () => {
    // Eight periods whose NPS is 100 (P - D) / n for the counts below: 0, 50, -50, 100, 0, 0, 0, 25.
    const counts: [number, number, number][] = [
      [1, 0, 1],
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 1],
      [1, 0, 1],
      [1, 0, 1],
      [2, 1, 1],
    ];
    const groups = counts.map(([p, a, d], i) => scoreGroup(`2024-0${i + 1}`, tally(p, a, d)));
    const summary = trendSpec(groups, 'nps', 'month', (x) => x.toFixed(0)).summary;
    expect(summary).toMatch(/^8 periods from 2024-01 to 2024-08\. First 2024-01: 0 points \(95% interval /);
    expect(summary).toContain('; last 2024-08: 25 points (95% interval ');
    expect(summary).toContain('; lowest 2024-03: -50 points (95% interval ');
    expect(summary).toContain('; highest 2024-04: 100 points (95% interval ');
    expect(summary).toMatch(/\. The table has every period\.$/);
  });
  it('says so when no period has answers', () => {
    expect(trendSpec([], 'csat', 'week', String).summary).toBe('No period has answers yet, so there is nothing to plot.');
  });
});

describe('segments against the rest', () => {
  it("compares a segment with every other response by the NPS tool's comparison", () => {
    // All responses 742/191/67; the segment 372/96/32 (NPS 68); the rest 370/95/35 (NPS 67):
    // the NPS tool's worked case, a 1-point difference that could easily be noise.
    const [d] = segmentDifferences(tally(742, 191, 67), [['Online', tally(372, 96, 32)]]);
    expect(d!.name).toBe('Online');
    expect(d!.comparison).toEqual(
      compareSurveys(
        estimateNps({ promoters: 370, passives: 95, detractors: 35 })!,
        estimateNps({ promoters: 372, passives: 96, detractors: 32 })!,
      ),
    );
    expect(d!.comparison.difference).toBeCloseTo(1, 12);
    expect(d!.comparison.verdict).toBe('could-be-noise');
  });
  it('gives no verdict below the minimum sample, and leaves out a segment that is everyone', () => {
    // plain.csv: North 3/1/1 (NPS 40) against South 2/1/2 (NPS 0): +40 points, 5 responses each.
    const [north] = segmentDifferences(tally(5, 2, 3), [['North', tally(3, 1, 1)]]);
    expect(north!.comparison.difference).toBe(40);
    expect(north!.comparison.verdict).toBe('too-small');
    expect(segmentDifferences(tally(2, 0, 1), [['All', tally(2, 0, 1)]])).toEqual([]);
  });
});
