import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../../src/calculators/assessment/answers.ts';
import { decodeShare, encodeAnswers } from '../../../../src/calculators/assessment/share.ts';
import { caseArb, Q } from './fixture.ts';

// Q has version 3 and dimensions a (3 statements), b (2), c (2), d (1), then 5 pyramid levels.
const answers: AssessmentAnswers = {
  ratings: { a: { s1: 5, s2: 4, s3: 'dontKnow' }, b: { s1: 2, s2: 3 }, c: { s1: 'dontKnow' }, d: { s1: 1 } },
  pyramid: { l1: 'yes', l2: 'no', l3: 'dontKnow' },
};

describe('share links', () => {
  it('packs the answers into a short fragment', () => {
    // a: 5 4 0(don't know); b: 2 3; c: 0 _(unanswered); d: 1; pyramid y n 0 _ _
    expect(encodeAnswers(Q, answers)).toBe('v=3&a=540-23-0_-1&p=yn0__');
  });

  it('reads a full URL, a fragment or the bare parameters', () => {
    for (const link of [
      'https://example.org/tools/assessment/#v=3&a=540-23-0_-1&p=yn0__',
      '#v=3&a=540-23-0_-1&p=yn0__',
      'v=3&a=540-23-0_-1&p=yn0__',
      '  /tools/assessment/?v=3&a=540-23-0_-1&p=yn0__ ',
    ]) {
      expect(decodeShare(Q, link)).toEqual({ ok: true, answers });
    }
  });

  it('round-trips any answers', () => {
    fc.assert(
      fc.property(caseArb, ({ q, answers }) => {
        const decoded = decodeShare(q, `https://x.example/#${encodeAnswers(q, answers)}`);
        expect(decoded).toEqual({ ok: true, answers });
      }),
    );
  });
});

describe('share links that cannot be used', () => {
  const error = (link: string) => {
    const r = decodeShare(Q, link);
    if (r.ok) throw new Error(`expected ${link} to be refused`);
    return r.error;
  };

  it('says so when the link carries no answers', () => {
    expect(error('https://example.org/tools/assessment/')).toBe(
      "This link holds no assessment answers: it should end with #v=…&a=…&p=…, as copied from the result's share button.",
    );
    expect(error('')).toBe(error('https://example.org/tools/assessment/'));
  });

  it('names an outdated questionnaire version', () => {
    expect(error('#v=2&a=540-23-0_-1&p=yn0__')).toBe(
      'This link cannot be used: it was made with version 2 of the questionnaire, which has since changed (this site has version 3), so its answers no longer match the statements; please ask for a new link.',
    );
  });

  it('names a version newer than the site', () => {
    expect(error('#v=4&a=540-23-0_-1&p=yn0__')).toBe(
      'This link cannot be used: it was made with version 4 of the questionnaire, newer than the version this site has (3).',
    );
  });

  it('names each missing part', () => {
    expect(error('#v=3')).toBe('This link cannot be used: the answers (a) are missing; the pyramid answers (p) are missing.');
    expect(error('#a=540-23-0_-1&p=yn0__')).toBe('This link cannot be used: the questionnaire version (v) is missing.');
  });

  it('names characters that do not belong', () => {
    expect(error('#v=three&a=540-23-0_-1&p=yn0__')).toBe(
      'This link cannot be used: the questionnaire version (v) must be a whole number such as 1.',
    );
    expect(error('#v=3&a=547-23-0_-1&p=yn0__')).toBe(
      'This link cannot be used: the answers (a) may only contain the digits 0 to 5, _ and -.',
    );
    expect(error('#v=3&a=540-23-0_-1&p=yx0__')).toBe('This link cannot be used: the pyramid answers (p) may only contain y, n, 0 and _.');
  });

  it('names a wrong number of dimensions', () => {
    expect(error('#v=3&a=540-23-0_&p=yn0__')).toBe(
      'This link cannot be used: it has answers for 3 dimension(s) but the questionnaire has 4.',
    );
    expect(error('#v=3&a=540-23-0_-1-5&p=yn')).toBe(
      'This link cannot be used: it has answers for 5 dimension(s) but the questionnaire has 4; it has 2 pyramid answer(s) but there are 5 pyramid questions.',
    );
  });

  it('names the dimension whose answers do not fit, and a short pyramid', () => {
    expect(error('#v=3&a=54-23-0_-1&p=yn0')).toBe(
      'This link cannot be used: it has 2 answer(s) for "A" but that dimension has 3 statement(s); it has 3 pyramid answer(s) but there are 5 pyramid questions.',
    );
  });

  it('never throws, whatever is pasted', () => {
    const piece = fc.string({ unit: fc.constantFrom('0', '1', '5', '7', '_', '-', 'y', 'n', '&', '=', '#', '%', 'v', 'a', 'p') });
    const link = fc.oneof(
      fc.string(),
      piece,
      fc.tuple(piece, piece, piece).map(([v, a, p]) => `#v=${v}&a=${a}&p=${p}`),
    );
    fc.assert(
      fc.property(link, (text) => {
        const r = decodeShare(Q, text);
        if (r.ok) expect(Object.keys(r.answers)).toEqual(['ratings', 'pyramid']);
        else expect(r.error).toMatch(/^This link (holds no assessment answers|cannot be used): .+\.$/);
      }),
    );
  });
});
