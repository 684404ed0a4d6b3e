// Translated content: `content/translations/<language>/<the source's path under content/>` holds
// one entry of any collection in another language, with the source's schema plus `sourceHash`,
// the first 12 hex digits of the SHA-256 of the source file's bytes when it was translated.
import { createHash } from 'node:crypto';
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { SiteLanguages } from '../../schemas/site.ts';
import type { ContentError } from './errors.ts';
import { keptMatches } from './kept.ts';
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
 * Loads every translation under `content/translations/` in the languages the site publishes, each
 * beside the source it translates. A file with no source is an error.
 */
export function loadTranslations(contentDir: string, root: string, languages: SiteLanguages): { entries: TranslationEntry[]; errors: ContentError[] } {
  const base = join(contentDir, TRANSLATIONS_DIR);
  const show = (p: string) => relative(root, p).split('\\').join('/');
  const entries: TranslationEntry[] = [];
  const errors: ContentError[] = [];
  if (!existsSync(base)) return { entries, errors };
  const others = languages.all.slice(1).map((l) => l.code);
  // Only the languages the site publishes: the folder of a language left out of the config (a
  // white-label build of the same content in one language) is not read, so it cannot fail the build.
  for (const code of readdirSync(base).sort()) {
    if (!others.includes(code)) continue;
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

/** What one language still lacks: untranslated files, translations older than their source, strings errors. */
export interface LanguageStatus {
  code: string;
  name: string;
  /** Source files with no translation in this language (they fall back to the default language), with the hash a translation of each would carry. */
  missing: { file: string; hash: string }[];
  /**
   * Translations whose `sourceHash` is not their source's hash any more: the source changed since.
   * `replaced`: its ids, numbers or order (the collection's `kept` fields) no longer match, so the
   * pages show the source in its place until it is updated.
   */
  stale: { file: string; line?: number; source: string; hash: string; replaced?: true }[];
  /** Translations in place, each with its source. */
  translated: number;
  /** Source files in all. */
  total: number;
}

/**
 * The translation status of every language but the default: what is missing, what is older than
 * its source. Reads files only; the content check (run apart) says whether they are valid.
 */
export function translationStatus(contentDir: string, root: string, languages: SiteLanguages): LanguageStatus[] {
  const loaded = loadContent(contentDir, root).entries;
  const sources = loaded.map((e) => ({ collection: e.collection, id: e.id, file: e.file }));
  const sourceData = new Map(loaded.map((e) => [e.file, e.data]));
  const { entries } = loadTranslations(contentDir, root, languages);
  // Whether a stale translation's kept fields still match its source's (both as their schema reads them).
  const parsed = (collection: CollectionName, data: unknown) => COLLECTIONS[collection].schema.safeParse(data).data as object | undefined;
  const behind = (e: TranslationEntry) => {
    const ours = parsed(e.collection, withoutSourceHash(e.data).rest);
    const theirs = parsed(e.collection, sourceData.get(e.sourceFile));
    return ours !== undefined && theirs !== undefined && !keptMatches(ours, theirs, COLLECTIONS[e.collection].kept);
  };
  return languages.all.slice(1).map((language) => {
    const own = entries.filter((e) => e.lang === language.code);
    const done = new Set(own.map((e) => e.sourceFile));
    const stale = own.flatMap((e) => {
      const hash = hashOfFile(join(root, e.sourceFile));
      const declared = withoutSourceHash(e.data).hash;
      if (declared === hash) return [];
      const line = e.lineOf([SOURCE_HASH_FIELD]);
      return [{ file: e.file, ...(line ? { line } : {}), source: e.sourceFile, hash, ...(behind(e) ? { replaced: true as const } : {}) }];
    });
    return { code: language.code, name: language.name, missing: sources.filter((s) => !done.has(s.file)).map((s) => ({ file: s.file, hash: hashOfFile(join(root, s.file)) })),
      stale, translated: own.length, total: sources.length };
  });
}

/** The status as the `npm run translations` report prints it, one line per item. */
export function formatStatus(status: LanguageStatus[], strings: ContentError[]): string {
  const lines: string[] = [];
  for (const s of status) {
    lines.push(`${s.name} (${s.code}): ${s.translated} of ${s.total} content files translated`);
    const own = strings.filter((e) => e.file.endsWith(`/${s.code}.yaml`));
    if (own.length) {
      lines.push(`  interface strings (${own.length}):`);
      for (const e of own) lines.push(`    ${e.file}${e.line ? `:${e.line}` : ''}: ${e.field ? `${e.field}: ` : ''}${e.message}`);
    }
    if (s.stale.length) {
      lines.push(`  older than their source (${s.stale.length}): check what changed in the source, update the text, then set sourceHash`);
      for (const t of s.stale)
        lines.push(
          `    ${t.file}${t.line ? `:${t.line}` : ''}: field "sourceHash": ${t.source} has changed; set sourceHash: '${t.hash}'` +
            (t.replaced ? `; its ids, numbers or order no longer match the source's, so the pages show the source until you update it` : ''),
        );
    }
    if (s.missing.length) {
      lines.push(`  not translated (${s.missing.length}), shown in the default language with a notice:`);
      for (const m of s.missing) lines.push(`    ${m.file} -> ${translationPathOf(m.file, s.code, m.file.split('/')[0])} (sourceHash: '${m.hash}')`);
    }
  }
  return lines.join('\n');
}
