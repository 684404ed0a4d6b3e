// The playbook in two languages (content/site.yaml: en at the root, de under /de/): each page's
// language, its alternates, the sitemap, the search index per language, the fallback pages, and
// the offline worker's list. content/translations/de/failures/inverted-pyramid.mdx is the one
// German pattern these tests rely on; every other German page is a fallback.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, LANGUAGES, htmlPages, manifestOf } from './dist-helpers.ts';

const pages = new Map(htmlPages().map((p) => [p.path, p]));
const page = (path: string) => {
  const p = pages.get(path);
  if (!p) throw new Error(`${path} was not built`);
  return p.html;
};
const SITE = 'https://cx-playbook.example.org';
const TRANSLATED = '/failures/inverted-pyramid/';
const UNTRANSLATED = '/failures/not-measuring/';

describe.runIf(LANGUAGES.all.length > 1)('the playbook in two languages', () => {
  it('builds every page in both languages, the German one under /de/', () => {
    const english = [...pages.values()].filter((p) => p.lang === 'en' && p.path !== '/404.html').map((p) => p.route);
    const german = new Set([...pages.values()].filter((p) => p.lang === 'de').map((p) => p.route));
    // The 404 page is /404.html at the root and /de/404/ in German; every other page has its twin.
    expect(english.filter((r) => !german.has(r))).toEqual([]);
  });

  it('gives each page its language in <html lang>', () => {
    expect(page(TRANSLATED)).toMatch(/<html lang="en"/);
    expect(page(`/de${TRANSLATED}`)).toMatch(/<html lang="de"/);
    expect(page(`/de${UNTRANSLATED}`)).toMatch(/<html lang="de"/);
  });

  it('links each page to itself in every language, x-default being the default language', () => {
    const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    const expected = [`en ${SITE}${TRANSLATED}`, `de ${SITE}/de${TRANSLATED}`, `x-default ${SITE}${TRANSLATED}`];
    expect(alternates(page(TRANSLATED))).toEqual(expected);
    expect(alternates(page(`/de${TRANSLATED}`))).toEqual(expected);
    expect(page(`/de${TRANSLATED}`)).toContain(`<link rel="canonical" href="${SITE}/de${TRANSLATED}">`);
  });

  it('shows the German pattern in German, with links to German pages, and its switcher to the English page', () => {
    const html = page(`/de${TRANSLATED}`);
    expect(html).toMatch(/<h1[^>]*>Die umgekehrte Pyramide<\/h1>/);
    expect(html).toContain('href="/de/failures/leadership-lip-service/"');
    expect(html).toContain('href="/de/pyramid/useful-information/"');
    expect(html).not.toContain('href="/failures/leadership-lip-service/"');
    expect(html).toMatch(/<a class="action" href="\/failures\/inverted-pyramid\/" hreflang="en" lang="en"/);
    expect(html).not.toContain('fallback-note');
  });

  it('shows an untranslated page in English under a German notice, kept out of the search index', () => {
    const html = page(`/de${UNTRANSLATED}`);
    expect(html).toContain('Noch nicht übersetzt.');
    expect(html).toMatch(/<h1 lang="en"[^>]*>Not measuring/);
    expect(html).not.toContain('data-pagefind-body');
    // The English page is searchable as before.
    expect(page(UNTRANSLATED)).toContain('data-pagefind-body');
  });

  it('shows the German self-assessment in German: its questionnaire from the translations, English patterns marked', () => {
    // content/translations/de/tools/assessment.mdx, assessment/model.yaml and every dimension are
    // translated, so the page is German and searchable; of the patterns the method table links,
    // only the inverted pyramid has a German text, so the others carry lang="en".
    const html = page('/de/tools/assessment/');
    expect(html).not.toContain('class="fallback-note"');
    expect(html).toMatch(/<h1[^>]*>CX-Reifegrad selbst einschätzen<\/h1>/);
    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/<th scope="row"[^>]*>Verantwortung<\/th>/);
    expect(html).toContain('Stimme voll zu');
    expect(html).toMatch(/<a href="\/de\/failures\/inverted-pyramid\/"[^>]*>Die umgekehrte Pyramide<\/a>/);
    expect(html).not.toMatch(/<a href="\/de\/failures\/inverted-pyramid\/"[^>]*lang=/);
    expect(html).toMatch(/<a href="\/de\/failures\/no-clear-ownership\/" lang="en"[^>]*>Lack of ownership<\/a>/);
    for (const path of ['/de/assessment/team/', '/de/assessment/workshop/']) expect(page(path)).not.toContain('class="fallback-note"');
  });

  it('writes a term with its abbreviation once in brackets, in both glossaries', () => {
    // content/glossary/npv.yaml: "Net present value", NPV; its German name already carries the
    // English one in brackets, which then take the abbreviation too.
    expect(page('/glossary/')).toMatch(/>Net present value \(<abbr title="Net present value">NPV<\/abbr>\)/);
    expect(page('/de/glossary/')).toMatch(/>Kapitalwert \(Net Present Value, <abbr title="Kapitalwert \(Net Present Value\)">NPV<\/abbr>\)/);
    expect(page('/de/glossary/')).not.toContain(') (');
  });

  it("links a German page's neighbours and related pages by their German titles, marking the English ones", () => {
    const html = page(`/de${TRANSLATED}`).replace(/ data-astro-cid-\w+/g, '');
    // Next in the reading order: an untranslated pattern, its English title marked.
    expect(html).toMatch(/rel="next" class="next"><span>Weiter<\/span><span class="title" lang="en">Inflexible strategies<\/span>/);
    // Its related levels, dimension and tools in German (content/translations/de/…).
    expect(html).toContain('>Stufe 1: <span>Kunden Informationen geben, mit denen sie etwas anfangen können</span></a>');
    expect(html).toContain('<a href="/de/tools/assessment/#dimension-customer-centric-goals">Kundenorientierte Ziele</a>');
    expect(html).toContain('<a href="/de/tools/roi/">Rendite von CX-Investitionen (ROI)</a>');
    // A level's neighbours are German levels, unmarked.
    expect(page('/de/pyramid/useful-information/').replace(/ data-astro-cid-\w+/g, '')).toContain(
      '<span class="title">Stufe 2: Das Problem der Marke lösen, wenn der Kunde fragt</span>',
    );
  });

  it("marks an untranslated page's English title and headings where German words surround them", () => {
    const html = page(`/de${UNTRANSLATED}`).replace(/ data-astro-cid-\w+/g, '');
    // The notice names the language in German; the breadcrumb's and the contents' English marked.
    expect(html).toContain('Sie lesen hier die Originalfassung (Englisch).');
    expect(html).toContain('<span aria-current="page" lang="en">Not measuring</span>');
    expect(html).toContain('<a href="#why-it-happens" lang="en">Why it happens</a>');
    expect(html).toContain('<a href="#symptoms">Woran Sie es merken</a>');
  });

  it('shows /de/failures/ without the notice, its untranslated source lists marked and left out of German search', () => {
    const html = page('/de/failures/').replace(/ data-astro-cid-\w+/g, '');
    expect(html).not.toContain('class="fallback-note"');
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('<h3 id="six-reasons" lang="en" data-pagefind-ignore>Six reasons CX programmes fail</h3>');
  });

  it('lists the sources with their translated statistics in German, the rest marked English', () => {
    const html = page('/de/sources/').replace(/ data-astro-cid-\w+/g, '');
    expect(html).not.toContain('class="fallback-note"');
    // content/translations/de/stats/bain-satisfied-defectors.yaml: German value (no-break space before %) and claim.
    expect(html).toMatch(/<li id="stat-bain-satisfied-defectors">.*?<strong>60–80\u00a0%<\/strong> <span>der abgewanderten/);
    // An untranslated statistic keeps its English value and claim, marked.
    expect(html).toMatch(/<li id="stat-[\w-]+"><span class="kind">[^<]+<\/span> <strong lang="en">/);
  });

  it("marks an untranslated glossary term's name and definition, not the German words around them", () => {
    const html = page('/de/glossary/').replace(/ data-astro-cid-\w+/g, '');
    expect(html).toContain('<dt lang="en">');
    expect(html).not.toContain('class="entry" lang=');
    expect(html).toContain('<p class="see">Siehe auch: ');
  });

  it("describes the German home page with its translation's description, the English one with the site's", () => {
    expect(page('/de/')).toContain('<meta name="description" content="Warum Customer-Experience-Programme scheitern,');
    expect(page('/')).toContain('<meta name="description" content="Why customer-experience programmes fail,');
  });

  it('lists both languages in the sitemap, each page with its alternates', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const entry = new RegExp(`<url><loc>${SITE}/de${TRANSLATED}</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    expect(entry).toContain(`hreflang="en" href="${SITE}${TRANSLATED}"`);
    expect(entry).toContain(`hreflang="de" href="${SITE}/de${TRANSLATED}"`);
    expect(sitemap).not.toContain('/de/search/');
    expect(sitemap).not.toContain('/de/404/');
    // Every German page a reader may land on from a search engine is listed.
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const german = [...pages.values()].filter((p) => p.lang === 'de' && !/^\/(search|print|404)\/$/.test(p.route));
    expect(german.map((p) => `${SITE}${p.path}`).filter((u) => !listed.has(u))).toEqual([]);
  });

  it('builds a search index per language: German holds only the translated pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const searchable = (lang: string) => [...pages.values()].filter((p) => p.lang === lang && p.html.includes('data-pagefind-body')).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en']);
    expect(entry.languages.de!.page_count).toBe(searchable('de'));
    expect(entry.languages.en!.page_count).toBe(searchable('en'));
    // Only the German pattern is translated (the other engineer's translations add to this).
    expect(searchable('de')).toBeGreaterThanOrEqual(1);
  });

  it('serves the search dialog with German words to German pages', () => {
    expect(page(`/de${TRANSLATED}`)).toContain('data-module="/de/search-dialog.js"');
    const script = readFileSync(join(DIST, 'de', 'search-dialog.js'), 'utf8');
    expect(script).toContain('Suchbegriffe');
    expect(readFileSync(join(DIST, 'search-dialog.js'), 'utf8')).toContain('Words to search for');
  });

  it('precaches the German pages and scripts for offline use', () => {
    const worker = join(DIST, 'sw.js');
    if (!existsSync(worker)) return;
    const listed = new Set(manifestOf(readFileSync(worker, 'utf8')).map(([path]) => path));
    for (const path of [`de${TRANSLATED}`, `de${UNTRANSLATED}`, 'de/search/', 'de/search-dialog.js', 'de/tools/clv/']) expect(listed, path).toContain(path);
  });
});
