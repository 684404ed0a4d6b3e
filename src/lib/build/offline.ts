// The offline service worker's precache manifest and script, made from the built output folder
// (src/integrations/offline.ts runs this after every build; src/scripts/sw.js is the worker).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { transformSync } from 'esbuild';

/** File name of the worker, at the root of the output folder (so its scope is the whole site). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Files a reader never needs offline, as paths relative to the output folder:
 * the Open Graph cards (read by other sites' link previews, about 1 MB), the sitemaps, Pagefind's
 * ready-made search interfaces (the site has its own, src/scripts/search-dialog.js, which loads only
 * pagefind.js, its worker, WebAssembly and index) and the worker itself.
 */
export const NOT_PRECACHED: readonly RegExp[] = [
  /^og\//,
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  /^pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/,
  new RegExp(`^${SERVICE_WORKER_FILE.replace('.', '\\.')}$`),
];

/** One precached file: its path relative to the worker's scope, a hash of its content, its size. */
export interface PrecacheEntry {
  /** URL path relative to the site's base: `failures/x/` for failures/x/index.html, `./` for the home page. */
  path: string;
  /** First 12 hex digits of the SHA-256 of the file: changes whenever its content does. */
  revision: string;
  /** Size in bytes, as served (uncompressed). */
  bytes: number;
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a built file is served at, relative to the base: `a/index.html` is `a/`. */
export function urlPathOf(file: string): string {
  const path = file === 'index.html' ? './' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return encodeURI(path);
}

/** The precache manifest of a built site: every file in `outDir` but those in NOT_PRECACHED. */
export function precacheEntries(outDir: string): PrecacheEntry[] {
  return walk(outDir)
    .filter((file) => !NOT_PRECACHED.some((re) => re.test(file)))
    .map((file) => {
      const body = readFileSync(join(outDir, file));
      return { path: urlPathOf(file), revision: createHash('sha256').update(body).digest('hex').slice(0, 12), bytes: body.length };
    });
}

/**
 * The worker's script: src/scripts/sw.js, minified, with `entries` as its manifest. An empty list
 * gives the retiring worker (offline switched off), which deletes its cache and unregisters itself.
 */
export function serviceWorkerScript(entries: readonly PrecacheEntry[]): string {
  const source = readFileSync(join(process.cwd(), 'src', 'scripts', 'sw.js'), 'utf8');
  const manifest = JSON.stringify(entries.map((e) => [e.path, e.revision]));
  return transformSync(source, { minify: true, format: 'iife', target: 'es2022', define: { __CXP_MANIFEST__: manifest } }).code;
}

/** The `data-sw` attribute value the layout gives <html>: the worker's URL, or nothing when offline is off. */
export function serviceWorkerUrl(offline: boolean, base: string): string | undefined {
  return offline ? `${base.endsWith('/') ? base : `${base}/`}${SERVICE_WORKER_FILE}` : undefined;
}
