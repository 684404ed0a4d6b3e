// What one built page costs a reader, in bytes: its HTML, its stylesheets, and the JavaScript it
// loads, split into what loads up front (the static module graph) and what loads later through
// dynamic import() (for tool pages: the chart code, fetched when the chart scrolls into view).
// Shared by the budget tests (tests/dist/budgets.test.ts) and the benchmark (scripts/bench/).
// Everything here reads files only, so the figures are the same on every run and every machine.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes after gzip at level 9 (deterministic for a given zlib; servers at level 6 send a little more). */
export const gzipBytes = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/** Raw and gzipped size of something a page loads, in bytes. */
export interface Weight {
  /** Bytes as stored. */
  raw: number;
  /** Bytes after gzip level 9. */
  gzip: number;
}

/** One file a page loads, with where it was found. */
export interface LoadedFile extends Weight {
  /** URL path as the page refers to it, e.g. `/_astro/client.Ab12.js`. */
  url: string;
}

/** One <script> element of a page. */
export interface ScriptTag extends Weight {
  /** The `type` attribute, '' when absent. */
  type: string;
  /** The `src` attribute, when the script is a file. */
  src?: string | undefined;
  /** The inline text ('' for a file). */
  body: string;
}

/** The JavaScript of a page: inline scripts, the modules loaded up front and those loaded on demand. */
export interface ScriptWeight {
  /** Inline JavaScript (classic and module) in the HTML. */
  inline: ScriptTag[];
  /** Script files the HTML names directly in <script src> (a content page must have none). */
  externalSrc: string[];
  /** Modules loaded before any dynamic import(): entry scripts, islands' components and renderers, their static imports. */
  before: LoadedFile[];
  /** Modules added by following dynamic import() from those (and their own imports), e.g. chart.js. */
  lazy: LoadedFile[];
  /** Module URLs the page refers to that are not in the build. */
  missing: string[];
  /** Gzipped JavaScript before any dynamic import: inline scripts plus `before`, in bytes. */
  beforeGzip: number;
  /** Gzipped JavaScript once every dynamic import has loaded: `beforeGzip` plus `lazy`, in bytes. */
  afterGzip: number;
}

/** Everything one page loads, in bytes. */
export interface PageWeight {
  /** Site path, e.g. `/tools/clv/`. */
  path: string;
  html: Weight;
  /** Linked stylesheets plus inline <style>, summed. */
  css: Weight & { files: LoadedFile[] };
  js: ScriptWeight;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every JavaScript <script> element of a page (JSON and other data blocks are left out). */
export function scriptTags(html: string): ScriptTag[] {
  const out: ScriptTag[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const body = m[2] ?? '';
    out.push({ type, src: attr(attrs, 'src'), body, raw: Buffer.byteLength(body), gzip: body ? gzipBytes(body) : 0 });
  }
  return out;
}

/** The module URLs of each Astro island: component, renderer and before-hydration script. */
export function islandModules(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(m[1] ?? '', name);
      if (url) urls.push(url);
    }
  }
  return urls;
}

/**
 * Module specifiers a script imports, split into static imports/re-exports and what loads later:
 * literal dynamic import(), and a worker's script (`new Worker(new URL('…', import.meta.url))`, as
 * Vite emits it), which the page fetches when it starts the worker.
 */
export function importsOf(code: string): { static: string[]; dynamic: string[] } {
  // Bundlers emit relative or root-relative specifiers, quoted with ", ' or ` (rolldown uses `).
  // Bare names ("react") never reach the browser, and requiring a path keeps strings in code out.
  const spec = String.raw`(["'\x60])(\.{0,2}\/[^"'\x60\s]+?)\1`;
  const stat = new RegExp(String.raw`\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?` + spec, 'g');
  const dyn = new RegExp(String.raw`\bimport\s*\(\s*` + spec + String.raw`\s*\)`, 'g');
  const worker = new RegExp(String.raw`\bnew\s+(?:Shared)?Worker\s*\(\s*new\s+URL\s*\(\s*` + spec, 'g');
  return {
    static: [...code.matchAll(stat)].map((m) => m[2]!),
    dynamic: [...code.matchAll(dyn), ...code.matchAll(worker)].map((m) => m[2]!),
  };
}

/**
 * Finds the file behind a URL path in the build. The site may live under a base path
 * (`/handbook/_astro/x.js` is `dist/_astro/x.js`), so leading segments are dropped until it matches.
 */
