// Golden cases for the customer effort tool, each derived by hand in the comment beside it, from
// the formulas in docs/methods/effort.md (z = 1.96 throughout).
import { describe, expect, it } from 'vitest';
import { calculateEffort } from '../../../src/calculators/effort/calculate.ts';
import { compareMeans, compareShares } from '../../../src/calculators/effort/estimate.ts';
import type { EffortInput } from '../../../src/calculators/effort/fields.ts';
import { effortIssues } from '../../../src/calculators/effort/form.ts';
import { parseEffortColumn } from '../../../src/calculators/effort/parse.ts';
import { EffortInputSchema } from '../../../src/calculators/effort/schema.ts';
import { estimateCsat } from '../../../src/calculators/nps/estimate.ts';
import { estimateMean } from '../../../src/calculators/nps/scale-estimates.ts';

const counts = (id: 'previous' | 'current', c: number[]) => Object.fromEntries(c.map((v, i) => [`${id}${i + 1}`, v]));
/** The tool's defaults (content/tools/effort.mdx), also the method's worked example. */
const base: EffortInput = {
  previousMode: 'counts',
  ...counts('previous', [5, 5, 10, 20, 30, 20, 10]),
  previousScores: '',
  currentMode: 'counts',
  ...counts('current', [2, 3, 5, 15, 35, 25, 15]),
  currentScores: '',
} as EffortInput;
const effort = (over: Partial<EffortInput>) => calculateEffort({ ...base, ...over });

describe('the defaults, by hand', () => {
  const r = effort({});
  if (r.previous.status !== 'ok' || r.current.status !== 'ok' || r.comparison.status !== 'ok') throw new Error('defaults must compute');
  const [p, c, change] = [r.previous, r.current, r.comparison];

  it('share answering 5 to 7 with its Wilson interval', () => {
    // previous: 30 + 20 + 10 = 60 of 100 = 60%; z²/n = 3.8416 / 100 = 0.038416
    //   centre (0.6 + 0.019208) / 1.038416 = 0.596301; half 1.96 / 1.038416 × √(0.24 / 100 + 0.038416 / 400)
    //   = 1.887490 × √0.00249604 = 1.887490 × 0.0499604 = 0.094300 -> 50.2001% to 69.0601%
    expect(p.share).toMatchObject({ satisfied: 60, responses: 100, score: 60 });
    expect(p.share.low).toBeCloseTo(50.2001, 3);
    expect(p.share.high).toBeCloseTo(69.0601, 3);
    // current: 35 + 25 + 15 = 75 of 100; centre 0.769208 / 1.038416 = 0.740751;
    //   half 1.887490 × √(0.1875 / 100 + 0.00009604) = 1.887490 × 0.0443963 = 0.083798 -> 65.6953% to 82.4549%
    expect(c.share.score).toBe(75);
    expect(c.share.low).toBeCloseTo(65.6953, 3);
    expect(c.share.high).toBeCloseTo(82.4549, 3);
  });

  it('mean answer with its normal interval', () => {
    // previous: (5 + 10 + 30 + 80 + 150 + 120 + 70) / 100 = 465 / 100 = 4.65
    //   squares 5 + 20 + 90 + 320 + 750 + 720 + 490 = 2,395; 2,395 − 100 × 4.65² = 232.75; SD √(232.75 / 99) = 1.533300
    //   half 1.96 × 1.533300 / 10 = 0.300527 -> 4.349473 to 4.950527
    expect(p.mean.mean).toBeCloseTo(4.65, 12);
    expect(p.mean.standardDeviation).toBeCloseTo(1.5333, 4);
    expect(p.mean.low).toBeCloseTo(4.349473, 5);
    expect(p.mean.high).toBeCloseTo(4.950527, 5);
    // current: (2 + 6 + 15 + 60 + 175 + 150 + 105) / 100 = 5.13; squares 2 + 12 + 45 + 240 + 875 + 900 + 735 = 2,809
    //   2,809 − 2,631.69 = 177.31; SD √(177.31 / 99) = 1.338286; half 0.262304 -> 4.867696 to 5.392304
    expect(c.mean.mean).toBeCloseTo(5.13, 12);
    expect(c.mean.standardDeviation).toBeCloseTo(1.338286, 5);
    expect(c.mean.low).toBeCloseTo(4.867696, 5);
    expect(c.mean.high).toBeCloseTo(5.392304, 5);
  });

  it('the change in the share by Newcombe’s hybrid score interval: likely real', () => {
    // d = 75 − 60 = 15; low 15 − √((75 − 65.6953)² + (69.0601 − 60)²) = 15 − √(86.5774 + 82.0854) = 15 − 12.9870 = 2.0130
    // high 15 + √((82.4549 − 75)² + (60 − 50.2001)²) = 15 + √(55.5755 + 96.0380) = 15 + 12.3132 = 27.3132
    expect(change.share.difference).toBe(15);
    expect(change.share.low).toBeCloseTo(2.013, 2);
    expect(change.share.high).toBeCloseTo(27.3132, 2);
    expect(change.share.verdict).toBe('likely-real');
    expect(change.share.moreNeeded).toEqual({ previous: 0, current: 0 });
  });

  it('the change in the mean by the normal interval: likely real', () => {
    // d = 5.13 − 4.65 = 0.48; SE √(1.533300² / 100 + 1.338286² / 100) = √(0.0235101 + 0.0179101) = 0.203520
    // 0.48 ± 1.96 × 0.203520 = 0.48 ± 0.398899 -> 0.081101 to 0.878899
    expect(change.mean.difference).toBeCloseTo(0.48, 12);
    expect(change.mean.low).toBeCloseTo(0.081101, 5);
    expect(change.mean.high).toBeCloseTo(0.878899, 5);
    expect(change.mean.verdict).toBe('likely-real');
  });
});

