// Interface strings: one YAML file per language in `content/strings/<code>.yaml`, holding the words
// the layouts, pages and tools add around the content (navigation, headings, buttons, messages).
// The default language's file is the reference: every other file has exactly its keys.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SiteLanguages } from '../../schemas/site.ts';
import { closest, type ContentError } from './errors.ts';
import { parseYaml } from './load.ts';

/** Folder of the strings files under the content folder. */
export const STRINGS_DIR = 'strings';

/** One language's strings, flattened to dotted keys (`nav.pyramid`), in file order. */
export type Strings = Record<string, string>;

interface ReadStrings {
  strings: Strings;
  /** The line of each key (and of each group, so a missing key points at its group). */
  lines: Map<string, number>;
  errors: ContentError[];
}

/** The `{name}` placeholders of a string, sorted, e.g. `Last updated {date}` -> ["date"]. */
export const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Reads one strings file: groups of keys, each value a string on its own. */
export function readStrings(path: string, shown: string): ReadStrings {
  const out: ReadStrings = { strings: {}, lines: new Map(), errors: [] };
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (parsed.errors.length) {
    out.errors = parsed.errors.map((e) => ({ file: shown, line: e.line, message: e.message }));
    return out;
  }
  const walk = (value: unknown, path: string[]) => {
    const key = path.join('.');
    const line = parsed.lineOf(path);
    if (key && line) out.lines.set(key, line);
    if (typeof value === 'string' && value.trim() !== '' && path.length) out.strings[key] = value;
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    } else
      out.errors.push({
        file: shown,
        ...(line ? { line } : {}),
        ...(key ? { field: key } : {}),
        message: 'must be a text or a group of keys (an empty text is not allowed: write the words, or copy the default language’s)',
      });
  };
  walk(parsed.data, []);
  return out;
}

/**
 * Checks every language's strings file against the default language's: the file exists, has every
 * key of the default file and no other, and each text uses the same `{placeholders}`. Files of
 * languages the site does not publish are not read (a one-language build of the same content).
 */
export function checkStrings(contentDir: string, root: string, languages: SiteLanguages): ContentError[] {
  const dir = join(contentDir, STRINGS_DIR);
  const show = (p: string) => relative(root, p).split('\\').join('/');
  const errors: ContentError[] = [];
  const fileOf = (code: string) => join(dir, `${code}.yaml`);
  const reference = fileOf(languages.default.code);
  if (!existsSync(reference))
    return [{ file: show(reference), message: `file is missing: the interface strings of the default language (${languages.default.code}); copy it from the playbook's content/strings/` }];
  const main = readStrings(reference, show(reference));
  errors.push(...main.errors);
  const mainKeys = Object.keys(main.strings);
  for (const language of languages.all.slice(1)) {
    const file = fileOf(language.code);
    const shown = show(file);
    if (!existsSync(file)) {
      errors.push({ file: shown, message: `file is missing: the interface strings for ${language.name}; copy ${show(reference)} and translate every text` });
      continue;
    }
    const other = readStrings(file, shown);
    errors.push(...other.errors);
    if (other.errors.length) continue;
    for (const key of mainKeys) {
      if (key in other.strings) {
        const want = placeholders(main.strings[key]!);
        const have = placeholders(other.strings[key]!);
        if (want.join() !== have.join())
          errors.push({
            file: shown,
            ...lineOf(other.lines, key),
            field: key,
            message: `uses ${have.map((p) => `{${p}}`).join(', ') || 'no placeholder'} where ${show(reference)} uses ${want.map((p) => `{${p}}`).join(', ') || 'none'}; keep the same placeholders, translated around`,
          });
        continue;
      }
      errors.push({
        file: shown,
        ...lineOf(other.lines, key),
        field: key,
        message: `is missing: ${show(reference)}:${main.lines.get(key) ?? '?'} has it; add its ${language.name} text`,
      });
    }
    for (const key of Object.keys(other.strings)) {
      if (key in main.strings) continue;
      const guess = closest(key, mainKeys);
      errors.push({
        file: shown,
        ...lineOf(other.lines, key),
        field: key,
        message: `is not in ${show(reference)}, the default language's strings${guess ? ` (did you mean "${guess}"?)` : ''}; remove it, or add it there first`,
      });
    }
  }
  return errors;
}

/** The line of a key, or of its nearest group that exists (where a missing key belongs). */
function lineOf(lines: Map<string, number>, key: string): { line?: number } {
  const parts = key.split('.');
  for (let n = parts.length; n > 0; n--) {
    const line = lines.get(parts.slice(0, n).join('.'));
    if (line) return { line };
  }
  return {};
}
