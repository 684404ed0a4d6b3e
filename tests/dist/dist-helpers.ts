import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOOL_PAGES } from '../../src/tools/registry.ts';
import { checkSiteConfig } from '../../src/lib/content/check.ts';
import { SITE_CONFIG_FILE } from '../../src/lib/build/paths.ts';
import { splitLanguagePath } from '../../src/lib/build/languages.ts';
import { languagesOf } from '../../src/schemas/site.ts';

/** The languages of the site config the build used. */
export const LANGUAGES = languagesOf(checkSiteConfig(SITE_CONFIG_FILE, process.cwd()).config!);

/** The built site under test (CXP_DIST, default dist/). */
export const DIST = process.env.CXP_DIST ?? 'dist';

/**
 * Every HTML page of the build, with its site path (`/de/failures/x/`), that path in no language
 * (`route`: `/failures/x/`, what the page is), its language's code, and its markup.
 */
export function htmlPages(dir = DIST): { path: string; route: string; lang: string; file: string; html: string }[] {
  const out: { path: string; route: string; lang: string; file: string; html: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (name.name.endsWith('.html')) {
        const rel = `/${relative(dir, p).split('\\').join('/')}`;
        const path = rel.replace(/index\.html$/, '');
        const { language, path: route } = splitLanguagePath(path, LANGUAGES);
        out.push({ path, route, lang: language.code, file: p, html: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * /plan/ ("My plan") is a tool-like page outside the tool registry: a React island that reads the
 * ticks kept in the browser. Its JavaScript, gzip: React's client (about 66 KB, the same file the
 * tool pages load) plus the plan island (about 2 KB) came to 74.0 KB when set; 80 KB leaves room for
 * a React update, and still sits below every tool page's budget (110 KB and up).
 */
export const PLAN_PAGE = { path: '/plan/', js: { before: 80_000, after: 80_000 } } as const;

/** Tool pages (and /plan/) carry an island; every other page is a content page. */
const TOOL_PATHS = new Set([...TOOL_PAGES.map((p) => p.path), PLAN_PAGE.path]);
/** Whether a page is one of a tool's pages (src/tools/registry.ts) or /plan/, in any language; every other page is a content page. */
export const isToolPage = (path: string) => TOOL_PATHS.has(splitLanguagePath(path, LANGUAGES).path);

/** The [path, revision] pairs built into a worker script (the first array of pairs in it). */
export function manifestOf(script: string): [string, string][] {
  const literal = /=(\[\[".*?"\]\]|\[\])[,;]/.exec(script)?.[1];
  if (!literal) throw new Error('no precache manifest in the worker script');
  return JSON.parse(literal) as [string, string][];
}
