// The offline service worker in the build (content/site.yaml has offline: true): <dist>/sw.js lists
// every page and asset a reader needs, each at the hash of the file that is really there, and every
// page names the worker and carries the update note. Sizes are in docs/performance.md; the worker's
// own budget is in budgets.test.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_PRECACHED } from '../../src/lib/build/offline.ts';
import { DIST, htmlPages, manifestOf } from './dist-helpers.ts';

const worker = join(DIST, 'sw.js');
const manifest = existsSync(worker) ? manifestOf(readFileSync(worker, 'utf8')) : [];
const listed = new Map(manifest);

/** Every file in the build, relative, with `/` separators. */
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'));
/** The URL path (relative to the base) a file is served at. */
const urlOf = (file: string) => encodeURI(file === 'index.html' ? './' : file.replace(/(^|\/)index\.html$/, '$1'));

describe('the offline service worker in the build', () => {
  it('is at the root of the build, so its scope is the whole site', () => {
    expect(existsSync(worker), `${worker} missing: the offline integration did not run`).toBe(true);
    expect(manifest.length).toBeGreaterThan(100);
  });

  it('lists every HTML page, among them /search/ and the 404 page', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(30);
    const missing = pages.map((p) => urlOf(relative(DIST, p.file).split(sep).join('/'))).filter((url) => !listed.has(url));
    expect(missing).toEqual([]);
    expect(listed.has('search/')).toBe(true);
    expect(listed.has('404.html')).toBe(true);
  });

  it("lists the assets pages load: every CSS and JavaScript file, the search module, Pagefind's script, WebAssembly and index", () => {
    const needed = files.filter((f) => /^_astro\//.test(f) || /^(?:search-dialog\.js|theme\.css|logo\.svg)$/.test(f) || /^pagefind\/(?:fragment|index)\//.test(f));
    expect(needed.filter((f) => !listed.has(urlOf(f)))).toEqual([]);
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind'])
      expect(listed.has(f), f).toBe(true);
    expect(files.some((f) => f.startsWith('_astro/') && f.endsWith('.js'))).toBe(true);
  });

  it('lists exactly the built files but the excluded ones (Open Graph cards, sitemaps, Pagefind UIs, itself), each at its current hash', () => {
    const expected = files
      .filter((f) => !NOT_PRECACHED.some((re) => re.test(f)))
      
      .map((f): [string, string] => [urlOf(f), createHash('sha256').update(readFileSync(join(DIST, f))).digest('hex').slice(0, 12)]);
    expect(new Map(expected)).toEqual(listed);
    expect([...listed.keys()].filter((p) => /^og\/|^sitemap|pagefind-ui|^sw\.js$/.test(p))).toEqual([]);
  });

  it('is named on every page by <html data-sw>, and every page has the update note', () => {
    const wrong = htmlPages()
      .filter((p) => !p.html.includes('data-sw="/sw.js"') || !p.html.includes('id="sw-note"') || !p.html.includes('id="sw-note-text"'))
      .map((p) => p.path);
    expect(wrong).toEqual([]);
  });

  it("is allowed by the CSP as a worker from 'self', which stays strict", () => {
    for (const p of htmlPages()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(p.html)?.[1] ?? '';
      expect(csp, p.path).toContain("worker-src 'self'");
      expect(csp, p.path).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
    }
  });
});
