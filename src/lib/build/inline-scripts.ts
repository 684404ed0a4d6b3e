// Inline scripts the layout carries, with their CSP hashes. Astro hashes the scripts it bundles;
// an is:inline script must be hashed by us, from the same bytes the page contains.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { transformSync } from 'esbuild';

/** A script from src/scripts/, minified: readers download it, so comments stay in the source. */
const source = (name: string, define: Record<string, string> = {}) =>
  transformSync(readFileSync(join(process.cwd(), 'src', 'scripts', name), 'utf8'), { minify: true, target: 'es2022', define }).code.trim();

/** The head bootstrap: saved theme before paint, theme switch, search opener. */
export const BOOTSTRAP_SCRIPT = source('bootstrap.js');

/** The failure pattern pages' tick keeper: ticked symptoms and plays kept in this browser for /plan/. */
export const TICKS_SCRIPT = source('ticks.js');

/** `sha256-…` of a script's text, as CSP expects it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** The words of the search dialog and its status line, in one language (the `search.*` strings). */
export interface SearchWords {
  dialogTitle: string;
  close: string;
  closeSearch: string;
  label: string;
  unavailable: string;
  none: string;
  one: string;
  many: string;
  manyCut: string;
}

/**
 * The search dialog module in one language, served as a file (`/search-dialog.js`, `/de/search-dialog.js`)
 * and imported when search opens: its words are put in place of `globalThis.CXP_SEARCH_WORDS`.
 */
export function searchDialogScript(words: SearchWords): string {
  return source('search-dialog.js', { 'globalThis.CXP_SEARCH_WORDS': JSON.stringify(words) });
}
