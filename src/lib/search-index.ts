// Pure helpers shared by the search-index integration and its build-time middleware.
import { withoutBase } from './url.ts';

/** The global slot through which the middleware hands rendered pages to the integration. */
export const SEARCH_SINK = Symbol.for('cx-playbook.search-index');

/** Receives one rendered page: its pathname (with the base path) and its HTML. */
export type SearchSink = (pathname: string, html: string) => void;

/** The attribute that marks the text Pagefind indexes; pages without it are not searchable. */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * The built file a page's pathname is written to, relative to the output folder, as Pagefind
 * expects it (`/handbook/failures/x/` under base `/handbook/` -> `failures/x/index.html`), so the
 * URLs in the index are the ones indexing the output folder would give.
 */
export function builtFileOf(pathname: string, base: string): string {
  const path = decodeURIComponent(withoutBase(pathname, base).replace(/^\/+/, ''));
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.html?$/.test(path) ? path : `${path}/index.html`;
}
