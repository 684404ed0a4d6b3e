import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
export const isToolPage = (path: string) => /^\/(tools\/[^/]+|assessment\/[^/]+)\/$/.test(path);
