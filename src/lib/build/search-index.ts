// Pure helpers shared by the search-index integration and the prerender integration that feeds it.
import { withoutBase } from './url.ts';

/** The global slot through which the prerender integration hands rendered pages to the search index. */
export const SEARCH_SINK = Symbol.for('cx-playbook.search-index');

/** Receives one rendered page: its pathname (with the base path) and its searchable HTML. */
export type SearchSink = (pathname: string, html: string) => void;

/** The attribute that marks the text Pagefind indexes; pages without it are not searchable. */
export const SEARCH_BODY_ATTRIBUTE = 'data-pagefind-body';

/**
 * The part of a page Pagefind needs: the `<html>` tag (its `lang` picks the stemming language), the
 * `<title>`, and the element marked searchable, without the header, navigation, footer and head
 * tags around it. Pagefind indexes only the marked element anyway, but it parses the whole page;
 * sending it a third less to encode and parse shortens a 1,000-page build. `undefined` when the page
 * has no searchable element; the whole page when the marked element is not one `<main>`.
 */
export function searchableDocument(html: string): string | undefined {
  const marker = html.indexOf(SEARCH_BODY_ATTRIBUTE);
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<main', marker);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < marker || html.indexOf('<main', start + 1) >= 0) return html;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `<!doctype html>${htmlTag}<head>${title}</head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}

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
