// Properties over random exports: every score on its scale, every interval around its estimate,
// no NaN anywhere, and every row accounted for (used + excluded + blank = rows).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyAggregator } from '../../../src/calculators/survey/aggregate.ts';
import { driverResult } from '../../../src/calculators/survey/drivers.ts';
import { scoreGroup } from '../../../src/calculators/survey/results.ts';

const cell = fc.oneof(
  fc.integer({ min: -2, max: 12 }).map(String),
  fc.constantFrom('', ' ', 'N/A', '9.5', 'Very satisfied', 'Strongly agree', '10 - Extremely likely'),
  fc.string({ maxLength: 6 }),
);
const row = fc.tuple(cell, cell, cell, fc.constantFrom('North', 'South', ''), fc.constantFrom('2024-01-05', '2024-02-29', 'x', ''));

describe('the survey aggregation', () => {
  it('keeps every score in range, every interval around its estimate, and no NaN', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const agg = new SurveyAggregator(
          { nps: 0, csat: 1, ces: 2, segments: [3], date: 4, comment: undefined, drivers: [1, 2] },
          1,
          'mdy',
        );
        for (const r of rows) agg.addRow(r);
        const t = agg.result();
        expect(t.used + t.excluded + t.blank).toBe(rows.length);
        const groups = [t.overall, ...t.segments[3]!.map(([, g]) => g), ...t.periods.month.map(([, g]) => g)].map((g) =>
          scoreGroup('g', g),
        );
        for (const [column, d] of t.drivers) {
          const r = driverResult(column, d, 0, 10);
          expect(JSON.stringify(r)).not.toMatch(/NaN|null|Infinity/);
          if (r.importance) {
            expect(r.importance.low).toBeGreaterThanOrEqual(-1);
            expect(r.importance.high).toBeLessThanOrEqual(1);
            expect(r.importance.low).toBeLessThanOrEqual(r.importance.value);
            expect(r.importance.high).toBeGreaterThanOrEqual(r.importance.value);
          }
        }
        for (const g of groups) {
          expect(JSON.stringify(g)).not.toMatch(/NaN|null|Infinity/);
          if (g.nps) {
            expect(g.nps.score).toBeGreaterThanOrEqual(-100);
            expect(g.nps.score).toBeLessThanOrEqual(100);
            expect(g.nps.low).toBeLessThanOrEqual(g.nps.score);
            expect(g.nps.high).toBeGreaterThanOrEqual(g.nps.score);
          }
          for (const e of [g.csat, g.cesShare]) {
            if (!e) continue;
            expect(e.low).toBeGreaterThanOrEqual(0);
            expect(e.high).toBeLessThanOrEqual(100);
            expect(e.low).toBeLessThanOrEqual(e.score);
            expect(e.high).toBeGreaterThanOrEqual(e.score);
          }
          if (g.cesMean) {
            expect(g.cesMean.low).toBeGreaterThanOrEqual(1);
            expect(g.cesMean.high).toBeLessThanOrEqual(7);
            expect(g.cesMean.low).toBeLessThanOrEqual(g.cesMean.mean + 1e-12);
            expect(g.cesMean.high).toBeGreaterThanOrEqual(g.cesMean.mean - 1e-12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
