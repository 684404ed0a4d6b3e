import { describe, expect, it } from 'vitest';
import { checkAnswers, progress, savedVersionNotice } from '../../../../src/calculators/assessment/answers.ts';
import { Q } from './fixture.ts';

describe('checkAnswers (answers from storage or an imported file)', () => {
  it('keeps answers that fit the questionnaire', () => {
    const data = { ratings: { a: { s1: 5, s2: 'dontKnow' } }, pyramid: { l1: 'yes' } };
    expect(checkAnswers(Q, data)).toEqual({ answers: data, problems: [] });
  });

  it('refuses data of the wrong shape', () => {
    for (const data of [null, 'answers', [], { ratings: {} }, { ratings: { a: 5 }, pyramid: {} }]) {
      expect(checkAnswers(Q, data)).toEqual({
        answers: { ratings: {}, pyramid: {} },
        problems: [
          'the answers are not in the expected form: an object with "ratings" (by dimension, then statement) and "pyramid" (by level)',
        ],
      });
    }
  });

  it('drops each bad answer and says which and why', () => {
    const data = {
      ratings: { a: { s1: 7, s2: 2.5, s3: 4, gone: 3 }, removed: { s1: 1 }, b: { s1: '3' } },
      pyramid: { l1: 'maybe', l2: 'no', l9: 'yes' },
    };
    expect(checkAnswers(Q, data)).toEqual({
      answers: { ratings: { a: { s3: 4 } }, pyramid: { l2: 'no' } },
      problems: [
        'the answer to "A", statement "s1" is 7; an answer must be a whole number from 1 to 5 or "dontKnow"',
        'the answer to "A", statement "s2" is 2.5; an answer must be a whole number from 1 to 5 or "dontKnow"',
        '"A" has no statement "gone", so its answer was dropped',
        'there is no dimension "removed" in the questionnaire, so its answers were dropped',
        'the answer to "B", statement "s1" is "3"; an answer must be a whole number from 1 to 5 or "dontKnow"',
        'the answer to the pyramid question for "l1" is "maybe"; it must be "yes", "no" or "dontKnow"',
        'there is no pyramid question for level "l9", so its answer was dropped',
      ],
    });
  });
});

describe('progress', () => {
  it('counts statements and pyramid questions answered, "don\'t know" included', () => {
    // 3 + 2 + 2 + 1 statements and 5 pyramid questions = 13; answered: a.s1, a.s2 (don't know), l1
    expect(progress(Q, { ratings: { a: { s1: 5, s2: 'dontKnow' } }, pyramid: { l1: 'no' } })).toEqual({ answered: 3, total: 13 });
  });
});

describe('savedVersionNotice: answers saved under another version', () => {
  it('says nothing when the versions match', () => {
    expect(savedVersionNotice(3, 3)).toBeNull();
  });
  it('names both versions when the saved one is a real version, older or newer', () => {
    expect(savedVersionNotice(1, 3)).toBe(
      'The questionnaire has changed since you last answered (version 1, now 3). Your answers to statements that still exist are kept; please check them.',
    );
    expect(savedVersionNotice(4, 3)).toBe(
      'The questionnaire has changed since you last answered (version 4, now 3). Your answers to statements that still exist are kept; please check them.',
    );
  });
  it('never calls 0, a fraction, a negative or a huge number a version', () => {
    for (const saved of [0, 1.5, -2, 1e300, 1e9])
      expect(savedVersionNotice(saved, 3)).toBe(
        'Your saved answers carry no valid questionnaire version, so they may not match this one (version 3). Your answers to statements that still exist are kept; please check them.',
      );
  });
});
