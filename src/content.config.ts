// Astro's view of the playbook's collections. The schemas and folders come from one list
// (src/schemas/index.ts) that the content check (src/lib/content/) uses too, so what Astro
// loads and what the integrity rules check can never drift apart.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionDef } from './schemas/index.ts';
import { contentCheckPassed } from './lib/content/check-gate.ts';
import { CONTENT_DIR } from './lib/paths.ts';

// Generic over the schema so each collection keeps its own precise entry type.
function collection<S extends CollectionDef['schema']>(def: { dir: string; ext: CollectionDef['ext']; schema: S }) {
  const files = glob({ pattern: `*.${def.ext}`, base: `${CONTENT_DIR}/${def.dir}` });
  return defineCollection({
    // Reads nothing until the content check has passed (see src/integrations/content-check.ts).
    loader: { ...files, load: async (context) => { await contentCheckPassed(); return files.load(context); } },
    schema: def.schema,
  });
}

export const collections = {
  pyramid: collection(COLLECTIONS.pyramid),
  groups: collection(COLLECTIONS.groups),
  failures: collection(COLLECTIONS.failures),
  stats: collection(COLLECTIONS.stats),
  sources: collection(COLLECTIONS.sources),
  glossary: collection(COLLECTIONS.glossary),
  tools: collection(COLLECTIONS.tools),
  dimensions: collection(COLLECTIONS.dimensions),
  assessment: collection(COLLECTIONS.assessment),
  pages: collection(COLLECTIONS.pages),
};
