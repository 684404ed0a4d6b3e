// The whole content check: load every file, validate it against its collection's schema,
// check MDX bodies, then the cross-file integrity rules. Used by the build (an integration that
// fails the build on any error), by `npm run check:content`, and by the fixture tests.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import { SiteConfigSchema, type SiteConfig } from '../../schemas/site.ts';
import { sortErrors, type ContentError } from './errors.ts';
import { checkIntegrity, type CheckedEntry, type IntegrityOptions } from './integrity.ts';
import { loadContent, parseYaml } from './load.ts';
import { checkMdxBody } from './mdx.ts';
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
  errors.push(...checkSiteConfig(resolve(root, options.siteConfigFile ?? `${contentDir}/site.yaml`), root).errors);

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
  // Cross-file rules only run on a set of files that each passed their schema; otherwise a
  // single typo would cascade into dozens of "unknown id" messages.
  if (errors.length === 0) errors.push(...checkIntegrity(checked, options));
  return sortErrors(errors);
}

export { formatReport } from './errors.ts';
