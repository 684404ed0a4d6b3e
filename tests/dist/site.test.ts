// Checks over the whole built site: every page exists that should, content pages ship no
// JavaScript, nothing is loaded from another site, and no link is broken.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_SCRIPT, TICKS_SCRIPT } from '../../src/lib/build/inline-scripts.ts';
import { DIST, htmlPages, isToolPage } from './dist-helpers.ts';

const pages = htmlPages();

/** Pagefind writes one gzipped fragment per indexed page: "pagefind_dcd" then the page's JSON. */
function searchFragments(): { url: string; content: string }[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
}

describe('the built site', () => {
  it('has every page of the information architecture', () => {
    const paths = pages.map((p) => p.path);
    for (const path of ['/', '/pyramid/', '/failures/', '/tools/', '/glossary/', '/sources/', '/about/', '/404.html']) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((p) => /^\/pyramid\/[^/]+\/$/.test(p))).toHaveLength(5);
    expect(paths.filter((p) => /^\/failures\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(18);
  });

  it('ships no script on content pages but the inline head bootstrap, and on failure pattern pages the tick script', () => {
    for (const p of pages.filter((page) => !isToolPage(page.path))) {
      const scripts = [...p.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      const expected = /^\/failures\/[^/]+\/$/.test(p.route) ? [BOOTSTRAP_SCRIPT, TICKS_SCRIPT] : [BOOTSTRAP_SCRIPT];
      expect(scripts.map((m) => m[1]!.trim()), p.path).toEqual(expected.map(() => ''));
      expect(scripts.map((m) => m[2]), p.path).toEqual(expected);
    }
  });

  it('loads nothing from another site', () => {
    const external = /<(?:script|img|iframe|audio|video|source)\b[^>]*\ssrc="(?:https?:)?\/\/|<link\b(?=[^>]*rel="(?:stylesheet|icon|preload|modulepreload|manifest)")[^>]*href="(?:https?:)?\/\//gi;
    const offenders = pages.filter((p) => external.test(p.html)).map((p) => p.path);
    expect(offenders).toEqual([]);
  });

  it('sets a Content-Security-Policy without unsafe-inline for scripts on every page', () => {
    for (const p of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(p.html)?.[1];
      expect(csp, p.path).toBeDefined();
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, p.path).not.toContain('unsafe-inline');
    }
  });

  it('has no broken links', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      // External links are not followed: the check must pass offline, and requests off the site
      // are what the browser tests forbid anyway.
      linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
    });
    // The assessment island opens a dimension from #dimension-<id> (tests/e2e/assessment.spec.ts
    // proves it); the static HTML holds only the first step, so such fragments are exempt here.
    const islandFragment = /\/tools\/assessment\/#dimension-[a-z-]+$/;
    const broken = result.links.filter((l) => l.state === 'BROKEN' && !(islandFragment.test(l.url) && l.status === 200)).map((l) => `${l.url} (from ${l.parent ?? '?'}, ${l.status})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(50);
  });

  it('indexes a page\'s own text, not its table of contents or edit line', () => {
    const fragment = searchFragments().find((f) => f.url === '/failures/not-measuring/');
    expect(fragment?.content).toContain('Symptoms you can observe');
    expect(fragment?.content).not.toContain('On this page');
    expect(fragment?.content).not.toContain('Edit this page');
  });

  it('indexes for search exactly the pages with searchable text, at their own addresses', () => {
    const indexed = searchFragments().map((f) => f.url);
    const searchable = pages.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.path);
    expect(searchable).not.toContain('/404.html');
    expect(searchable).not.toContain('/print/');
    expect(indexed.sort()).toEqual(searchable.sort());
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(searchable.length);
  });
});