describe('small samples and edges', () => {
  it('one answer of 7: 100% with a Wilson interval from 20.7%, a mean of 7 with no spread', () => {
    // z²/n = 3.8416; centre (1 + 1.9208) / 4.8416 = 0.603272; half (1.96 / 4.8416) × √(3.8416 / 4) = 0.404825 × 0.98 = 0.396728
    // low 0.206544; the high end is exactly 100% (every answer easy)
    const s = effort({ ...counts('current', [0, 0, 0, 0, 0, 0, 1]) }).current;
    if (s.status !== 'ok') throw new Error('one answer computes');
    expect(s.share.low).toBeCloseTo(20.6544, 3);
    expect(s.share.high).toBe(100);
    expect(s.mean).toMatchObject({ mean: 7, standardDeviation: 0, low: 7, high: 7, smallSample: true });
  });

  it('fewer than 30 answers in a survey: the change is not judged, and the page is told how many more are needed', () => {
    // previous 10 answers (6 of them 5-7) against the 100 of the current survey: 30 − 10 = 20 more needed
    const r = effort({ ...counts('previous', [0, 1, 1, 2, 3, 2, 1]) });
    if (r.comparison.status !== 'ok') throw new Error('both surveys have answers');
    expect(r.comparison.share.verdict).toBe('too-small');
    expect(r.comparison.share.moreNeeded).toEqual({ previous: 20, current: 0 });
    expect(r.comparison.mean.verdict).toBe('too-small');
  });

  it('no answers: a message in words, and no comparison', () => {
    const r = effort({ ...counts('previous', [0, 0, 0, 0, 0, 0, 0]) });
    expect(r.previous).toEqual({
      status: 'empty',
      message: 'The previous survey has no answers yet: enter how many people gave each answer from 1 to 7',
    });
    expect(r.comparison).toEqual({ status: 'unavailable', message: 'Enter the previous survey to compare the current one with it' });
    expect(effort({ currentMode: 'scores', currentScores: '\n \n' }).current).toEqual({
      status: 'empty',
      message: 'No answers pasted for the current survey yet: paste one answer from 1 to 7 per line',
    });
  });

  it('the same spread in both surveys: no change, could be noise', () => {
    // d = 0 and each interval is symmetric enough to hold 0 on both sides
    const r = effort({ ...counts('current', [5, 5, 10, 20, 30, 20, 10]) });
    if (r.comparison.status !== 'ok') throw new Error('both surveys have answers');
    expect(r.comparison.share.difference).toBe(0);
    expect(r.comparison.share.verdict).toBe('could-be-noise');
    expect(r.comparison.mean.difference).toBe(0);
    expect(r.comparison.mean.verdict).toBe('could-be-noise');
  });

  it('compareShares and compareMeans on estimates worked by hand', () => {
    // 30 of 30 easy against 0 of 30: Wilson ends for 0/30: centre 0.0640267 / 1.1280533 = 0.0567584, half
    // 1.96 / 1.1280533 × √(0.1280533 / 120) = 1.7375087 × 0.0326668 = 0.0567584 -> 0 to 11.3517%; for 30/30, 88.6483% to 100%
    // d = 100; low 100 − √((100 − 88.6483)² + (11.3517 − 0)²) = 100 − 16.0537 = 83.9463; high 100 + √(0 + 0) = 100
    const change = compareShares(estimateCsat(0, 30)!, estimateCsat(30, 30)!);
    expect(change.low).toBeCloseTo(83.9463, 3);
    expect(change.high).toBeCloseTo(100, 10);
    expect(change.verdict).toBe('likely-real');
    // means 4 (SD 2, n 40) and 4.5 (SD 2, n 40): SE √(4/40 + 4/40) = √0.2 = 0.447214; 0.5 ± 0.876539 -> −0.376539 to 1.376539
    // estimateMean from count, sum, sum of squares: SD 2 with n 40 needs squared deviations 4 × 39 = 156
    const a = estimateMean(40, 160, 40 * 16 + 156, 1, 7)!;
    const b = estimateMean(40, 180, 40 * 4.5 ** 2 + 156, 1, 7)!;
    const m = compareMeans(a, b);
    expect(m.low).toBeCloseTo(-0.376539, 5);
    expect(m.high).toBeCloseTo(1.376539, 5);
    expect(m.verdict).toBe('could-be-noise');
  });
});

