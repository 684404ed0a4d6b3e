import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtFileOf, SEARCH_SINK, type SearchSink } from '../lib/build/search-index.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Builds the Pagefind full-text index into <outDir>/pagefind/, so search works on any static host.
 * Only the playbook text inside [data-pagefind-body] is indexed.
 *
 * The index is filled while the pages render, not after: as each page is rendered, the prerender
 * integration (src/integrations/prerender.ts) passes its searchable part to Pagefind's indexing
 * process, which parses it on another core while Astro renders the next pages. Indexing the
 * written folder afterwards cost about 2 of the 14 seconds of a 1,000-page build
 * (docs/performance.md); now only writing the index files remains at the end.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let index: Index | undefined;
  let adds: Promise<string[]>[] = [];
  const sink: SearchSink = (pathname, html) => {
    if (!index) return;
    const sourcePath = builtFileOf(pathname, base);
    adds.push(index.addHTMLFile({ sourcePath, content: html }).then((r) => r.errors.map((e) => `${sourcePath}: ${e}`)));
  };
  return {
    name: 'cx-playbook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        adds = [];
        (globalThis as { [SEARCH_SINK]?: SearchSink })[SEARCH_SINK] = sink;
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as { [SEARCH_SINK]?: SearchSink })[SEARCH_SINK];
        if (!index) throw new Error('Pagefind index missing: astro:build:start did not run');
        const errors = (await Promise.all(adds)).flat();
        if (errors.length) throw new Error(`Pagefind indexing failed:\n${errors.join('\n')}`);
        if (!adds.length) throw new Error('Pagefind indexed no pages: no rendered page had [data-pagefind-body]');
        const outDir = fileURLToPath(dir);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        index = undefined;
        logger.info(`indexed ${adds.length} pages for search`);
      },
    },
  };
}
