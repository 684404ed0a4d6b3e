// Build-time only (added by the search-index integration for `astro build`): hands each rendered
// HTML page that has searchable text to the Pagefind index the integration keeps open, so
// indexing runs in Pagefind's own process while Astro renders the next pages.
import { defineMiddleware } from 'astro:middleware';
import { SEARCH_SINK, searchableDocument, type SearchSink } from '../lib/search-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = (globalThis as { [SEARCH_SINK]?: SearchSink })[SEARCH_SINK];
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const searchable = searchableDocument(await response.clone().text());
  if (searchable) sink(context.url.pathname, searchable);
  return response;
});
