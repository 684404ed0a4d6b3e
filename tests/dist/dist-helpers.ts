import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOOL_PAGES } from '../../src/tools/registry.ts';

/** The built site under test (CXP_DIST, default dist/). */
export const DIST = process.env.CXP_DIST ?? 'dist';

/** Every HTML page of the build, with its site path (`/failures/x/`) and its markup. */
export function htmlPages(dir = DIST): { path: string; file: string; html: string }[] {
  const out: { path: string; file: string; html: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else if (name.name.endsWith('.html')) {
        const rel = `/${relative(dir, p).split('\\').join('/')}`;
        out.push({ path: rel.replace(/index\.html$/, ''), file: p, html: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Tool pages carry an island; every other page is a content page. */
const TOOL_PATHS = new Set(TOOL_PAGES.map((p) => p.path));
/** Whether a page is one of a tool's pages (src/tools/registry.ts); every other page is a content page. */
export const isToolPage = (path: string) => TOOL_PATHS.has(path);
