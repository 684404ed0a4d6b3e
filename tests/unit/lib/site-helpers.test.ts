// Small helpers behind the pages: base-path links, citations, theme CSS, git dates, sections,
// and the pyramid's geometry.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { citation, sourceCitation } from '../../../src/lib/build/cite.ts';
import { parseGitLog } from '../../../src/lib/build/git-dates.ts';
import { baseLinks, withBaseLink } from '../../../src/lib/build/markdown/base-links.ts';
import { bandLabel, halfWidthAt, LABEL_SIZE, pyramidBands } from '../../../src/shared/pyramid-geometry.ts';
import { failureSections, levelSections } from '../../../src/lib/build/sections.ts';
import { themeCss } from '../../../src/lib/build/theme.ts';
import { withBase, withoutBase } from '../../../src/lib/build/url.ts';

describe('withBase / withoutBase', () => {
  it('prefixes and strips the base path', () => {
    expect(withBase('/failures/', '/')).toBe('/failures/');
    expect(withBase('/failures/', '/handbook/')).toBe('/handbook/failures/');
    expect(withBase('glossary/', '/handbook')).toBe('/handbook/glossary/');
    expect(withoutBase('/handbook/failures/', '/handbook/')).toBe('/failures/');
    expect(withoutBase('/handbook', '/handbook/')).toBe('/');
    expect(withoutBase('/failures/', '/')).toBe('/failures/');
  });
});

describe('baseLinks (the Markdown plugin for base-path links)', () => {
  it('prefixes root-relative links only, once', () => {
    expect(
      ['/failures/x/', 'https://example.org/', '//cdn.example.org/', '#local', 'glossary/', '/handbook/x/', '/handbook'].map((u) =>
        withBaseLink(u, '/handbook/'),
      ),
    ).toEqual(['/handbook/failures/x/', 'https://example.org/', '//cdn.example.org/', '#local', 'glossary/', '/handbook/x/', '/handbook']);
    expect(withBaseLink('/failures/x/', '/')).toBe('/failures/x/');
  });

  // Through the compiler the site uses (Sätteri), links and link definitions alike.
  const render = async (base: string) => {
    const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [baseLinks({ base })] });
    const md = 'See [x](/failures/x/), [y](https://example.org/), [z](#local) and [the pyramid][p].\n\n[p]: /pyramid/\n';
    return (await processor.render(md)).code;
  };

  it('prefixes the base path in rendered Markdown', async () => {
    const html = await render('/handbook/');
    expect(html).toContain('href="/handbook/failures/x/"');
    expect(html).toContain('href="/handbook/pyramid/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#local"');
  });

  it('leaves links alone at the domain root', async () => {
    const html = await render('/');
    expect(html).toContain('href="/failures/x/"');
    expect(html).toContain('href="/pyramid/"');
  });
});

describe('citation', () => {
  it('names the study, then the article by author and year, or by title', () => {
    expect(citation({ study: 'Forrester' }, { title: 'T', author: 'Jeannie Walters', date: '2018-01-03' })).toBe(
      'Forrester, reported by Jeannie Walters, 2018',
    );
    expect(citation({}, { title: 'T', author: 'Blake Morgan' })).toBe('Blake Morgan');
    expect(citation({}, { title: 'Top reasons' })).toBe('“Top reasons”');
  });
});

describe('sourceCitation', () => {
  const day = (iso: string) => `day ${iso}`;
  it('writes author (date). “title”. then publisher and address, leaving out what the article does not state', () => {
    expect(sourceCitation({ title: 'T', author: 'A. Writer', date: '2018-01-03' }, day)).toBe('A. Writer (day 2018-01-03). “T”.');
    expect(sourceCitation({ title: 'T', author: 'A. Writer' }, day)).toBe('A. Writer. “T”.');
    expect(sourceCitation({ title: 'T', date: '2021-04-12' }, day)).toBe('“T” (day 2021-04-12).');
    expect(sourceCitation({ title: 'T' }, day)).toBe('“T”.');
    expect(sourceCitation({ title: 'T', author: 'A', publisher: 'P', url: 'https://example.org/t' }, day)).toBe(
      'A. “T”. P. https://example.org/t',
    );
  });
});

describe('themeCss', () => {
  it('emits both themes, the system preference, and an explicit choice that wins', () => {
    const c = { accent: '#111111', onAccent: '#ffffff', background: '#fefefe', text: '#222222' };
    const d = { accent: '#aaaaaa', onAccent: '#000000', background: '#0a0a0a', text: '#eeeeee' };
    const css = themeCss({ light: c, dark: d });
    expect(css).toContain(
      ':root,[data-theme="light"]{--accent:#111111;--on-accent:#ffffff;--bg:#fefefe;--text:#222222;color-scheme:light}',
    );
    // Dark colours are for screens only: printing from the dark theme prints light.
    expect(css).toContain('@media screen and (prefers-color-scheme:dark){:root:not([data-theme="light"]){--accent:#aaaaaa;');
    expect(css).toContain(
      '@media screen{[data-theme="dark"]{--accent:#aaaaaa;--on-accent:#000000;--bg:#0a0a0a;--text:#eeeeee;color-scheme:dark}}',
    );
    expect(css).not.toMatch(/^\[data-theme="dark"\]/m);
    // Without a site URL, printed links keep global.css's bare paths.
    expect(css).not.toContain('@media print');
  });

  it('prints links within the site with the full address when given the site URL', () => {
    const c = { accent: '#111111', onAccent: '#ffffff', background: '#fefefe', text: '#222222' };
    const css = themeCss({ light: c, dark: c }, 'https://cx.example.org/');
    // The trailing slash is dropped: hrefs already start with "/" (and the base path).
    expect(css).toContain(
      '@media print{main :is(p,li,dd,td,figcaption)>a[href][href^="/"]:not(.card)::after{content:" (" "https://cx.example.org" attr(href) ")"}}',
    );
  });
});

