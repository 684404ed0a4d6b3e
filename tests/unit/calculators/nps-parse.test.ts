// The two other ways of entering a survey: percentages with a total, and a pasted column.
import { describe, expect, it } from 'vitest';
import { countsFromPercentages, parseScoreColumn } from '../../../src/calculators/nps/parse.ts';

describe('countsFromPercentages', () => {
  it('exact percentages: 45 / 40 / 15 of 2,000', () => {
    // 0.45 × 2000 = 900, 0.40 × 2000 = 800, 0.15 × 2000 = 300
    expect(countsFromPercentages({ promoterPercent: 45, passivePercent: 40, detractorPercent: 15, total: 2000 })).toEqual({
      ok: true,
      counts: { promoters: 900, passives: 800, detractors: 300 },
    });
  });

  it('rounded percentages adding up to 99 are scaled to 100 and shared out by largest remainder', () => {
    // 72/99 × 250 = 181.82, 23/99 × 250 = 58.08, 4/99 × 250 = 10.10 → 181 + 58 + 10 = 249; the
    // one left goes to the largest remainder, 0.82 (promoters)
    expect(countsFromPercentages({ promoterPercent: 72, passivePercent: 23, detractorPercent: 4, total: 250 })).toEqual({
      ok: true,
      counts: { promoters: 182, passives: 58, detractors: 10 },
    });
  });

  it('equal remainders go to promoters first, then passives', () => {
    // 33/99 × 100 = 33.33 each → 33 + 33 + 33 = 99; one left, remainders tie, promoters get it
    expect(countsFromPercentages({ promoterPercent: 33, passivePercent: 33, detractorPercent: 33, total: 100 })).toEqual({
      ok: true,
      counts: { promoters: 34, passives: 33, detractors: 33 },
    });
    // 1/3 of 2 = 0.67 each → 0 + 0 + 0; two left: promoters, then passives
    expect(countsFromPercentages({ promoterPercent: 33.3, passivePercent: 33.3, detractorPercent: 33.3, total: 2 })).toEqual({
      ok: true,
      counts: { promoters: 1, passives: 1, detractors: 0 },
    });
  });

  it('a total of 0 gives zero counts (the survey is then empty, not an error)', () => {
    expect(countsFromPercentages({ promoterPercent: 50, passivePercent: 30, detractorPercent: 20, total: 0 })).toEqual({
      ok: true,
      counts: { promoters: 0, passives: 0, detractors: 0 },
    });
  });

  it('accepts sums from 98.5 to 101.5', () => {
    expect(countsFromPercentages({ promoterPercent: 50, passivePercent: 30, detractorPercent: 21.5, total: 10 }).ok).toBe(true);
    expect(countsFromPercentages({ promoterPercent: 50, passivePercent: 30, detractorPercent: 18.5, total: 10 }).ok).toBe(true);
  });

  it('says by how much the percentages miss 100', () => {
    expect(countsFromPercentages({ promoterPercent: 50, passivePercent: 30, detractorPercent: 10, total: 100 })).toEqual({
      ok: false,
      message: 'The three percentages add up to 90; they should add up to 100 (give or take 1.5 for rounding).',
    });
    expect(countsFromPercentages({ promoterPercent: 50, passivePercent: 30, detractorPercent: 21.6, total: 100 })).toEqual({
      ok: false,
      message: 'The three percentages add up to 101.6; they should add up to 100 (give or take 1.5 for rounding).',
    });
    expect(countsFromPercentages({ promoterPercent: 0, passivePercent: 0, detractorPercent: 0, total: 100 })).toEqual({
      ok: false,
      message: 'The three percentages add up to 0; they should add up to 100 (give or take 1.5 for rounding).',
    });
  });
});

describe('parseScoreColumn', () => {
  it('counts a pasted column: spaces, blank lines, Windows line ends and "7.0" are fine', () => {
    // promoters: 9, 10, 9, 10 → 4; passives: 7, 8, 7.0 → 3; detractors: 0, 6, 3 → 3
    const r = parseScoreColumn('9\n10\n7\n8\n0\n6\n 9 \n\n10\r\n3\n\t7.0\n');
    expect(r).toEqual({
      ok: true,
      counts: { promoters: 4, passives: 3, detractors: 3 },
      histogram: [1, 0, 0, 1, 0, 0, 1, 2, 1, 2, 2],
    });
  });

  it('an empty paste gives zero counts (the survey is then empty, not an error)', () => {
    expect(parseScoreColumn('')).toEqual({ ok: true, counts: { promoters: 0, passives: 0, detractors: 0 }, histogram: Array(11).fill(0) });
    expect(parseScoreColumn('\n  \n')).toMatchObject({ ok: true, counts: { promoters: 0, passives: 0, detractors: 0 } });
  });

  it('names every bad line by its number, blank lines counted', () => {
    const r = parseScoreColumn('10\n9\n\n8\n7\n6\neleven\n11\n 9 \n-1\n3.5\n9,5\n"8"');
    expect(r).toEqual({
      ok: false,
      errors: [
        { line: 7, text: 'eleven', message: 'line 7: "eleven" is not a score from 0 to 10' },
        { line: 8, text: '11', message: 'line 8: "11" is not a score from 0 to 10' },
        { line: 10, text: '-1', message: 'line 10: "-1" is not a score from 0 to 10' },
        { line: 11, text: '3.5', message: 'line 11: "3.5" is not a score from 0 to 10' },
        { line: 12, text: '9,5', message: 'line 12: "9,5" is not a score from 0 to 10' },
        { line: 13, text: '"8"', message: 'line 13: "\\"8\\"" is not a score from 0 to 10' },
      ],
    });
  });

  it('cuts a long bad line short in the message', () => {
    const r = parseScoreColumn('Customer comment: the delivery was late again');
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          text: 'Customer comment: the delivery was late again',
          message: 'line 1: "Customer comment: the d…" is not a score from 0 to 10',
        },
      ],
    });
  });

  it('a header row is a bad line too', () => {
    const r = parseScoreColumn('Score\n9\n10');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(['line 1: "Score" is not a score from 0 to 10']);
  });
});
