// Astro's view of the playbook's collections. The schemas and folders come from one list
// (src/schemas/index.ts) that the content check (src/lib/content/) uses too, so what Astro
// loads and what the integrity rules check can never drift apart.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { CONTENT_DIR } from './lib/paths.ts';

function collection(name: CollectionName) {
  const def = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: `*.${def.ext}`, base: `${CONTENT_DIR}/${def.dir}` }),
    schema: def.schema,
  });
}

export const collections = {
  pyramid: collection('pyramid'),
  groups: collection('groups'),
  failures: collection('failures'),
  stats: collection('stats'),
  sources: collection('sources'),
  glossary: collection('glossary'),
  tools: collection('tools'),
  dimensions: collection('dimensions'),
  assessment: collection('assessment'),
  pages: collection('pages'),
};
