// Evidence you can trust and cite, checked on the built pages: only studies and surveys appear
// under "Evidence"; illustrations and anecdotes are labelled examples wherever they appear; the
// sources page gives every article's full title and a citation line.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlPages } from './dist-helpers.ts';

const pages = htmlPages();
const kindOf = new Map(
  readdirSync('content/stats').map((f) => [f.replace(/\.yaml$/, ''), (parse(readFileSync(`content/stats/${f}`, 'utf8')) as { kind: string }).kind]),
);
/** The HTML of a page's section from the heading with `id` to the next heading of the same level. */
const section = (html: string, id: string): string | undefined => {
  const m = new RegExp(`<(h[23])[^>]*id="${id}"[^>]*>[\\s\\S]*?(?=<\\1\\b|</main>)`).exec(html);
  return m?.[0];
};
const statsIn = (html: string) => [...html.matchAll(/data-stat="([^"]+)"[^>]*data-kind="([^"]+)"/g)].map((m) => ({ id: m[1]!, kind: m[2]! }));

describe('statistics by kind', () => {
  it('the build under test has the kinds the content gives (13 stats: 1 study, 7 surveys, 2 illustrations, 3 anecdotes)', () => {
    // content/stats/*.yaml, counted by hand: Bain is the study; Forrester's two, the CEOs' two,
    // the 81%, the 22% and the 10% are surveys; 80% and 67 to 68 are illustrations; the email
    // volume and the two task-switching figures are anecdotes.
    const counts = [...kindOf.values()].reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {});
    expect(counts).toEqual({ study: 1, survey: 7, illustration: 2, anecdote: 3 });
  });

  it('under "Evidence" every statistic is a study or a survey, and each says the kind its content file gives', () => {
    const offenders: string[] = [];
    let seen = 0;
    for (const p of pages) {
      const evidence = section(p.html, 'evidence');
      if (!evidence) continue;
      for (const s of statsIn(evidence)) {
        seen++;
        if (s.kind !== kindOf.get(s.id)) offenders.push(`${p.path}: ${s.id} says ${s.kind}, content says ${kindOf.get(s.id)}`);
        if (s.kind !== 'study' && s.kind !== 'survey') offenders.push(`${p.path}: ${s.id} (${s.kind}) under Evidence`);
      }
    }
    expect(seen, 'no statistic found under any Evidence heading').toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it('illustrations and anecdotes are labelled as examples wherever they appear', () => {
    const offenders: string[] = [];
    for (const p of pages) {
      for (const m of p.html.matchAll(/<span class="([^"]*)"[^>]*data-stat="([^"]+)"[^>]*data-kind="(illustration|anecdote)"[^>]*>\s*<span class="stat-kind[^"]*">([^<]+)</g)) {
        const [, cls, id, kind, label] = m;
        if (!cls!.includes('stat-example') || label !== (kind === 'illustration' ? 'Illustration' : 'Hearsay')) offenders.push(`${p.path}: ${id}`);
      }
      const all = [...p.html.matchAll(/data-kind="(illustration|anecdote)"/g)].length;
      const labelled = [...p.html.matchAll(/data-kind="(?:illustration|anecdote)"[^>]*>\s*<span class="stat-kind/g)].length;
      if (all !== labelled) offenders.push(`${p.path}: ${all - labelled} unlabelled example(s)`);
    }
    expect(offenders).toEqual([]);
    // resting-on-rating-laurels lists both illustrations (80%, 67 to 68) under its examples heading.
    const laurels = pages.find((p) => p.path === '/failures/resting-on-rating-laurels/')!;
    expect(statsIn(section(laurels.html, 'examples') ?? '').map((s) => s.id)).toEqual(['satisfaction-rate-example', 'nps-rise-example']);
  });
});

describe('/sources/', () => {
  const html = pages.find((p) => p.path === '/sources/')!.html;

  it('gives full titles, never cut short with an ellipsis', () => {
    expect(html).not.toContain('…');
    // The three ten-word titles, as the articles give them.
    expect(html).toContain('Why Many Customer Experience Programs Are Still Failing To Deliver');
    expect(html).toContain('The common mistakes that kill CX programmes in their infancy');
    expect(html).toContain('How to prevent customer experience efforts from failing (Part 1)');
  });

  it('has a citation line per article, with author and date where the article states them', () => {
    const lines = [...html.matchAll(/Cite as:\s*<code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]);
    expect(lines).toHaveLength(5);
    // content/sources/walters-preventing-cx-failure.yaml: author and date (2018-01-03), no publisher.
    expect(lines).toContain('Jeannie Walters (3 January 2018). “How to prevent customer experience efforts from failing (Part 1)”.');
    // content/sources/six-reasons-cx-failing.yaml: title only.
    expect(lines).toContain('“Top 6 Reasons Why Your CX Program is Failing”.');
  });
});
