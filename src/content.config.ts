// Astro's view of the playbook's collections. The schemas and folders come from one list
// (src/schemas/index.ts) that the content check (src/lib/content/) uses too, so what Astro
// loads and what the integrity rules check can never drift apart.
import { z } from 'astro/zod';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionDef, type CollectionName } from './schemas/index.ts';
import { buildCheckPassed, devErrorFor } from './lib/content/check-gate.ts';
import { CONTENT_DIR } from './lib/build/paths.ts';
import { SOURCE_HASH_FIELD, TRANSLATIONS_DIR, translationPattern } from './lib/content/translations.ts';

// Generic over the schema so each collection keeps its own precise entry type.
function collection<S extends CollectionDef['schema']>(def: { dir: string; ext: CollectionDef['ext']; schema: S }) {
  return gated(glob({ pattern: `*.${def.ext}`, base: `${CONTENT_DIR}/${def.dir}` }), def.schema);
}

/**
 * A collection's translations, every language in one: `content/translations/<code>/<dir>/<file>`,
 * id `<code>/<file name>`. The data is its source's schema once `sourceHash` (checked by the
 * content check) is taken off, so a translation's entry has its source's type.
 */
function translations<S extends CollectionDef['schema']>(def: { dir: string; ext: CollectionDef['ext']; schema: S }) {
  const pattern = translationPattern(def);
  const base = `${CONTENT_DIR}/${TRANSLATIONS_DIR}`;
  const files = glob({
    pattern,
    base,
    generateId: ({ entry }) => `${entry.split('/')[0]}/${entry.slice(entry.lastIndexOf('/') + 1).replace(/\.\w+$/, '')}`,
  });
  const schema = z
    .looseObject({ [SOURCE_HASH_FIELD]: z.string() })
    .transform(({ [SOURCE_HASH_FIELD]: _hash, ...rest }) => rest)
    .pipe(def.schema as unknown as z.ZodType<z.output<S>, Record<string, unknown>>);
  // Always the glob loader, so `astro dev` sees a collection's first translation the moment it is
  // saved. A collection with no translation yet, or a site with no translations folder at all, is
  // normal, so the loader's warnings for those (one per collection, every build) are dropped.
  return gated(files, schema, { quietWhenEmpty: true });
}

function gated<S extends z.ZodType>(files: ReturnType<typeof glob>, schema: S, { quietWhenEmpty = false } = {}) {
  return defineCollection({
    loader: {
      ...files,
      load: async (context) => {
        // In a build, reads nothing until the content check has passed (src/integrations/content-check.ts).
        await buildCheckPassed();
        let loaded = false;
        await files.load({
          ...context,
          logger: quietWhenEmpty ? withoutEmptyGlobWarning(context.logger) : context.logger,
          // In dev, a file saved with a mistake is refused with the check's message (file:line: field)
          // before Astro parses it, so its old, valid data stays and Astro's own message never comes.
          parseData: async (props) => {
            const error = loaded && props.filePath ? devErrorFor(props.filePath) : undefined;
            if (error) throw error;
            return context.parseData(props);
          },
        });
        loaded = true;
      },
    },
    schema,
  });
}

export const collections = {
  pyramid: collection(COLLECTIONS.pyramid),
  themes: collection(COLLECTIONS.themes),
  groups: collection(COLLECTIONS.groups),
  failures: collection(COLLECTIONS.failures),
  stats: collection(COLLECTIONS.stats),
  sources: collection(COLLECTIONS.sources),
  glossary: collection(COLLECTIONS.glossary),
  tools: collection(COLLECTIONS.tools),
  dimensions: collection(COLLECTIONS.dimensions),
  assessment: collection(COLLECTIONS.assessment),
  pages: collection(COLLECTIONS.pages),
  // Translations, one collection per source collection (see translations() above).
  pyramidTranslations: translations(COLLECTIONS.pyramid),
  themesTranslations: translations(COLLECTIONS.themes),
  groupsTranslations: translations(COLLECTIONS.groups),
  failuresTranslations: translations(COLLECTIONS.failures),
  statsTranslations: translations(COLLECTIONS.stats),
  sourcesTranslations: translations(COLLECTIONS.sources),
  glossaryTranslations: translations(COLLECTIONS.glossary),
  toolsTranslations: translations(COLLECTIONS.tools),
  dimensionsTranslations: translations(COLLECTIONS.dimensions),
  assessmentTranslations: translations(COLLECTIONS.assessment),
  pagesTranslations: translations(COLLECTIONS.pages),
  // `satisfies`: a collection added to COLLECTIONS but not here fails the type check (npm test), naming it.
} satisfies Record<CollectionName | `${CollectionName}Translations`, unknown>;

type Logger = Parameters<ReturnType<typeof glob>['load']>[0]['logger'];
/** `logger` without the glob loader's warnings for a pattern that matches no file or a missing folder. */
function withoutEmptyGlobWarning(logger: Logger): Logger {
  const quiet = Object.create(logger) as Logger;
  quiet.warn = (message: string) => {
    if (!/^(No files found matching|The base directory .* does not exist)/.test(message)) logger.warn(message);
  };
  return quiet;
}
