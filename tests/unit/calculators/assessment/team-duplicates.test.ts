// The team view's pasted links: a link that repeats another's answers is counted once, however it is written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../../../src/calculators/assessment/share.ts';
import { duplicateMessage, readTeamLinks } from '../../../../src/calculators/assessment/team.ts';
import { Q, answersArb } from './fixture.ts';

const A = 'v=3&a=123-45-00-5&p=yn0__';
const B = 'v=3&a=555-55-55-5&p=yyyyy';

describe('readTeamLinks', () => {
  it('counts a repeated link once and says which line it repeats', () => {
    const lines = readTeamLinks(
      Q,
      [
        `https://cx.example.org/tools/assessment/#${A}`,
        `https://cx.example.org/tools/assessment/#${B}`,
        `https://cx.example.org/tools/assessment/#${A}`,
      ].join('\n'),
    );
    expect(lines.map((l) => [l.line, l.status, l.status === 'duplicate' ? l.of : null])).toEqual([
      [1, 'read', null],
      [2, 'read', null],
      [3, 'duplicate', 1],
    ]);
    expect(duplicateMessage(3, 1)).toBe('Line 3 repeats line 1; counted once.');
  });

  it('finds the repeat when only the host, the order of the parameters or spaces differ', () => {
    const text = [
      `http://127.0.0.1:4321/tools/assessment/#${A}`,
      '',
      `https://other.example.com/cx/tools/assessment/#p=yn0__&v=3&a=123-45-00-5`,
      `   ${A}   `,
      `https://cx.example.org/tools/assessment/#v=3& a=123-45-00-5 &p=yn0__`,
      `https://cx.example.org/tools/assessment/?${A}`,
    ].join('\n');
    expect(readTeamLinks(Q, text).map((l) => [l.line, l.status, l.status === 'duplicate' ? l.of : null])).toEqual([
      [1, 'read', null],
      [3, 'duplicate', 1],
      [4, 'duplicate', 1],
      [5, 'duplicate', 1],
      [6, 'duplicate', 1],
    ]);
  });

  it('keeps different answers apart, and a broken line is an error, not a person', () => {
    const lines = readTeamLinks(Q, [A, 'v=3&a=123-45-00-4&p=yn0__', 'v=3&a=12&p=y'].join('\n'));
    expect(lines.map((l) => l.status)).toEqual(['read', 'read', 'error']);
  });

  it('property: pasting every link twice, in any order, counts each distinct set of answers once', () => {
    fc.assert(
      fc.property(fc.array(answersArb(Q), { minLength: 1, maxLength: 6 }), (people) => {
        const links = people.map((p) => encodeAnswers(Q, p));
        const lines = readTeamLinks(Q, [...links, ...links.reverse()].join('\n'));
        expect(lines.filter((l) => l.status === 'read')).toHaveLength(new Set(links).size);
        expect(lines.filter((l) => l.status === 'duplicate')).toHaveLength(2 * links.length - new Set(links).size);
      }),
    );
  });
});
