// Properties of the customer effort tool over any counts its form accepts, against an oracle that
// expands the counts into a list of answers and works from the definitions with plain loops (no
// import from src/calculators/effort or nps/estimate.ts); and what its island shows: never NaN,
// Infinity or a blank.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateEffort } from '../../../src/calculators/effort/calculate.ts';
import type { EffortInput } from '../../../src/calculators/effort/fields.ts';
import { MIN_RESPONSES } from '../../../src/calculators/nps/estimate.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { effortDefinition } from '../../../src/islands/effort/effort-definition.ts';
import { effortWorking } from '../../../src/islands/effort/effort-working.ts';
import { texts } from './clv-helpers.ts';

/** Seven counts: mostly small (so small samples and empty surveys come up), sometimes up to 10,000,000. */
const sevenCounts = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10_000_000 })), {
  minLength: 7,
  maxLength: 7,
});
const input = fc.record({ previous: sevenCounts, current: sevenCounts }).map(
  ({ previous, current }) =>
    ({
      previousMode: 'counts',
      previousScores: '',
      currentMode: 'counts',
      currentScores: '',
      ...Object.fromEntries(previous.map((v, i) => [`previous${i + 1}`, v])),
      ...Object.fromEntries(current.map((v, i) => [`current${i + 1}`, v])),
    }) as EffortInput,
);

/** The oracle: share (%) and mean of a survey from its seven counts, the answers walked one value at a time. */
function oracle(c: number[]) {
  let n = 0;
  let easy = 0;
  let sum = 0;
  c.forEach((count, i) => {
    n += count;
    if (i + 1 >= 5) easy += count;
    sum += count * (i + 1);
  });
  const mean = sum / n;
  let squared = 0;
  c.forEach((count, i) => (squared += count * (i + 1 - mean) * (i + 1 - mean)));
  // Wilson by its textbook form, written out afresh.
  const p = easy / n;
  const k = 1.96 * 1.96;
  const mid = (2 * n * p + k) / (2 * (n + k));
  const w = (1.96 * Math.sqrt(n * p * (1 - p) + k / 4)) / (n + k);
  return {
    n,
    share: 100 * p,
    low: 100 * Math.max(0, mid - w),
    high: 100 * Math.min(1, mid + w),
    mean,
    sd: n > 1 ? Math.sqrt(squared / (n - 1)) : 0,
  };
}
const BAD = /NaN|Infinity|∞|undefined|null|\[object/;

describe('customer effort properties', () => {
  it('agrees with the oracle, keeps every interval around its score and inside the scale', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = calculateEffort(i);
        for (const id of ['previous', 'current'] as const) {
          const c = [1, 2, 3, 4, 5, 6, 7].map((a) => i[`${id}${a}` as keyof EffortInput] as number);
          const s = r[id];
          if (c.every((x) => x === 0)) {
            expect(s.status).toBe('empty');
            continue;
          }
          if (s.status !== 'ok') throw new Error('counts with answers compute');
          const o = oracle(c);
          expect(s.share.responses).toBe(o.n);
          expect(s.share.score).toBeCloseTo(o.share, 9);
          expect(s.share.low).toBeCloseTo(o.low, 6);
          expect(s.share.high).toBeCloseTo(o.high, 6);
          expect(s.mean.mean).toBeCloseTo(o.mean, 9);
          expect(s.mean.standardDeviation).toBeCloseTo(o.sd, 5);
          expect(s.share.low).toBeLessThanOrEqual(s.share.score);
          expect(s.share.high).toBeGreaterThanOrEqual(s.share.score);
          expect(s.mean.low).toBeGreaterThanOrEqual(1);
          expect(s.mean.high).toBeLessThanOrEqual(7);
          expect(s.mean.low).toBeLessThanOrEqual(s.mean.mean + 1e-12);
          expect(s.mean.high).toBeGreaterThanOrEqual(s.mean.mean - 1e-12);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a change is judged only from 30 answers in each survey, and called real exactly when its interval leaves out 0', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = calculateEffort(i);
        if (r.comparison.status !== 'ok' || r.previous.status !== 'ok' || r.current.status !== 'ok') return;
        const enough = r.previous.share.responses >= MIN_RESPONSES && r.current.share.responses >= MIN_RESPONSES;
        for (const change of [r.comparison.share, r.comparison.mean]) {
          expect([change.low, change.difference, change.high].every(Number.isFinite)).toBe(true);
          expect(change.low).toBeLessThanOrEqual(change.difference + 1e-9);
          expect(change.high).toBeGreaterThanOrEqual(change.difference - 1e-9);
          const expected = !enough ? 'too-small' : change.low > 0 || change.high < 0 ? 'likely-real' : 'could-be-noise';
          expect(change.verdict).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('customer effort display', () => {
  it('loads its working on demand: the loader resolves to effortWorking', async () =>
    expect(await effortDefinition.working()).toBe(effortWorking));

  it('never shows NaN, Infinity or a blank result', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('en-GB', 'de-DE'), (i, locale) => {
        const fmt = makeFormatters({ currency: 'EUR', locale });
        const view = { input: i, result: calculateEffort(i), fmt, labels: {} };
        const results = effortDefinition.results(view);
        for (const r of results) {
          expect(r.value.trim()).not.toBe('');
          if (typeof r.csv === 'number') expect(Number.isFinite(r.csv)).toBe(true);
        }
        const tables = effortDefinition.tables!(view);
        for (const t of texts([results, effortWorking(view), effortDefinition.summary(view), tables, effortDefinition.fieldNotes!(view)]))
          expect(t).not.toMatch(BAD);
        const chart = effortDefinition.charts(view)[0]!;
        expect(chart.series.flatMap((s) => s.values.flat()).every(Number.isFinite)).toBe(true);
        expect(chart.summary).not.toMatch(BAD);
      }),
      { numRuns: 300 },
    );
  });
});
