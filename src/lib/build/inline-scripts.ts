// Inline scripts the layout carries, with their CSP hashes. Astro hashes the scripts it bundles;
// an is:inline script must be hashed by us, from the same bytes the page contains.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { transformSync } from 'esbuild';

/** A script from src/scripts/, minified: readers download it, so comments stay in the source. */
const source = (name: string) =>
  transformSync(readFileSync(join(process.cwd(), 'src', 'scripts', name), 'utf8'), { minify: true, target: 'es2022' }).code.trim();

/** The head bootstrap: saved theme before paint, theme switch, search opener. */
export const BOOTSTRAP_SCRIPT = source('bootstrap.js');

/** The failure pattern pages' tick keeper: ticked symptoms and plays kept in this browser for /plan/. */
export const TICKS_SCRIPT = source('ticks.js');

/** `sha256-…` of a script's text, as CSP expects it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** The search dialog module, served as a file and imported when search opens. */
export const SEARCH_DIALOG_SCRIPT = source('search-dialog.js');
