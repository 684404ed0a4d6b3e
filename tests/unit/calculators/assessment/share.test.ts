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

// Every message a link can be refused with, each written out in full. Q is version 3, with
// dimensions A (3 statements), B (2), C (2), D (1) and 5 pyramid questions; the good parts are
// a = 540-23-0_-1 and p = yn0__.
describe('share links that cannot be used: every message, word for word', () => {
  const error = (link: string, q = Q) => {
    const r = decodeShare(q, link);
    if (r.ok) throw new Error(`expected ${link} to be refused`);
    return r.error;
  };
  const A = 'a=540-23-0_-1';
  const P = 'p=yn0__';
  const cannot = (...reasons: string[]) => `This link cannot be used: ${reasons.join('; ')}.`;

  it('a link with no answers in it', () => {
    const none = "This link holds no assessment answers: it should end with #v=…&a=…&p=…, as copied from the result's share button.";
    expect(error('https://example.org/tools/assessment/')).toBe(none);
    expect(error('')).toBe(none);
    expect(error('#p=yn0__')).toBe(none);
  });

  describe('the version (v)', () => {
    it('missing', () => {
      expect(error(`#${A}&${P}`)).toBe(cannot('the questionnaire version (v) is missing'));
    });
    it('empty', () => {
      expect(error(`#v=&${A}&${P}`)).toBe(cannot('the questionnaire version (v) is empty'));
    });
    it('0 (and 000): versions start at 1, so it is not called "version 0"', () => {
      expect(error(`#v=0&${A}&${P}`)).toBe(cannot('the questionnaire version (v) is 0, but versions start at 1'));
      expect(error(`#v=000&${A}&${P}`)).toBe(cannot('the questionnaire version (v) is 0, but versions start at 1'));
    });
    it('not a whole number: the text is quoted, cut after 20 characters', () => {
      expect(error(`#v=three&${A}&${P}`)).toBe(cannot('the questionnaire version (v) must be a whole number such as 1, not "three"'));
      expect(error(`#v=-1&${A}&${P}`)).toBe(cannot('the questionnaire version (v) must be a whole number such as 1, not "-1"'));
      expect(error(`#v=1.5&${A}&${P}`)).toBe(cannot('the questionnaire version (v) must be a whole number such as 1, not "1.5"'));
      // 26 characters: the first 20, then an ellipsis
      expect(error(`#v=abcdefghijklmnopqrstuvwxyz&${A}&${P}`)).toBe(
        cannot('the questionnaire version (v) must be a whole number such as 1, not "abcdefghijklmnopqrst…"'),
      );
    });
    it('older than the site: asks for a new link, and names nothing else', () => {
      expect(error(`#v=2&${A}&${P}`)).toBe(
        cannot(
          'it was made with version 2 of the questionnaire, which has since changed (this site has version 3), so its answers no longer match the statements; please ask for a new link',
        ),
      );
      // version 1 against a site at version 3, with answers that would not fit either: only the version is named
      expect(error('#v=1&a=&p=')).toBe(
        cannot(
          'it was made with version 1 of the questionnaire, which has since changed (this site has version 3), so its answers no longer match the statements; please ask for a new link',
        ),
      );
    });
    it('newer than the site', () => {
      expect(error(`#v=4&${A}&${P}`)).toBe(
        cannot('it was made with version 4 of the questionnaire, newer than the version this site has (3)'),
      );
      // nine digits are still written out
      expect(error(`#v=999999999&${A}&${P}`)).toBe(
        cannot('it was made with version 999999999 of the questionnaire, newer than the version this site has (3)'),
      );
    });
    it('a huge version: never "version Infinity", its length instead', () => {
      // 1 followed by 400 zeros: Number() of it is Infinity
      expect(error(`#v=1${'0'.repeat(400)}&${A}&${P}`)).toBe(
        cannot(
          "the questionnaire version (v) is a 401-digit number, far beyond this site's version (3); this link was not made by this site",
        ),
      );
      // ten digits: one more than is written out
      expect(error(`#v=1234567890&${A}&${P}`)).toBe(
        cannot(
          "the questionnaire version (v) is a 10-digit number, far beyond this site's version (3); this link was not made by this site",
        ),
      );
    });
    it('a site at a later version reads its own links and refuses older ones', () => {
      const q12 = { ...Q, version: 12 };
      expect(decodeShare(q12, `v=12&${A}&${P}`).ok).toBe(true);
      expect(error(`#v=3&${A}&${P}`, q12)).toBe(
        cannot(
          'it was made with version 3 of the questionnaire, which has since changed (this site has version 12), so its answers no longer match the statements; please ask for a new link',
        ),
      );
    });
  });

  describe('the answers (a)', () => {
    it('missing', () => {
      expect(error(`#v=3&${P}`)).toBe(cannot('the answers (a) are missing'));
    });
    it('empty: no "answers for 1 dimension"', () => {
      expect(error(`#v=3&a=&${P}`)).toBe(cannot('the answers (a) are empty, but the questionnaire has 4 dimensions'));
    });
    it('characters that do not belong (and nothing else about them)', () => {
      expect(error(`#v=3&a=547-23-0_-1&${P}`)).toBe(cannot('the answers (a) may only contain the digits 0 to 5, _ and -'));
      expect(error(`#v=3&a=5x&${P}`)).toBe(cannot('the answers (a) may only contain the digits 0 to 5, _ and -'));
    });
    it('a wrong number of dimensions, singular and plural', () => {
      expect(error(`#v=3&a=540&${P}`)).toBe(cannot('it has answers for 1 dimension but the questionnaire has 4'));
      expect(error(`#v=3&a=540-23-0_&${P}`)).toBe(cannot('it has answers for 3 dimensions but the questionnaire has 4'));
      expect(error(`#v=3&a=540-23-0_-1-5&${P}`)).toBe(cannot('it has answers for 5 dimensions but the questionnaire has 4'));
    });
    it('a dimension with too few or too many answers, each named', () => {
      // A has 3 statements; "54" is 2 answers. B has 2; "" is none. D has 1; "12" is 2.
      expect(error(`#v=3&a=54--0_-12&${P}`)).toBe(
        cannot(
          'it has 2 answers for "A" but that dimension has 3 statements',
          'it has no answers for "B" but that dimension has 2 statements',
          'it has 2 answers for "D" but that dimension has 1 statement',
        ),
      );
      expect(error(`#v=3&a=5400-2-0_-1&${P}`)).toBe(
        cannot(
          'it has 4 answers for "A" but that dimension has 3 statements',
          'it has 1 answer for "B" but that dimension has 2 statements',
        ),
      );
    });
  });

  describe('the pyramid answers (p)', () => {
    it('missing', () => {
      expect(error(`#v=3&${A}`)).toBe(cannot('the pyramid answers (p) are missing'));
      expect(error('#v=3')).toBe(cannot('the answers (a) are missing', 'the pyramid answers (p) are missing'));
    });
    it('empty', () => {
      expect(error(`#v=3&${A}&p=`)).toBe(cannot('the pyramid answers (p) are empty, but there are 5 pyramid questions'));
    });
    it('characters that do not belong', () => {
      expect(error(`#v=3&${A}&p=yx0__`)).toBe(cannot('the pyramid answers (p) may only contain y, n, 0 and _'));
    });
    it('too few or too many, singular and plural', () => {
      expect(error(`#v=3&${A}&p=y`)).toBe(cannot('it has 1 pyramid answer but there are 5 pyramid questions'));
      expect(error(`#v=3&${A}&p=yn0`)).toBe(cannot('it has 3 pyramid answers but there are 5 pyramid questions'));
      expect(error(`#v=3&${A}&p=yyyyyy`)).toBe(cannot('it has 6 pyramid answers but there are 5 pyramid questions'));
    });
    it('a questionnaire with one pyramid question says "there is 1"', () => {
      const q1 = { ...Q, pyramid: Q.pyramid.slice(0, 1) };
      expect(error(`#v=3&${A}&p=yn`, q1)).toBe(cannot('it has 2 pyramid answers but there is 1 pyramid question'));
      expect(error(`#v=3&${A}&p=`, q1)).toBe(cannot('the pyramid answers (p) are empty, but there is 1 pyramid question'));
    });
  });

  it('names every problem at once, in the order v, a, p', () => {
    expect(error('#v=three&a=&p=')).toBe(
      cannot(
        'the questionnaire version (v) must be a whole number such as 1, not "three"',
        'the answers (a) are empty, but the questionnaire has 4 dimensions',
        'the pyramid answers (p) are empty, but there are 5 pyramid questions',
      ),
    );
  });

  it('never throws, whatever is pasted, and never writes NaN, Infinity or "(s)"', () => {
    const piece = fc.string({ unit: fc.constantFrom('0', '1', '5', '7', '9', '_', '-', 'y', 'n', '&', '=', '#', '%', 'v', 'a', 'p') });
    const link = fc.oneof(
      fc.string(),
      piece,
      fc.tuple(piece, piece, piece).map(([v, a, p]) => `#v=${v}&a=${a}&p=${p}`),
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), piece).map(([v, a]) => `#v=${v}&a=${a}&p=yn0__`),
    );
    fc.assert(
      fc.property(link, (text) => {
        const r = decodeShare(Q, text);
        if (r.ok) expect(Object.keys(r.answers)).toEqual(['ratings', 'pyramid']);
        else {
          expect(r.error).toMatch(/^This link (holds no assessment answers|cannot be used): .+\.$/);
          expect(r.error).not.toMatch(/NaN|Infinity|\(s\)|version 0\b/);
        }
      }),
    );
  });
});
