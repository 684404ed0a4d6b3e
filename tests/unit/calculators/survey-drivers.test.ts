// Driver analysis: Spearman's rank correlation from a table of counts (mid-ranks for ties) and its
// Fisher-z interval, against values worked by hand; and drivers found and counted in a file.
import { describe, expect, it } from 'vitest';
import { estimateRankCorrelation } from '../../../src/calculators/nps/scale-estimates.ts';
import { addDriver, driverResult, emptyDriverTally, rankCorrelation } from '../../../src/calculators/survey/drivers.ts';
import { analyse, inspect } from '../../../src/calculators/survey/read.ts';

/** A table of the pairs [likelihood, driver]. */
function table(pairs: [number, number][]) {
  const t = emptyDriverTally();
  for (const [x, y] of pairs) addDriver(t, y, x);
  return t;
}

// Five pairs (likelihood, driver): (10, 5), (9, 4), (9, 5), (3, 2), (6, 1).
//   likelihood ranks: 3 -> 1, 6 -> 2, 9 and 9 -> 3.5 (positions 3 and 4), 10 -> 5
//   driver ranks: 1 -> 1, 2 -> 2, 4 -> 3, 5 and 5 -> 4.5
//   centred on the mean rank 3: dx = 2, 0.5, 0.5, -2, -1; dy = 1.5, 0, 1.5, -1, -2
//   Σ dx dy = 3 + 0 + 0.75 + 2 + 2 = 7.75; Σ dx² = 4 + 0.25 + 0.25 + 4 + 1 = 9.5; Σ dy² = 2.25 + 0 + 2.25 + 1 + 4 = 9.5
//   ρ = 7.75 / √(9.5 × 9.5) = 0.815789
//   Fisher z = atanh(0.815789) = ½ ln(1.815789 / 0.184211) = 1.144098; SE = √(1.06 / 2) = 0.728011
//   1.144098 ± 1.96 × 0.728011 = -0.282804 to 2.571000 -> tanh: -0.2755 to 0.9884
const FIVE: [number, number][] = [
  [10, 5],
  [9, 4],
  [9, 5],
  [3, 2],
  [6, 1],
];

describe('rankCorrelation', () => {
  it('gives Spearman with mid-ranks for ties', () => {
    const r = rankCorrelation(table(FIVE).pairs)!;
    expect(r.pairs).toBe(5);
    expect(r.value).toBeCloseTo(7.75 / 9.5, 12);
  });
  it('is 1 for answers in the same order and -1 in the opposite order', () => {
    expect(
      rankCorrelation(
        table([
          [0, 1],
          [5, 2],
          [10, 3],
        ]).pairs,
      )!.value,
    ).toBeCloseTo(1, 12);
    expect(
      rankCorrelation(
        table([
          [0, 3],
          [5, 2],
          [10, 1],
        ]).pairs,
      )!.value,
    ).toBeCloseTo(-1, 12);
  });
  it('has no value when either side does not vary', () => {
    expect(
      rankCorrelation(
        table([
          [9, 1],
          [9, 5],
        ]).pairs,
      ),
    ).toBeUndefined();
    expect(rankCorrelation(table([]).pairs)).toBeUndefined();
  });
});

describe('estimateRankCorrelation (in nps/estimate.ts, the shared statistics core)', () => {
  it('gives the Fisher-z interval with the 1.06 variance factor', () => {
    const e = estimateRankCorrelation(7.75 / 9.5, 5)!;
    expect(e.low).toBeCloseTo(-0.2755, 3);
    expect(e.high).toBeCloseTo(0.9884, 3);
    expect(e.smallSample).toBe(true);
  });
  it('keeps a perfect correlation inside its interval, and needs 4 pairs', () => {
    const e = estimateRankCorrelation(1, 50)!;
    expect(e.high).toBe(1);
    expect(e.low).toBeLessThan(1);
    expect(estimateRankCorrelation(0.5, 3)).toBeUndefined();
    expect(estimateRankCorrelation(1.5, 30)).toBeUndefined();
  });
});

describe('drivers in a file', () => {
  it('finds another rating column, pairs it with the likelihood score and scores its performance', () => {
    const text = 'nps,Ordering speed\n10,5\n9,4\n9,5\n3,2\n6,1\n';
    const inspection = inspect(text);
    expect(inspection.mapping.drivers).toEqual([1]);
    expect([inspection.mapping.csat, inspection.mapping.ces]).toEqual([undefined, undefined]);
    const tallies = analyse(text, inspection, inspection.mapping);
    const [column, t] = tallies.drivers[0]!;
    const result = driverResult(column, t, 0, 10);
    expect(result.importance!.value).toBeCloseTo(7.75 / 9.5, 12);
    // Performance: (5 + 4 + 5 + 2 + 1) / 5 = 3.4.
    expect(result.performance!.mean).toBeCloseTo(3.4, 12);
  });
  it('leaves an unreadable driver cell out of that driver only; the row is still used', () => {
    const text = 'nps,Ordering speed\n10,5\n9,x\n8,4\n7,3\n';
    const inspection = inspect(text);
    const tallies = analyse(text, inspection, { ...inspection.mapping, drivers: [1] });
    expect(tallies.used).toBe(4);
    expect(tallies.drivers[0]![1].answers.count).toBe(3);
  });
});
