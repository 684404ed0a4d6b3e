// The whole content check: load every file, validate it against its collection's schema,
// check MDX bodies, then the cross-file integrity rules. Used by the build (an integration that
// fails the build on any error), by `npm run check:content`, and by the fixture tests.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import { languagesOf, SiteConfigSchema, type SiteConfig, type SiteLanguages } from '../../schemas/site.ts';
import { sortErrors, type ContentError } from './errors.ts';
import { checkIntegrity, type CheckedEntry, type IntegrityOptions } from './integrity.ts';
import { loadContent, parseYaml } from './load.ts';
import { checkMdxBody } from './mdx.ts';
import { checkStrings } from './strings.ts';
import { checkKept } from './kept.ts';
import { hashOfFile, loadTranslations, SOURCE_HASH_FIELD, SOURCE_HASH_PATTERN, withoutSourceHash } from './translations.ts';
import { validate } from './validate.ts';

export interface CheckOptions extends IntegrityOptions {
  /** Project root; paths in messages are relative to it. */
  root: string;
  /** Content folder (default `<root>/content`). */
  contentDir?: string;
  /** Site config file (default `<contentDir>/site.yaml`). */
  siteConfigFile?: string;
}

/** Reads and validates the site config file. */
export function checkSiteConfig(file: string, root: string): { config?: SiteConfig; errors: ContentError[] } {
  const shown = relative(root, file).split('\\').join('/');
  if (!existsSync(file)) return { errors: [{ file: shown, message: 'site config file is missing' }] };
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  if (parsed.errors.length) return { errors: parsed.errors.map((e) => ({ file: shown, line: e.line, message: e.message })) };
  const result = validate(SiteConfigSchema, parsed.data, shown, parsed.lineOf);
  return result.ok ? { config: result.value, errors: [] } : { errors: result.errors };
}

/** Runs every content rule; returns the errors sorted by file and line (empty when all is well). */
export function checkContent(options: CheckOptions): ContentError[] {
  const root = resolve(options.root);
  const contentDir = resolve(root, options.contentDir ?? 'content');
  const errors: ContentError[] = [];
  const site = checkSiteConfig(resolve(root, options.siteConfigFile ?? `${contentDir}/site.yaml`), root);
  errors.push(...site.errors);
  const languages = site.config ? languagesOf(site.config) : undefined;
  if (languages) errors.push(...checkStrings(contentDir, root, languages));

  const loaded = loadContent(contentDir, root);
  errors.push(...loaded.errors);
  const checked: CheckedEntry[] = [];
  for (const raw of loaded.entries) {
    const result = validate(COLLECTIONS[raw.collection].schema, raw.data, raw.file, raw.lineOf);
    const mdx = raw.body ? checkMdxBody(raw.body, raw.file, raw.bodyLine) : { errors: [], refs: [] };
    errors.push(...mdx.errors);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    checked.push({ ...raw, data: result.value as Record<string, unknown>, bodyRefs: mdx.refs });
  }
  const translated = languages ? checkTranslations(contentDir, root, languages, errors) : [];
  const sources = new Map(checked.map((e) => [`${e.collection}/${e.id}`, e]));
  // The translations the pages show: those whose kept fields match their source. Only a
  // translation of the source as it is now must match it; one older than its source may lag behind
  // a change to these fields (a statement added), and the pages show the source in its place until
  // it is updated (src/data/i18n.ts; `npm run translations` lists it).
  const shown = translated.filter((t) => {
    const source = sources.get(`${t.collection}/${t.id}`);
    if (!source) return true;
    const differences = checkKept(t, source, COLLECTIONS[t.collection].kept);
    if (t.sourceHash === hashOfFile(resolve(root, t.sourceFile))) errors.push(...differences);
    return differences.length === 0;
  });
  // Cross-file rules only run on a set of files that each passed their schema; otherwise a
  // single typo would cascade into dozens of "unknown id" messages.
  if (errors.length === 0) {
    errors.push(...checkIntegrity(checked, options));
    // The same rules hold in every language: each translation in place of its source.
    const seen = new Set(errors.map((e) => JSON.stringify(e)));
    for (const language of languages?.all.slice(1) ?? []) {
      const own = new Map(shown.filter((t) => t.lang === language.code).map((t) => [`${t.collection}/${t.id}`, t]));
      if (!own.size) continue;
      const set = checked.map((e) => own.get(`${e.collection}/${e.id}`) ?? e);
      for (const e of checkIntegrity(set, options)) {
        const key = JSON.stringify(e);
        if (!seen.has(key)) errors.push(e);
        seen.add(key);
      }
    }
  }
  return sortErrors(errors);
}

/** Validates each translation against its source's schema plus `sourceHash`; returns those that pass. */
function checkTranslations(
  contentDir: string,
  root: string,
  languages: SiteLanguages,
  errors: ContentError[],
): (CheckedEntry & { lang: string; sourceFile: string; sourceHash: string })[] {
  const loaded = loadTranslations(contentDir, root, languages);
  errors.push(...loaded.errors);
  const passed: (CheckedEntry & { lang: string; sourceFile: string; sourceHash: string })[] = [];
  for (const raw of loaded.entries) {
    const { hash, rest } = withoutSourceHash(raw.data);
    const line = raw.lineOf([SOURCE_HASH_FIELD]);
    const at = { file: raw.file, ...(line ? { line } : {}), field: SOURCE_HASH_FIELD };
    let ok = true;
    if (hash === undefined) {
      errors.push({ ...at, message: `is required but missing: the first 12 hex digits of the SHA-256 of ${raw.sourceFile} when you translated it (\`npm run translations\` prints it)` });
      ok = false;
    } else if (typeof hash === 'number') {
      // A hash of digits only (or digits, one e, digits) is a number to YAML, and loses its leading zeros.
      errors.push({ ...at, message: `was read as the number ${hash}: quote it, as in sourceHash: '…' (\`npm run translations\` prints the one for ${raw.sourceFile}, quoted)` });
      ok = false;
    } else if (typeof hash !== 'string' || !SOURCE_HASH_PATTERN.test(hash)) {
      errors.push({ ...at, message: `must be 12 lower-case hex digits like 3f2a9c01b7de, not ${JSON.stringify(hash)} (\`npm run translations\` prints the one for ${raw.sourceFile})` });
      ok = false;
    }
    const result = validate(COLLECTIONS[raw.collection].schema, rest, raw.file, raw.lineOf);
    const mdx = raw.body ? checkMdxBody(raw.body, raw.file, raw.bodyLine) : { errors: [], refs: [] };
    errors.push(...mdx.errors);
    if (!result.ok) errors.push(...result.errors);
    if (ok && result.ok) passed.push({ ...raw, data: result.value as Record<string, unknown>, bodyRefs: mdx.refs, sourceHash: hash as string });
  }
  return passed;
}

export { formatReport } from './errors.ts';
