// Properties over the whole input range: intervals contain their scores and stay in range, more
// responses never widen an interval, nothing is ever NaN or Infinity, p is a probability.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateNps } from '../../../src/calculators/nps/calculate.ts';
import { npsChart, npsChartSpec, npsTable } from '../../../src/calculators/nps/chart.ts';
import {
  compareSurveys,
  estimateCsat,
  estimateNps,
  MIN_RESPONSES,
  responsesForMargin,
  Z95,
} from '../../../src/calculators/nps/estimate.ts';
import { countsFromPercentages, parseScoreColumn } from '../../../src/calculators/nps/parse.ts';
import { CSAT_MODES, MAX_RESPONSES, NpsInputSchema, SURVEY_MODES, type NpsInput } from '../../../src/calculators/nps/schema.ts';

const EPS = 1e-9;
const RUNS = { numRuns: Number(process.env['NPS_RUNS'] ?? 400) };

/** A count of responses: mostly small (where intervals are interesting), sometimes up to the maximum. */
const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: MAX_RESPONSES }));
const counts = fc
  .record({ promoters: count, passives: count, detractors: count })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}
const finite = (value: unknown) => numbers(value).filter(([, n]) => !Number.isFinite(n));

describe('NPS interval', () => {
  it('contains the score, lies in [-100, 100], and is finite', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const e = estimateNps(c)!;
        expect(finite(e)).toEqual([]);
        expect(e.low).toBeGreaterThanOrEqual(-100);
        expect(e.high).toBeLessThanOrEqual(100);
        expect(e.low).toBeLessThanOrEqual(e.score);
        expect(e.score).toBeLessThanOrEqual(e.high);
        expect(e.score).toBeGreaterThanOrEqual(-100);
        expect(e.score).toBeLessThanOrEqual(100);
        expect(e.standardError).toBeGreaterThan(0);
        // the centre moves towards 0, never past it
        expect(Math.abs(e.centre)).toBeLessThanOrEqual(Math.abs(e.score) + EPS);
      }),
      RUNS,
    );
  });

  it('is stretched only with a single response', () => {
    fc.assert(
      fc.property(counts, (c) => {
        expect(estimateNps(c)!.stretched).toBe(c.promoters + c.passives + c.detractors === 1 && c.passives === 0);
      }),
      RUNS,
    );
  });

  it('more responses with the same shares never widen it', () => {
    const small = fc
      .record({
        promoters: fc.integer({ min: 0, max: 300 }),
        passives: fc.integer({ min: 0, max: 300 }),
        detractors: fc.integer({ min: 0, max: 300 }),
      })
      .filter((c) => c.promoters + c.passives + c.detractors > 0);
    fc.assert(
      fc.property(small, fc.integer({ min: 2, max: 1000 }), (c, k) => {
        const a = estimateNps(c)!;
        const b = estimateNps({ promoters: k * c.promoters, passives: k * c.passives, detractors: k * c.detractors })!;
        expect(b.score).toBeCloseTo(a.score, 9);
        expect(b.high - b.low).toBeLessThanOrEqual(a.high - a.low + EPS);
      }),
      RUNS,
    );
  });

  it('the worst-case sample size delivers the margin whatever the answers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (margin, a, b) => {
          const n = responsesForMargin(margin, 1);
          const promoters = Math.floor(n * a);
          const detractors = Math.floor((n - promoters) * b);
          const e = estimateNps({ promoters, passives: n - promoters - detractors, detractors })!;
          expect(e.margin).toBeLessThanOrEqual(margin + EPS);
        },
      ),
      RUNS,
    );
  });

  it('responsesForMargin gives a whole number of at least 1 that meets the margin at that variance', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (margin, variance) => {
        const n = responsesForMargin(margin, variance);
        expect(Number.isInteger(n) && n >= 1).toBe(true);
        expect(100 * Z95 * Math.sqrt(variance / n)).toBeLessThanOrEqual(margin * (1 + 1e-9));
      }),
      RUNS,
    );
  });
});

describe('comparison', () => {
  it('p is in [0, 1], everything is finite, and the difference lies in its interval', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const c = compareSurveys(estimateNps(a)!, estimateNps(b)!);
        expect(finite(c)).toEqual([]);
        expect(c.p).toBeGreaterThanOrEqual(0);
        expect(c.p).toBeLessThanOrEqual(1);
        expect(c.low).toBeLessThanOrEqual(c.difference);
        expect(c.difference).toBeLessThanOrEqual(c.high);
        // one method: the verdict follows the interval (and so |z| > 1.96), never below the minimum
        if (a.promoters + a.passives + a.detractors < MIN_RESPONSES || b.promoters + b.passives + b.detractors < MIN_RESPONSES)
          expect(c.verdict).toBe('too-small');
        else expect(c.verdict).toBe(c.low > 0 || c.high < 0 ? 'likely-real' : 'could-be-noise');
      }),
      RUNS,
    );
  });
});