describe('a pasted column', () => {
  it('counts each answer; 5.0 and spaces are fine; blank lines are skipped', () => {
    expect(parseEffortColumn('7\n 5.0 \n\n1\r\n7,0\n')).toEqual({ ok: true, counts: [1, 0, 0, 0, 1, 0, 2] });
  });
  it('names every line that is not an answer from 1 to 7, by its line number', () => {
    expect(parseEffortColumn('7\n0\n8\neasy\n\n5.5')).toEqual({
      ok: false,
      errors: [
        { line: 2, message: 'line 2: "0" is not an answer from 1 to 7' },
        { line: 3, message: 'line 3: "8" is not an answer from 1 to 7' },
        { line: 4, message: 'line 4: "easy" is not an answer from 1 to 7' },
        { line: 6, message: 'line 6: "5.5" is not an answer from 1 to 7' },
      ],
    });
  });
  it('the form reports bad lines at the pasted column, the first five and a count of the rest', () => {
    const input = { ...base, currentMode: 'scores' as const, currentScores: ['x', '9', '9', '9', '9', '9', '9', '7'].join('\n') };
    expect(effortIssues(input)).toEqual([
      {
        field: 'currentScores',
        message:
          'line 1: "x" is not an answer from 1 to 7; line 2: "9" is not an answer from 1 to 7; line 3: "9" is not an answer from 1 to 7; ' +
          'line 4: "9" is not an answer from 1 to 7; line 5: "9" is not an answer from 1 to 7; …and 2 more lines that are not an answer from 1 to 7',
      },
    ]);
    // A column of a survey entered as counts is not read, so it cannot be wrong.
    expect(effortIssues({ ...input, currentMode: 'counts' })).toEqual([]);
    // The content check uses the same rule through the schema.
    expect(EffortInputSchema.safeParse(input).success).toBe(false);
    expect(EffortInputSchema.safeParse(base).success).toBe(true);
  });
});
