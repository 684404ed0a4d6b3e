// The verdict's wording: p-values, "a" or "an", and one survey in words.
import { describe, expect, it } from 'vitest';
import { describeComparison, describeEstimate, formatP } from '../../../src/calculators/nps/describe.ts';
import { estimateNps, type NpsEstimate, type SurveyComparison } from '../../../src/calculators/nps/estimate.ts';

describe('formatP', () => {
  it.each([
    [0.790664, 'p = 0.79'],
    [0.2, 'p = 0.20'],
    [1, 'p = 1.00'],
    [0.0999, 'p = 0.100'],
    [0.05, 'p = 0.050'],
    [0.012345, 'p = 0.012'],
    [0.0496, 'p < 0.05'], // rounds to 0.050, which would contradict "likely a real change"
    [0.00149, 'p = 0.001'],
    [0.000999, 'p < 0.001'],
    [0, 'p < 0.001'],
  ])('%d → %s', (p, text) => expect(formatP(p)).toBe(text));

  it("uses the locale's decimal mark", () => {
    expect(formatP(0.79, 'de-DE')).toBe('p = 0,79');
    expect(formatP(0.0001, 'fr-FR')).toBe('p < 0,001');
  });
});

/** A stand-in survey with a given score and size; describeComparison reads only these. */
const survey = (score: number, responses: number) => ({ score, responses }) as NpsEstimate;
const change = (difference: number, p: number): SurveyComparison => ({
  difference,
  p,
  standardError: 1,
  z: 1,
  low: difference - 2,
  high: difference + 2,
  verdict: p < 0.05 ? 'likely-real' : 'could-be-noise',
  adjustedDifference: difference,
  stretched: false,
  moreNeeded: { previous: 0, current: 0 },
});

describe('describeComparison', () => {
  it.each([
    [8, 'An 8-point'],
    [11, 'An 11-point'],
    [18, 'An 18-point'],
    [80, 'An 80-point'],
    [8.5, 'An 8.5-point'],
    [1, 'A 1-point'],
    [1.8, 'A 1.8-point'],
    [28, 'A 28-point'],
    [100, 'A 100-point'],
    [180, 'A 180-point'],
  ])('a %d-point change reads "%s"', (d, start) => {
    expect(describeComparison(survey(0, 100), survey(d, 100), change(d, 0.5)).headline.startsWith(`${start} rise`)).toBe(true);
  });

  it('the three verdicts, by p', () => {
    const words = (p: number) => describeComparison(survey(40, 200), survey(52, 250), change(12, p)).headline;
    expect(words(0.01)).toBe('A 12-point rise from 40 to 52 with 200 and 250 responses is likely a real change (p = 0.010).');
    expect(words(0.07)).toBe(
      'A 12-point rise from 40 to 52 with 200 and 250 responses could be noise (p = 0.070); more responses would settle it.',
    );
    expect(words(0.2)).toBe('A 12-point rise from 40 to 52 with 200 and 250 responses could easily be noise (p = 0.20).');
  });

  it('negative scores and a fall', () => {
    const w = describeComparison(survey(-12.25, 80), survey(-20, 80), change(-7.75, 0.3));
    expect(w.headline).toBe('A 7.8-point fall from -12.3 to -20 with 80 responses in each survey could easily be noise (p = 0.30).');
    expect(w.detail).toBe('Allowing for sampling noise, the true change is probably between -9.8 and -5.8 points (95% interval).');
  });
});

describe('describeEstimate', () => {
  it('one survey in words', () => {
    expect(describeEstimate(estimateNps({ promoters: 370, passives: 95, detractors: 35 })!)).toBe(
      '67 (95% interval 61.3 to 71.9, from 500 responses)',
    );
    expect(describeEstimate(estimateNps({ promoters: 1, passives: 0, detractors: 0 })!)).toBe(
      '100 (95% interval -48.5 to 100, from 1 response)',
    );
    // n' = 5003: centre 3350 / 5003 = 0.66960, var = 4051.5 / 5003 − 0.66960² = 0.36145, SE = √(0.36145 / 5003) = 0.0084998
    // → 100 × (0.66960 ± 1.96 × 0.0084995) = 65.29 to 68.63
    expect(describeEstimate(estimateNps({ promoters: 3700, passives: 950, detractors: 350 })!, 'de-DE')).toBe(
      '67 (95% interval 65,3 to 68,6, from 5.000 responses)',
    );
  });
});
