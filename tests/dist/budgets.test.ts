// Performance budgets on the built site, in bytes, so they give the same answer on every run.
// Content pages load no JavaScript but the inline head bootstrap; a tool page's JavaScript is
// weighed before and after its chart loads (chart.js comes in by a dynamic import when the chart
// scrolls into view); a content page's HTML must not grow with the number of pages in the site.
// Sizes are gzip level 9, 1 KB = 1,000 bytes. The figures each budget was set from, and how to
// re-measure them, are in docs/performance.md; `npm run bench` measures time.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileForUrl, kb, linksTo, pageWeight, type LoadedFile, type PageWeight } from '../../scripts/bench/page-weight.ts';
import { TOOL_PAGES, TOOLS, type ToolId } from '../../src/tools/registry.ts';
import { gzipSync } from 'node:zlib';
import { serviceWorkerScript } from '../../src/lib/build/offline.ts';
import { DIST, PLAN_PAGE, htmlPages, isToolPage } from './dist-helpers.ts';

/**
 * Gzipped bytes of the one inline script a content page may carry (theme before paint, search
 * opener, offline worker registration and update note). It was 594 B with a 600 B budget before
 * offline use (issue 19), which added 103 B (registering the worker after load, showing the note
 * from the page's <template> when a newer worker takes over): 697 B when set. 750 B leaves room
 * for a fix, not a feature.
 */
const BOOTSTRAP_GZIP = 750;

/**
 * Gzipped bytes of the offline service worker's own code (src/scripts/sw.js, minified), without its
 * precache manifest: 608 B when set. The manifest adds about 20 B gzip per precached file and is
 * stated, not budgeted, in docs/performance.md: the worker loads once, in the background, never
 * before a page shows.
 */
const SERVICE_WORKER_RUNTIME_GZIP = 800;

/**
 * Gzipped bytes of the second inline script a failure pattern page carries, and only it:
 * src/scripts/ticks.js, which keeps the symptoms and plays a reader ticks in localStorage for
 * /plan/. It was 417 B raw, 301 B gzip when set; 400 B allows a small fix, not a feature (a
 * framework or a second job belongs in an island on a tool-like page, not here).
 */
const TICKS_GZIP = 400;

/** Largest HTML of one failure pattern or pyramid level page, raw bytes. A sidebar listing the whole site would break it. */
const CONTENT_HTML_RAW = 40_000;

/** Most distinct failure-pattern and pyramid-level pages one such page may link to (related, previous/next, breadcrumbs). */
const CONTENT_LINKS = 12;

/** Gzipped CSS (linked files plus inline <style>) of any content page. */
const CONTENT_CSS_GZIP = 6_000;

const pages = htmlPages();
const contentPages = pages.filter((p) => !isToolPage(p.path));
const articlePages = pages.filter((p) => /^\/(?:failures|pyramid)\/[^/]+\/$/.test(p.route));

const weights = new Map<string, PageWeight | undefined>();
/** What the page at `path` loads (computed once per page). */
const weigh = (path: string) => {
  if (!weights.has(path)) weights.set(path, pageWeight(DIST, path));
  return weights.get(path);
};

/** The heaviest files first, e.g. `client.Ab.js 65.7 KB, react.Cd.js 3.0 KB`, for failure messages. */
const heaviest = (files: LoadedFile[], n = 6) =>
  [...files].sort((a, b) => b.gzip - a.gzip).slice(0, n).map((f) => `${f.url} ${kb(f.gzip)}`).join(', ') || 'none';