export function fileForUrl(dist: string, urlPath: string): string | undefined {
  const parts = decodeURIComponent(urlPath.split(/[?#]/)[0]!).split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const file = join(dist, ...parts.slice(i));
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** The HTML file of a site path (`/tools/clv/` -> `dist/tools/clv/index.html`), undefined when not built. */
export function htmlFileFor(dist: string, path: string): string | undefined {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return existsSync(file) ? file : undefined;
}

const resolveUrl = (spec: string, from: string) => new URL(spec, `http://site${from}`).pathname;

function weighFile(dist: string, url: string): (LoadedFile & { code: string }) | undefined {
  const file = fileForUrl(dist, url);
  if (!file) return undefined;
  const bytes = readFileSync(file);
  return { url, raw: bytes.length, gzip: gzipBytes(bytes), code: bytes.toString('utf8') };
}

/** The JavaScript a page loads, walking the module graph from its HTML. */
export function scriptWeight(dist: string, path: string, html: string): ScriptWeight {
  const tags = scriptTags(html);
  const inline = tags.filter((t) => !t.src);
  const externalSrc = tags.filter((t) => t.src).map((t) => t.src!);
  const entries = [...externalSrc.map((s) => resolveUrl(s, path)), ...islandModules(html).map((s) => resolveUrl(s, path))];
  const inlineImports = inline.filter((t) => t.type === 'module').map((t) => importsOf(t.body));
  entries.push(...inlineImports.flatMap((i) => i.static.map((s) => resolveUrl(s, path))));
  const dynamicEntries = inlineImports.flatMap((i) => i.dynamic.map((s) => resolveUrl(s, path)));

  const seen = new Map<string, LoadedFile>();
  const missing = new Set<string>();
  const pendingDynamic: string[] = [];
  /** Adds `urls` and everything they import statically; queues their dynamic imports. */
  const closure = (urls: string[]) => {
    const queue = [...urls];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url) || missing.has(url)) continue;
      const f = weighFile(dist, url);
      if (!f) {
        missing.add(url);
        continue;
      }
      seen.set(url, { url, raw: f.raw, gzip: f.gzip });
      const imports = importsOf(f.code);
      queue.push(...imports.static.map((s) => resolveUrl(s, url)));
      pendingDynamic.push(...imports.dynamic.map((s) => resolveUrl(s, url)));
    }
  };
  closure(entries);
  const before = [...seen.values()];
  pendingDynamic.push(...dynamicEntries);
  while (pendingDynamic.length) closure(pendingDynamic.splice(0));
  const lazy = [...seen.values()].slice(before.length);

  const sum = (files: Weight[]) => files.reduce((n, f) => n + f.gzip, 0);
  const beforeGzip = sum(inline) + sum(before);
  return { inline, externalSrc, before, lazy, missing: [...missing], beforeGzip, afterGzip: beforeGzip + sum(lazy) };
}

/** The stylesheets a page links and its inline <style> blocks. */
export function cssWeight(dist: string, path: string, html: string): Weight & { files: LoadedFile[] } {
  const files: LoadedFile[] = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    if (!/(?:^|\s)stylesheet(?:\s|$)/i.test(attr(attrs, 'rel') ?? '')) continue;
    const href = attr(attrs, 'href');
    if (!href || /^(?:[a-z]+:)?\/\//i.test(href)) continue;
    const f = weighFile(dist, resolveUrl(href, path));
    if (f) files.push({ url: f.url, raw: f.raw, gzip: f.gzip });
  }
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '').join('\n');
  const inlineW = inline ? { raw: Buffer.byteLength(inline), gzip: gzipBytes(inline) } : { raw: 0, gzip: 0 };
  return {
    raw: files.reduce((n, f) => n + f.raw, inlineW.raw),
    gzip: files.reduce((n, f) => n + f.gzip, inlineW.gzip),
    files,
  };
}

/** Everything the page at `path` loads, or undefined when the build has no such page. */
export function pageWeight(dist: string, path: string): PageWeight | undefined {
  const file = htmlFileFor(dist, path);
  if (!file) return undefined;
  const html = readFileSync(file, 'utf8');
  return {
    path,
    html: { raw: Buffer.byteLength(html), gzip: gzipBytes(html) },
    css: cssWeight(dist, path, html),
    js: scriptWeight(dist, path, html),
  };
}

/** Distinct links in `html` to pages matching `pattern` (a site path regex, e.g. failure patterns), other than `self`. */
export function linksTo(html: string, pattern: RegExp, self?: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<a\b[^>]*\shref="([^"#?]*)/gi)) {
    const href = m[1]!;
    const path = href.replace(/^https?:\/\/[^/]+/, '');
    const tail = path.match(pattern)?.[0];
    if (tail && tail !== self) out.add(tail);
  }
  return [...out];
}

/** A byte count for people: `12.3 KB` (1 KB = 1,000 bytes, as the budgets are written). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
