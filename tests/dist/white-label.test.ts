// The same content built with a second organisation's config (tests/fixtures/white-label/):
// every page is rebranded, and the whole site works under the /handbook/ sub-folder.
// scripts/test-all.mjs builds it into $CXP_ALT_DIST/handbook/ before this suite runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { htmlPages, manifestOf } from './dist-helpers.ts';
import { pngPixel, pngSize } from './png.ts';

const root = process.env.CXP_ALT_DIST;
const site = root ? join(root, 'handbook') : '';

describe('white-label build under /handbook/', () => {
  it('was built', () => {
    expect(root, 'CXP_ALT_DIST must name the white-label build (scripts/test-all.mjs sets it)').toBeTruthy();
    expect(existsSync(join(site, 'index.html'))).toBe(true);
  });

  const pages = root && existsSync(site) ? htmlPages(site) : [];

  it('rebrands every page: title, logo, organisation, colours, canonical URLs, edit links', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      expect(p.html, p.path).toMatch(/<title>[^<]*Acme Service Handbook<\/title>/);
      expect(p.html, p.path).not.toContain('CX Playbook');
      expect(p.html, p.path).toContain('src="/handbook/acme-logo.svg"');
      expect(p.html, p.path).toContain('href="/handbook/theme.css"');
      expect(p.html, p.path).toContain('published by Acme Ltd');
      expect(p.html, p.path).toMatch(/<link rel="canonical" href="https:\/\/acme\.example\.com\/handbook\//);
      for (const m of p.html.matchAll(/href="(https:\/\/git\.[^"]+)"/g)) expect(m[1]).toMatch(/^https:\/\/git\.example\.com\/acme\/handbook\/edit\/trunk\/content\//);
    }
    expect(existsSync(join(site, 'acme-logo.svg'))).toBe(true);
    const css = readFileSync(join(site, 'theme.css'), 'utf8');
    expect(css).toContain('--accent:#8a2be2');
    expect(css).toContain('--accent:#d4a5ff');
  });

  it("draws each page's Open Graph image under the base path in its own colours", () => {
    const failure = pages.find((p) => p.path === '/failures/no-clear-ownership/');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(failure?.html ?? '')?.[1];
    expect(image).toBe('https://acme.example.com/handbook/og/failures/no-clear-ownership.png');
    const png = readFileSync(join(site, 'og', 'failures', 'no-clear-ownership.png'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // tests/fixtures/white-label/site.yaml: light accent #8a2be2 (the top bar), background #fffdf7.
    expect(pngPixel(png, 600, 10)).toBe('#8a2be2');
    expect(pngPixel(png, 1190, 300)).toBe('#fffdf7');
  });

  it('with offline: false, no page names a service worker or carries the update note, and sw.js only retires one', () => {
    const offending = pages.filter((p) => /data-sw=|id="sw-note/.test(p.html)).map((p) => p.path);
    expect(offending).toEqual([]);
    // Readers who installed the worker before offline was switched off get this one on their next
    // visit: an empty manifest, on which it deletes its cache and unregisters (tests/unit/lib/offline.test.ts).
    expect(manifestOf(readFileSync(join(site, 'sw.js'), 'utf8'))).toEqual([]);
  });

  it('formats dates in the configured locale', () => {
    const failure = pages.find((p) => p.path === '/failures/no-clear-ownership/');
    expect(failure?.html).toMatch(/Last updated <time datetime="[^"]+"[^>]*>[A-Z][a-z]+ \d{1,2}, \d{4}<\/time>/);
  });

  it('has no broken link under the base path', async () => {
    const result = await new LinkChecker().check({
      path: 'handbook/',
      serverRoot: root ?? '.',
      recurse: true,
      checkFragments: true,
      linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
    });
    // The assessment island opens a dimension from #dimension-<id> (tests/e2e/assessment.spec.ts
    // proves it); the static HTML holds only the first step, so such fragments are exempt here.
    const islandFragment = /\/tools\/assessment\/#dimension-[a-z-]+$/;
    const broken = result.links.filter((l) => l.state === 'BROKEN' && !(islandFragment.test(l.url) && l.status === 200)).map((l) => `${l.url} (from ${l.parent ?? '?'})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(50);
  });
});