describe('content pages', () => {
  it('exist in the build under test', () => {
    expect(contentPages.length, `no content pages in ${DIST}; build the site first`).toBeGreaterThan(10);
    expect(articlePages.length, 'no failure or pyramid pages').toBeGreaterThan(5);
  });

  it('load no script file, no module and no island: one inline classic script, two on a failure pattern page', () => {
    const offenders: string[] = [];
    for (const p of contentPages) {
      const allowed = /^\/failures\/[^/]+\/$/.test(p.route) ? 2 : 1;
      const w = weigh(p.path)!;
      const modules = w.js.inline.filter((s) => s.type === 'module').length;
      if (w.js.externalSrc.length) offenders.push(`${p.path}: <script src> ${w.js.externalSrc.join(', ')}`);
      if (modules) offenders.push(`${p.path}: ${modules} inline module script(s)`);
      if (w.js.before.length) offenders.push(`${p.path}: loads modules ${heaviest(w.js.before)}`);
      if (w.js.inline.length > allowed) offenders.push(`${p.path}: ${w.js.inline.length} inline scripts, expected at most ${allowed}`);
      if (/<link\b[^>]*rel="modulepreload"/i.test(p.html)) offenders.push(`${p.path}: has a modulepreload link`);
    }
    expect(offenders).toEqual([]);
  });

  it(`keep the inline bootstrap script within ${BOOTSTRAP_GZIP} B gzip, and a failure page's tick script within ${TICKS_GZIP} B`, () => {
    const over: string[] = [];
    for (const p of contentPages) {
      const [bootstrap, ticks] = weigh(p.path)!.js.inline;
      if ((bootstrap?.gzip ?? 0) > BOOTSTRAP_GZIP) over.push(`${p.path}: ${bootstrap!.gzip} B gzip of bootstrap (budget ${BOOTSTRAP_GZIP} B)`);
      if ((ticks?.gzip ?? 0) > TICKS_GZIP) over.push(`${p.path}: ${ticks!.gzip} B gzip of tick script (budget ${TICKS_GZIP} B)`);
    }
    expect(over).toEqual([]);
  });

  it('carry the tick script on every failure pattern page, and on no other page', () => {
    const wrong = contentPages
      .filter((p) => (weigh(p.path)!.js.inline.length === 2) !== /^\/failures\/[^/]+\/$/.test(p.route))
      .map((p) => `${p.path}: ${weigh(p.path)!.js.inline.length} inline script(s)`);
    expect(wrong).toEqual([]);
  });

  it(`keep CSS within ${kb(CONTENT_CSS_GZIP)} gzip`, () => {
    const over = contentPages
      .map((p) => ({ path: p.path, css: weigh(p.path)!.css }))
      .filter((p) => p.css.gzip > CONTENT_CSS_GZIP)
      .map((p) => `${p.path}: ${kb(p.css.gzip)} gzip CSS (budget ${kb(CONTENT_CSS_GZIP)}): ${heaviest(p.css.files)}`);
    expect(over).toEqual([]);
  });

  it(`failure and pyramid pages stay within ${kb(CONTENT_HTML_RAW)} of HTML`, () => {
    const over = articlePages
      .filter((p) => Buffer.byteLength(p.html) > CONTENT_HTML_RAW)
      .map((p) => `${p.path}: ${kb(Buffer.byteLength(p.html))} HTML (budget ${kb(CONTENT_HTML_RAW)})`);
    expect(over).toEqual([]);
  });

  // A site-wide sidebar (Starlight, VitePress) makes every page's HTML grow with the site. Here,
  // navigation outside <main> names no article; a failure page links to a handful of articles; a
  // pyramid level links only to the patterns that name it (its "related patterns") and its neighbours.
  const article = /\/(?:failures|pyramid)\/[^/]+\/$/;
  const failure = /\/failures\/[^/]+\/$/;
  // Links that name their language (the switcher, the alternates) lead to this same page in
  // another language: one per language, not an index of articles.
  const outsideMain = (html: string) => html.replace(/<main\b[\s\S]*<\/main>/i, '').replace(/<(?:a|link)\b[^>]*\shreflang="[^"]*"[^>]*>/gi, '');

  it('have no list of articles outside <main> (no site-wide sidebar or footer index)', () => {
    const offenders = contentPages
      .map((p) => ({ path: p.path, links: linksTo(outsideMain(p.html), article) }))
      .filter((p) => p.links.length > 0)
      .map((p) => `${p.path}: ${p.links.length} article link(s) outside <main>, e.g. ${p.links.slice(0, 3).join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it(`failure pages link to at most ${CONTENT_LINKS} other failure or pyramid pages`, () => {
    const offenders = articlePages
      .filter((p) => failure.test(p.path))
      .map((p) => ({ path: p.path, links: linksTo(p.html, article, p.path) }))
      .filter((p) => p.links.length > CONTENT_LINKS)
      .map((p) => `${p.path}: links to ${p.links.length} failure/pyramid pages (at most ${CONTENT_LINKS})`);
    expect(offenders).toEqual([]);
  });

  it('pyramid level pages link only to the failure patterns that name that level, plus previous/next', () => {
    const failurePages = articlePages.filter((p) => failure.test(p.path));
    const offenders: string[] = [];
    for (const level of articlePages.filter((p) => /^\/pyramid\/[^/]+\/$/.test(p.path))) {
      const naming = new Set(failurePages.filter((f) => linksTo(f.html, /\/pyramid\/[^/]+\/$/).includes(level.path)).map((f) => f.path));
      const others = linksTo(level.html, failure, level.path).filter((href) => !naming.has(href));
      if (others.length > 2) offenders.push(`${level.path}: links to ${others.length} failure pages that do not name this level, e.g. ${others.slice(0, 3).join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('the offline service worker', () => {
  it(`keeps its own code within ${SERVICE_WORKER_RUNTIME_GZIP} B gzip (the manifest aside)`, () => {
    const gzip = gzipSync(serviceWorkerScript([]), { level: 9 }).length;
    expect(gzip, `sw.js without its manifest: ${gzip} B gzip (budget ${SERVICE_WORKER_RUNTIME_GZIP} B)`).toBeLessThanOrEqual(SERVICE_WORKER_RUNTIME_GZIP);
  });
});

// Every tool page and its JavaScript budget come from the tool registry (src/tools/registry.ts);
// /plan/, a tool-like page outside it, has its budget in dist-helpers.ts.
describe('tool pages', () => {
  const pagesWithIslands: { path: string; js: { before: number; after: number }; lazyChart: boolean; tool?: ToolId }[] = [
    ...TOOL_PAGES,
    { ...PLAN_PAGE, lazyChart: false },
  ];
  for (const { path, js: budget, lazyChart, tool } of pagesWithIslands) {
    describe(path, () => {
      const weight = weigh(path);
      // A missing page fails once, here; its budget tests are then skipped rather than failing four times over.
      const ifBuilt = it.skipIf(!weight);
      const built = () => weight!;

      it('is built', () => {
        expect(weight, `${path} is missing from the build: no ${DIST}${path}index.html`).toBeDefined();
      });

      ifBuilt('refers only to modules that are in the build', () => {
        expect(built().js.missing, `${path}: referenced modules not in the build`).toEqual([]);
      });

      ifBuilt(`JavaScript before the chart loads is within ${kb(budget.before)} gzip`, () => {
        const w = built();
        expect(
          w.js.beforeGzip,
          `${path}: ${kb(w.js.beforeGzip)} gzip before the chart (budget ${kb(budget.before)}); inline ${kb(w.js.beforeGzip - w.js.before.reduce((n, f) => n + f.gzip, 0))}, heaviest: ${heaviest(w.js.before)}`,
        ).toBeLessThanOrEqual(budget.before);
      });

      ifBuilt(`JavaScript after the chart loads is within ${kb(budget.after)} gzip`, () => {
        const w = built();
        expect(w.js.afterGzip, `${path}: ${kb(w.js.afterGzip)} gzip after the chart (budget ${kb(budget.after)}); loaded later: ${heaviest(w.js.lazy)}`).toBeLessThanOrEqual(
          budget.after,
        );
      });

      // A form declared as plain data (src/calculators/shared/fields.ts) is checked in the browser
      // without zod; zod's own class names would show in its minified code.
      if (tool && TOOLS[tool].form) {
        ifBuilt('loads no validation library up front (its form is checked from plain declarations)', () => {
          const withZod = built()
            .js.before.filter((f) => /\$ZodType|ZodError|_zod\b/.test(readFileSync(fileForUrl(DIST, f.url)!, 'utf8')))
            .map((f) => f.url);
          expect(withZod, `${path}: zod is in the first load`).toEqual([]);
        });
      }

      if (lazyChart) {
        ifBuilt('loads its chart code by a dynamic import, not up front', () => {
          const w = built();
          expect(w.js.lazy.length, `${path}: no module is loaded by dynamic import(); the chart code is in the first load`).toBeGreaterThan(0);
        });
      }
    });
  }
});