describe('parseGitLog', () => {
  it('keeps the newest date per file (git log lists newest first)', () => {
    const out =
      '\0' +
      '2026-11-02T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.yaml\n' +
      '\0' +
      '2026-10-01T09:00:00+00:00\n\ncontent/a.mdx\ncontent/c.mdx\n';
    const dates = parseGitLog(out);
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-02T10:00:00.000Z');
    expect(dates.get('content/b.yaml')?.toISOString()).toBe('2026-11-02T10:00:00.000Z');
    expect(dates.get('content/c.mdx')?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(dates.has('content/d.mdx')).toBe(false);
  });
});

describe('sections for the table of contents', () => {
  const headings = [
    { depth: 2, slug: 'why-it-happens', text: 'Why it happens' },
    { depth: 3, slug: 'detail', text: 'Detail' },
  ];
  it('puts the body headings between the fixed sections, in page order', () => {
    expect(failureSections(headings, { hasStats: true }, String).map((s) => s.id)).toEqual([
      'symptoms',
      'why-it-happens',
      'evidence',
      'plays',
      'questions',
      'related',
    ]);
    expect(failureSections([], { hasStats: false }, String).map((s) => s.id)).toEqual(['symptoms', 'plays', 'questions', 'related']);
    // Illustrations and anecdotes come after the evidence, under their own heading.
    expect(failureSections([], { hasStats: true, hasExamples: true }, String).map((s) => s.id)).toEqual([
      'symptoms',
      'evidence',
      'examples',
      'plays',
      'questions',
      'related',
    ]);
    expect(failureSections([], { hasStats: false, hasExamples: true }, String).map((s) => s.id)).toEqual([
      'symptoms',
      'examples',
      'plays',
      'questions',
      'related',
    ]);
    // Fixed sections take the page language's label (here the id in capitals), the body's own
    // headings and the climb title stay as given.
    expect(
      levelSections(headings, { hasStats: false, climbTitle: 'How to climb to level 2' }, (id) => id.toUpperCase()).map((s) => s.text),
    ).toEqual(['FOR-THE-CUSTOMER', 'FOR-THE-BRAND', 'Why it happens', 'SIGNS', 'How to climb to level 2', 'MEASURE']);
  });
});

describe('pyramidBands', () => {
  it('stacks five bands from the base up, each narrower than the one below', () => {
    const bands = pyramidBands(5);
    expect(bands).toHaveLength(5);
    // Band 0 spans y 325+6=331 .. 405 (height 400 / 5 = 80 per band, 6 gap): centre (331 + 405) / 2 = 368.
    expect(bands[0]!.textY).toBe(368);
    const width = (points: string) => {
      const xs = points.split(' ').map((p) => Number(p.split(',')[0]));
      return Math.max(...xs) - Math.min(...xs);
    };
    for (let i = 1; i < 5; i++) expect(width(bands[i]!.points)).toBeLessThan(width(bands[i - 1]!.points));
    // The base band's bottom edge: half-width 110 + 188 * 400 / 400 = 298, so x from 2 to 598.
    expect(bands[0]!.points.startsWith('2,405 598,405')).toBe(true);
  });
});

describe('bandLabel', () => {
  // Label size 26; a character is estimated at 0.62 em = 16.12 units; 0.5 em (13) is kept clear of
  // each side; a line's glyphs reach 0.6 em (15.6) above its centre; two lines sit 1.15 em (29.9) apart.
  const bands = pyramidBands(5);

  it('keeps a label on one line when it fits: "1 Useful information" in the base band', () => {
    expect(LABEL_SIZE).toBe(26);
    // 20 characters x 16.12 = 322.4 wide; half 161.2 + 13 = 174.2. Glyph top 368 - 15.6 = 352.4,
    // where the half-width is 110 + 188 x 347.4 / 400 = 273.3: it fits, centred on the band.
    expect(halfWidthAt(352.4)).toBeCloseTo(273.278, 3);
    expect(bandLabel(bands[0]!, 1, 'Useful information')).toEqual({ lines: [{ text: '1 Useful information', y: 368 }] });
  });

  it('breaks a label that would cross the sides: "5 Customers empowered" at the apex', () => {
    // One line: 21 x 16.12 = 338.5, half 169.3 + 13 = 182.3 > 110 + 188 x 27.4 / 400 = 122.9 at
    // glyph top 48 - 15.6 = 32.4. Two lines centred 14.95 above and below 48: 33.05 -> 33.1, 62.95 -> 63.
    expect(bandLabel(bands[4]!, 5, 'Customers empowered')).toEqual({
      lines: [
        { text: '5 Customers', y: 33.1 },
        { text: 'empowered', y: 63 },
      ],
    });
  });

  it('breaks at the space that makes the longer line shortest', () => {
    // "3 Customer's problem solved" (27 characters) does not fit band 3 (needs 230.6, has 198.1 at
    // 192.4). Breaking after "Customer's" gives lines of 12 and 14 characters; after "problem", 20 and 6.
    expect(bandLabel(bands[2]!, 3, "Customer's problem solved").lines.map((l) => l.text)).toEqual(["3 Customer's", 'problem solved']);
  });
});
