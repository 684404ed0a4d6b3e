// Translated content: `content/translations/<language>/<the source's path under content/>` holds
// one entry of any collection in another language, with the source's schema plus `sourceHash`,
// the first 12 hex digits of the SHA-256 of the source file's bytes when it was translated.
import { createHash } from 'node:crypto';
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { SiteLanguages } from '../../schemas/site.ts';
import type { ContentError } from './errors.ts';
import { loadContent, type RawEntry } from './load.ts';

/** Folder of the translations under the content folder. */
export const TRANSLATIONS_DIR = 'translations';

/** The field a translation adds to its source's schema. */
export const SOURCE_HASH_FIELD = 'sourceHash';

/** What `sourceHash` must look like: 12 lower-case hex digits. */
export const SOURCE_HASH_PATTERN = /^[0-9a-f]{12}$/;

/** The first 12 hex digits of the SHA-256 of a source file's bytes: the `sourceHash` a translation of it carries. */
export function sourceHash(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** A translated entry as loaded: its source entry's collection and id, and its language. */
export interface TranslationEntry extends RawEntry {
  /** Code of the language it is written in. */
  lang: string;
  /** Path of the source file, relative to the project root. */
  sourceFile: string;
}

/**
 * Loads every translation under `content/translations/`, each beside the source it translates. A
 * folder for a language the site does not list, or a file with no source, is an error.
 */
export function loadTranslations(contentDir: string, root: string, languages: SiteLanguages): { entries: TranslationEntry[]; errors: ContentError[] } {
  const base = join(contentDir, TRANSLATIONS_DIR);
  const show = (p: string) => relative(root, p).split('\\').join('/');
  const entries: TranslationEntry[] = [];
  const errors: ContentError[] = [];
  if (!existsSync(base)) return { entries, errors };
  const others = languages.all.slice(1).map((l) => l.code);
  for (const code of readdirSync(base).sort()) {
    if (code.startsWith('.')) continue;
    if (!others.includes(code)) {
      const why = code === languages.default.code ? `${code} is the default language, whose content is the source itself` : `the site config lists no language "${code}"`;
      errors.push({ file: `${show(join(base, code))}/`, message: `${why}; translations live in a folder named after another language's code (${others.join(', ') || 'none listed'})` });
      continue;
    }
    const loaded = loadContent(join(base, code), root, { optional: true });
    errors.push(...loaded.errors);
    for (const entry of loaded.entries) {
      const sourcePath = join(contentDir, COLLECTIONS[entry.collection].dir, `${entry.id}.${COLLECTIONS[entry.collection].ext}`);
      if (!existsSync(sourcePath)) {
        errors.push({ file: entry.file, message: `translates nothing: there is no ${show(sourcePath)}; a translation keeps its source's folder and file name` });
        continue;
      }
      entries.push({ ...entry, lang: code, sourceFile: show(sourcePath) });
    }
  }
  return { entries, errors };
}

/** Splits a translation's data into its `sourceHash` and the fields its source's schema checks. */
export function withoutSourceHash(data: unknown): { hash: unknown; rest: unknown } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { hash: undefined, rest: data };
  const { [SOURCE_HASH_FIELD]: hash, ...rest } = data as Record<string, unknown>;
  return { hash, rest };
}

/** The collection and id of every source entry, for listing what a language has not translated. */
export function sourceFiles(contentDir: string, root: string): { collection: CollectionName; id: string; file: string }[] {
  return loadContent(contentDir, root).entries.map((e) => ({ collection: e.collection, id: e.id, file: e.file }));
}

/** Where a translation of a source file lives: `content/failures/x.mdx` -> `content/translations/de/failures/x.mdx`. */
export function translationPathOf(sourceFile: string, code: string, contentRoot = 'content'): string {
  const inside = sourceFile.startsWith(`${contentRoot}/`) ? sourceFile.slice(contentRoot.length + 1) : sourceFile;
  return `${contentRoot}/${TRANSLATIONS_DIR}/${code}/${inside}`;
}

/** Reads a file's bytes and hashes them (the `sourceHash` its translations should carry). */
export function hashOfFile(path: string): string {
  return sourceHash(readFileSync(path));
}

/** The glob pattern, under the translations folder, of a collection's translations in every language. */
export const translationPattern = (def: { dir: string; ext: string }) => `*/${def.dir}/*.${def.ext}`;

/** Whether any language has a translation of the collection kept in `def.dir`. */
export function hasTranslations(contentDir: string, def: { dir: string; ext: string }): boolean {
  const base = join(contentDir, TRANSLATIONS_DIR);
  return existsSync(base) && globSync(translationPattern(def), { cwd: base }).length > 0;
}
