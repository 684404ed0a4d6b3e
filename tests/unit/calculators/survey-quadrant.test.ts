// The drivers' quadrant chart as data: performance as a percentage of each rating's own scale, the
// lines at the mean importance and mean performance of the ratings drawn, each rating's quadrant,
// and the summary read out in place of the picture; every expected value worked by hand below.
import { describe, expect, it } from 'vitest';
import type { CorrelationEstimate, MeanEstimate } from '../../../src/calculators/nps/scale-estimates.ts';
import { percentOfScale, quadrantChart, quadrantOf, type DriverRow } from '../../../src/calculators/survey/quadrant.ts';

const importance = (value: number, low: number, high: number): CorrelationEstimate => ({
  value,
  pairs: 100,
  low,
  high,
  smallSample: false,
});
const mean = (m: number): MeanEstimate => ({
  responses: 100,
  mean: m,
  standardDeviation: 1,
  low: m - 0.2,
  high: m + 0.2,
  smallSample: false,
});
const two = (x: number) => x.toFixed(2);

// Three ratings and one without an importance:
//   Speed:   importance 0.6 (0.5 to 0.7), mean 4 of 0-10 -> (4 - 0) / 10 = 40%
//   Price:   importance 0.2 (0.1 to 0.3), mean 8 of 0-10 -> 80%
//   Support: importance 0.4 (0.3 to 0.5), mean 4 of 1-5  -> (4 - 1) / (5 - 1) = 75%
//   Billing: no importance (its answers never varied) -> left out, named in `omitted`
// Lines: importance (0.6 + 0.2 + 0.4) / 3 = 0.4; performance (40 + 80 + 75) / 3 = 65
// Quadrants: Speed 0.6 >= 0.4 and 40 < 65 -> fix first; Price 0.2 < 0.4 and 80 >= 65 -> possible
// overkill; Support 0.4 >= 0.4 (a tie counts as right of the line) and 75 >= 65 -> keep up.
const ROWS: DriverRow[] = [
  { label: 'Speed', importance: importance(0.6, 0.5, 0.7), performance: mean(4), min: 0, max: 10 },
  { label: 'Price', importance: importance(0.2, 0.1, 0.3), performance: mean(8), min: 0, max: 10 },
  { label: 'Support', importance: importance(0.4, 0.3, 0.5), performance: mean(4), min: 1, max: 5 },
  { label: 'Billing', importance: undefined, performance: mean(6), min: 0, max: 10 },
];

describe('percentOfScale', () => {
  it('puts the lowest answer at 0 and the highest at 100', () => {
    expect(percentOfScale(0, 0, 10)).toBe(0);
    expect(percentOfScale(10, 0, 10)).toBe(100);
    // 1-7 effort: a mean of 4 is (4 - 1) / 6 = 50%
    expect(percentOfScale(4, 1, 7)).toBeCloseTo(50, 12);
  });
});

describe('quadrantOf', () => {
  it('names the four quadrants, ties counting as right of and above the lines', () => {
    expect(quadrantOf(0.5, 10, 0.3, 50)).toBe('fix first');
    expect(quadrantOf(0.5, 90, 0.3, 50)).toBe('keep up');
    expect(quadrantOf(0.1, 90, 0.3, 50)).toBe('possible overkill');
    expect(quadrantOf(0.1, 10, 0.3, 50)).toBe('lower priority');
    expect(quadrantOf(0.3, 50, 0.3, 50)).toBe('keep up');
  });
});

describe('quadrantChart', () => {
  const chart = quadrantChart(ROWS, two);
  it('places each rating and crosses the lines at the means', () => {
    expect(chart.importanceLine).toBeCloseTo(0.4, 12);
    expect(chart.performanceLine).toBeCloseTo(65, 12);
    expect(chart.points.map((p) => [p.label, p.quadrant])).toEqual([
      ['Speed', 'fix first'],
      ['Price', 'possible overkill'],
      ['Support', 'keep up'],
    ]);
    expect(chart.points[2]).toMatchObject({ importance: 0.4, low: 0.3, high: 0.5 });
    expect(chart.points[2]!.performance).toBeCloseTo(75, 12);
    expect(chart.omitted).toEqual(['Billing']);
  });
  it('says where the lines cross and which ratings to fix first', () => {
    expect(chart.summary).toBe(
      '3 ratings; the lines cross at importance 0.40 and performance 65.00% of the scale. ' +
        'More important and lower performing than most (fix first): Speed.',
    );
  });
  it('says when no rating is in the fix-first quadrant, and when there is nothing to plot', () => {
    // One rating: the lines pass through it, so it is on both lines -> keep up.
    const one = quadrantChart([ROWS[1]!], two);
    expect(one.points[0]!.quadrant).toBe('keep up');
    expect(one.summary).toBe(
      '1 rating; the lines cross at importance 0.20 and performance 80.00% of the scale. No rating is both more important and lower performing than most.',
    );
    const none = quadrantChart([ROWS[3]!], two);
    expect(none.points).toEqual([]);
    expect(none.summary).toBe('No rating has both an importance and a performance, so there is nothing to plot.');
  });
});
