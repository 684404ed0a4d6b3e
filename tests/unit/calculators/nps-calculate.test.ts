// The whole tool from inputs: input modes, the states it turns into words, and the verdict.
import { describe, expect, it } from 'vitest';
import { calculateNps, emptySurveyMessage, readCsat, readSurvey, unavailableMessage } from '../../../src/calculators/nps/calculate.ts';
import { input } from './nps-fixtures.ts';

describe('calculateNps', () => {
  it("the sources' 67 to 68 with 500 responses each", () => {
    const r = calculateNps(input());
    expect(r.previous).toMatchObject({ status: 'ok', mode: 'counts', approximate: false, estimate: { score: 67, responses: 500 } });
    expect(r.current).toMatchObject({ status: 'ok', estimate: { score: 68 } });
    expect(r.comparison).toMatchObject({
      status: 'ok',
      comparison: { difference: 1, verdict: 'could-be-noise' },
      headline: 'A 1-point rise from 67 to 68 with 500 responses in each survey could easily be noise (p = 0.79).',
      detail: 'Allowing for sampling noise, the true change is probably between -6.4 and +8.4 points (95% interval).',
    });
    expect(r.sampleSize).toEqual({ margin: 5, npsWorstCase: 1537, npsAtCurrentShares: 537, csatWorstCase: 385 });
    expect(r.csat).toMatchObject({ status: 'ok', estimate: { score: 80, satisfied: 400, responses: 500 } });
  });

  it('percentages with a total: counts rebuilt and marked approximate', () => {
    const r = calculateNps(
      input({
        previousMode: 'percentages',
        previousPromoterPercent: 45,
        previousPassivePercent: 40,
        previousDetractorPercent: 15,
        previousTotal: 2000,
        currentMode: 'percentages',
        currentPromoterPercent: 50,
        currentPassivePercent: 38,
        currentDetractorPercent: 12,
        currentTotal: 2000,
      }),
    );
    expect(r.previous).toMatchObject({
      status: 'ok',
      mode: 'percentages',
      approximate: true,
      estimate: { counts: { promoters: 900, passives: 800, detractors: 300 } },
    });
    expect(r.current).toMatchObject({ status: 'ok', estimate: { score: 38 } });
    expect(r.comparison).toMatchObject({
      headline: 'An 8-point rise from 30 to 38 with 2,000 responses in each survey is likely a real change (p < 0.001).',
    });
  });

  it('pasted columns of ten scores each', () => {
    const r = calculateNps(
      input({
        previousMode: 'scores',
        previousScores: '10\n9\n9\n10\n9\n8\n7\n7\n3\n5',
        currentMode: 'scores',
        currentScores: '10\n10\n9\n9\n9\n10\n9\n8\n6\n2',
      }),
    );
    // previous: promoters 10, 9, 9, 10, 9 = 5; passives 8, 7, 7 = 3; detractors 3, 5 = 2 → 100 × 3 / 10 = 30
    expect(r.previous).toMatchObject({ status: 'ok', mode: 'scores', approximate: false, estimate: { score: 30 } });
    // current: promoters 7, passives 1, detractors 2 → 100 × 5 / 10 = 50
    expect(r.current).toMatchObject({ status: 'ok', estimate: { score: 50 } });
    // 10 responses each is below the minimum of 30: no verdict, 20 more needed per survey.
    // centres 3 / 13 = 23.077 and 5 / 13 = 38.462, so the adjusted difference is 15.385;
    // SE 21.494 and 22.528 points → √(21.494² + 22.528²) = 31.137; 15.385 ± 1.96 × 31.137 = −45.6 to +76.4
    expect(r.comparison).toMatchObject({
      comparison: { verdict: 'too-small', moreNeeded: { previous: 20, current: 20 } },
      headline:
        'With 10 responses in each survey, the sample is too small to judge a change: each survey needs at least 30 responses, ' +
        'so the previous survey needs 20 more and the current survey 20 more.',
      detail: "Until then the change's 95% interval, between -45.6 and +76.4 points, is only a rough guide.",
    });
  });

  it('a 10-point rise with 300 each: could be noise, more responses would settle it', () => {
    // centres 9000 / 303 = 29.703 and 12000 / 303 = 39.604: adjusted difference 9.901 points;
    // SE of the difference 6.216 points → z = 9.901 / 6.216 = 1.593, p = 2 × Φ(−1.593) = 0.111;
    // 9.901 ± 1.96 × 6.216 = −2.28 to +22.08
    const r = calculateNps(
      input({
        previousPromoters: 150,
        previousPassives: 90,
        previousDetractors: 60,
        currentPromoters: 168,
        currentPassives: 84,
        currentDetractors: 48,
      }),
    );
    expect(r.comparison).toMatchObject({
      headline:
        'A 10-point rise from 30 to 40 with 300 responses in each survey could be noise (p = 0.11); more responses would settle it.',
      detail: 'Allowing for sampling noise, the true change is probably between -2.3 and +22.1 points (95% interval).',
    });
  });

  it('a fall, with different sample sizes', () => {
    // previous 372/96/32 of 500 = 68; current 100 × (740 − 70) / 1000 = 67
    // SE 2.635 and √((811.5 / 1003 − (670 / 1003)²) / 1003) = √(0.36285 / 1003) = 1.902 points
    // → √(2.635² + 1.902²) = 3.250; adjusted difference 670 / 1003 − 340 / 503 = 66.7996 − 67.5944 = −0.7948;
    // z = −0.7948 / 3.250 = −0.2446; p = 2 × (1 − Φ(0.2446)) = 2 × (1 − 0.5966) = 0.81
    const r = calculateNps(
      input({
        previousPromoters: 372,
        previousPassives: 96,
        previousDetractors: 32,
        currentPromoters: 740,
        currentPassives: 190,
        currentDetractors: 70,
      }),
    );
    expect(r.comparison).toMatchObject({
      comparison: { difference: -1, verdict: 'could-be-noise' },
      headline: 'A 1-point fall from 68 to 67 with 500 and 1,000 responses could easily be noise (p = 0.81).',
    });
  });

  it('no change', () => {
    // 740/190/70 of 1,000 is 67, like 370/95/35 of 500; the adjusted scores differ a little, because
    // each is pulled towards 0 by 3 / (n + 3): 670 / 1003 − 335 / 503 = 66.7996 − 66.6004 = 0.1992 points;
    // SE √(2.692² + 1.902²) = 3.296; z = 0.1992 / 3.296 = 0.0604, p = 2 × (1 − Φ(0.0604)) = 0.95;
    // 0.1992 ± 1.96 × 3.296 = −6.26 to +6.66
    const r = calculateNps(input({ currentPromoters: 740, currentPassives: 190, currentDetractors: 70 }));
    expect(r.comparison).toMatchObject({
      headline: 'Both surveys score 67 (500 and 1,000 responses), so there is no change to explain (p = 0.95).',
      detail: 'Allowing for sampling noise, the true change is probably between -6.3 and +6.7 points (95% interval).',
    });
  });

  it('a change too small to show at one decimal', () => {
    // 100 × 670 / 1000 = 67 and 100 × 671 / 1001 = 67.033
    const r = calculateNps(
      input({
        previousPromoters: 670,
        previousPassives: 330,
        previousDetractors: 0,
        currentPromoters: 671,
        currentPassives: 330,
        currentDetractors: 0,
      }),
    );
    expect(r.comparison).toMatchObject({
      headline: 'A tiny rise (under 0.1 points) from 67 to 67 with 1,000 and 1,001 responses could easily be noise (p = 0.99).',
    });
  });

  it('numbers in sentences follow the locale', () => {
    const r = calculateNps(input({ csatSatisfied: 1200, csatTotal: 1000 }), 'de-DE');
    expect(r.comparison).toMatchObject({
      headline: 'A 1-point rise from 67 to 68 with 500 responses in each survey could easily be noise (p = 0,79).',
      detail: 'Allowing for sampling noise, the true change is probably between -6,4 and +8,4 points (95% interval).',
    });
    expect(r.csat).toEqual({
      status: 'invalid',
      issues: [{ field: 'csatSatisfied', message: 'Satisfied answers (1.200) cannot be more than all answers (1.000).' }],
    });
  });
});

