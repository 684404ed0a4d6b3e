// A statistic's short citation (src/lib/build/cite.ts) in a language's words (`mdx.*` of
// content/strings/<lang>.yaml): without words it writes exactly what the English file says, and a
// German page's words give a German citation.
import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/build/cite.ts';
import { stringsUnder } from '../calculators/tool-words-helpers.ts';

const words = (code: string) => {
  const mdx = stringsUnder(code, 'mdx.');
  return { reportedBy: mdx['reportedBy']!, quotedTitle: mdx['quotedTitle']! };
};
const source = { title: 'Why CX fails', author: 'Jeannie Walters', date: '2018-01-03' };

describe('citation words', () => {
  it('writes the default language’s words of content/strings/en.yaml when given none', () => {
    for (const [stat, src] of [
      [{ study: 'Forrester' }, source],
      [{}, source],
      [{ study: 'Bain' }, { title: 'Why CX fails' }],
      [{}, { title: 'Why CX fails' }],
    ] as const)
      expect(citation(stat, src)).toBe(citation(stat, src, words('en')));
    expect(citation({ study: 'Forrester' }, source)).toBe('Forrester, reported by Jeannie Walters, 2018');
  });

  it('writes a German citation in the German words', () => {
    expect(citation({ study: 'Forrester' }, source, words('de'))).toBe('Forrester, berichtet von Jeannie Walters, 2018');
    expect(citation({ study: 'Bain' }, { title: 'Why CX fails' }, words('de'))).toBe('Bain, berichtet von „Why CX fails“');
  });
});