describe('CSAT interval', () => {
  const csat = fc
    .integer({ min: 1, max: MAX_RESPONSES })
    .chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
  const small = fc.integer({ min: 1, max: 30 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)));
  it('lies in [0, 100], contains the score, and is finite', () => {
    fc.assert(
      fc.property(fc.oneof(small, csat), ([s, n]) => {
        const e = estimateCsat(s, n)!;
        expect(finite(e)).toEqual([]);
        expect(e.low).toBeGreaterThanOrEqual(0);
        expect(e.high).toBeLessThanOrEqual(100);
        expect(e.low).toBeLessThanOrEqual(e.score);
        expect(e.score).toBeLessThanOrEqual(e.high);
      }),
      RUNS,
    );
  });
});

describe('parsers', () => {
  it('percentages: the counts always add up to the total', () => {
    const pct = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(pct, pct, fc.integer({ min: 0, max: MAX_RESPONSES }), (p, a, total) => {
        const d = Math.max(0, Math.min(100, 100 - p - a));
        const r = countsFromPercentages({ promoterPercent: p, passivePercent: a, detractorPercent: d, total });
        if (!r.ok) {
          expect(Math.abs(p + a + d - 100)).toBeGreaterThan(1.5);
          return;
        }
        const { promoters, passives, detractors } = r.counts;
        for (const x of [promoters, passives, detractors]) expect(Number.isInteger(x) && x >= 0).toBe(true);
        expect(promoters + passives + detractors).toBe(total);
      }),
      RUNS,
    );
  });

  it('a column of scores is counted exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 }), (scores) => {
        const r = parseScoreColumn(scores.join('\n'));
        expect(r).toMatchObject({
          ok: true,
          counts: {
            promoters: scores.filter((s) => s >= 9).length,
            passives: scores.filter((s) => s === 7 || s === 8).length,
            detractors: scores.filter((s) => s <= 6).length,
          },
        });
      }),
      RUNS,
    );
  });

  it('any pasted text: no crash, and each bad line is named by a line that exists', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = parseScoreColumn(text);
        if (r.ok) return;
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const e of r.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines);
          expect(e.message.startsWith(`line ${e.line}: `)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('the whole tool', () => {
  const scores = fc.oneof(
    fc.constant(''),
    fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 50 }).map((s) => s.join('\n')),
    fc.string({ maxLength: 80 }),
  );
  const anyInput: fc.Arbitrary<NpsInput> = fc.record({
    previousMode: fc.constantFrom(...SURVEY_MODES),
    previousPromoters: count,
    previousPassives: count,
    previousDetractors: count,
    previousPromoterPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    previousPassivePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    previousDetractorPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    previousTotal: count,
    previousScores: scores,
    currentMode: fc.constantFrom(...SURVEY_MODES),
    currentPromoters: count,
    currentPassives: count,
    currentDetractors: count,
    currentPromoterPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    currentPassivePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    currentDetractorPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    currentTotal: count,
    currentScores: scores,
    marginOfError: fc.double({ min: 0.5, max: 50, noNaN: true }),
    csatMode: fc.constantFrom(...CSAT_MODES),
    csat1: count,
    csat2: count,
    csat3: count,
    csat4: count,
    csat5: count,
    csatSatisfied: count,
    csatTotal: count,
  });

  it('any valid input gives a finite result, every state has words, and the chart and table are finite', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const input = NpsInputSchema.parse(raw);
        const r = calculateNps(input);
        expect(finite(r)).toEqual([]);
        expect(finite(npsChart(r))).toEqual([]);
        expect(finite(npsTable(r))).toEqual([]);
        expect(finite(npsChartSpec(r))).toEqual([]);
        for (const s of [r.previous, r.current, r.csat]) {
          if (s.status === 'empty') expect(s.message.length).toBeGreaterThan(10);
          if (s.status === 'invalid') expect(s.issues.length).toBeGreaterThan(0);
        }
        if (r.comparison.status === 'ok') {
          expect(r.comparison.headline).toMatch(/\(p [=<] [\d.]+\)|too small to judge/);
          expect(r.comparison.headline).not.toMatch(/NaN|Infinity|undefined/);
        } else expect(r.comparison.message.length).toBeGreaterThan(10);
      }),
      RUNS,
    );
  });
});