describe('states the page turns into words', () => {
  it('zero responses in counts mode', () => {
    const r = calculateNps(input({ previousPromoters: 0, previousPassives: 0, previousDetractors: 0 }));
    expect(r.previous).toEqual({
      status: 'empty',
      message: 'The previous survey has no responses yet: enter at least one promoter, passive or detractor.',
    });
    expect(r.comparison).toEqual({ status: 'unavailable', message: 'Enter the previous survey to compare the current one with it.' });
  });

  it('zero responses in every mode and for both surveys', () => {
    expect(emptySurveyMessage('current', 'counts')).toBe(
      'The current survey has no responses yet: enter at least one promoter, passive or detractor.',
    );
    expect(emptySurveyMessage('current', 'percentages')).toBe(
      'The current survey has a total of 0 responses: enter how many people answered.',
    );
    expect(emptySurveyMessage('previous', 'scores')).toBe(
      'No scores pasted for the previous survey yet: paste one score from 0 to 10 per line.',
    );
    expect(readSurvey(input({ currentMode: 'percentages', currentTotal: 0 }), 'current')).toEqual({
      status: 'empty',
      message: 'The current survey has a total of 0 responses: enter how many people answered.',
    });
    expect(readSurvey(input({ currentMode: 'scores', currentScores: '\n\n' }), 'current')).toEqual({
      status: 'empty',
      message: 'No scores pasted for the current survey yet: paste one score from 0 to 10 per line.',
    });
  });

  it('both surveys empty: sample sizes still shown, the observed-share plan left out', () => {
    const r = calculateNps(
      input({
        previousPromoters: 0,
        previousPassives: 0,
        previousDetractors: 0,
        currentPromoters: 0,
        currentPassives: 0,
        currentDetractors: 0,
      }),
    );
    expect(r.comparison).toEqual({ status: 'unavailable', message: 'Enter both surveys to compare them.' });
    expect(r.sampleSize).toEqual({ margin: 5, npsWorstCase: 1537, npsAtCurrentShares: undefined, csatWorstCase: 385 });
  });

  it('the comparison messages', () => {
    expect(unavailableMessage(false, false)).toBe('Enter both surveys to compare them.');
    expect(unavailableMessage(false, true)).toBe('Enter the previous survey to compare the current one with it.');
    expect(unavailableMessage(true, false)).toBe('Enter the current survey to compare it with the previous one.');
  });

  it('percentages that do not add up: the message sits beside the detractor percentage', () => {
    const r = calculateNps(
      input({ currentMode: 'percentages', currentPromoterPercent: 50, currentPassivePercent: 30, currentDetractorPercent: 10 }),
    );
    expect(r.current).toEqual({
      status: 'invalid',
      issues: [
        {
          field: 'currentDetractorPercent',
          message: 'The three percentages add up to 90; they should add up to 100 (give or take 1.5 for rounding).',
        },
      ],
    });
    expect(r.comparison).toEqual({ status: 'unavailable', message: 'Enter the current survey to compare it with the previous one.' });
  });

  it('bad pasted lines: the first five one by one, then how many more', () => {
    const r = readSurvey(input({ previousMode: 'scores', previousScores: 'a\nb\nc\n9\nd\ne\nf\ng' }), 'previous');
    expect(r).toEqual({
      status: 'invalid',
      issues: [
        { field: 'previousScores', message: 'line 1: "a" is not a score from 0 to 10' },
        { field: 'previousScores', message: 'line 2: "b" is not a score from 0 to 10' },
        { field: 'previousScores', message: 'line 3: "c" is not a score from 0 to 10' },
        { field: 'previousScores', message: 'line 5: "d" is not a score from 0 to 10' },
        { field: 'previousScores', message: 'line 6: "e" is not a score from 0 to 10' },
        { field: 'previousScores', message: '…and 2 more lines that are not a score from 0 to 10.' },
      ],
    });
    const one = readSurvey(input({ previousMode: 'scores', previousScores: 'a\nb\nc\nd\ne\nf' }), 'previous');
    expect(one.status === 'invalid' && one.issues.at(-1)).toEqual({
      field: 'previousScores',
      message: '…and 1 more line that is not a score from 0 to 10.',
    });
  });

  it('the example from the brief: line 7 "eleven"', () => {
    const r = readSurvey(input({ currentMode: 'scores', currentScores: '9\n10\n8\n7\n6\n9\neleven\n10' }), 'current');
    expect(r).toEqual({ status: 'invalid', issues: [{ field: 'currentScores', message: 'line 7: "eleven" is not a score from 0 to 10' }] });
  });

  it('CSAT: five counts, satisfied of total, and its messages', () => {
    // 110 + 115 = 225 satisfied of 12 + 18 + 45 + 110 + 115 = 300 → 75%
    expect(readCsat(input({ csatMode: 'distribution' }))).toMatchObject({
      status: 'ok',
      estimate: { satisfied: 225, responses: 300, score: 75 },
    });
    expect(readCsat(input({ csatMode: 'distribution', csat1: 0, csat2: 0, csat3: 0, csat4: 0, csat5: 0 }))).toEqual({
      status: 'empty',
      message: 'No CSAT answers yet: enter how many people chose each answer from 1 to 5.',
    });
    expect(readCsat(input({ csatSatisfied: 0, csatTotal: 0 }))).toEqual({
      status: 'empty',
      message: 'No CSAT answers yet: enter how many people answered in all.',
    });
    expect(readCsat(input({ csatSatisfied: 120, csatTotal: 100 }))).toEqual({
      status: 'invalid',
      issues: [{ field: 'csatSatisfied', message: 'Satisfied answers (120) cannot be more than all answers (100).' }],
    });
  });
});
