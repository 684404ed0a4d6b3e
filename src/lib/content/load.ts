// Reads the content folder the way Astro's glob() loaders do, keeping what Astro forgets:
// the line of every YAML key, so errors can point editors at the exact line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ID_PATTERN } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { ContentError } from './errors.ts';

/** One content file, parsed but not yet validated. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path shown in messages, relative to the project root. */
  file: string;
  /** Frontmatter (MDX) or whole-file data (YAML), as plain JavaScript values. */
  data: unknown;
  /** The MDX body after the frontmatter ('' for YAML). */
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
  /** The line of the YAML node at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ParsedYaml {
  data: unknown;
  errors: { line: number; message: string }[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Parses YAML text into a document that knows the line of every node; `firstLine` is the line the text starts on. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const errors = explainYamlErrors(doc.errors, text, counter).map((e) => ({ line: e.line + firstLine - 1, message: e.message }));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (n === 0) {
        const start = (doc.contents as { range?: [number] } | null)?.range?.[0];
        return start === undefined ? firstLine : counter.linePos(start).line + firstLine - 1;
      }
      if (node && node.range) {
        // Point at the key's line for values (a nested map's range starts on the next line).
        const pair = findPairLine(doc, path.slice(0, n), counter);
        return (pair ?? counter.linePos(node.range[0]).line) + firstLine - 1;
      }
    }
    return undefined;
  };
  return { data: errors.length ? undefined : (doc.toJS() ?? {}), errors, lineOf };
}

/** What the `yaml` package reports: a code, a message, and the character range it is about. */
interface YamlError {
  code: string;
  message: string;
  pos: [number, number];
}

/** The text of line `n` (1-based). */
const lineText = (lines: string[], n: number) => lines[n - 1] ?? '';
/** The key a `key: value` line starts with, if any. */
const keyOf = (line: string) => /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];

/**
 * Rewrites the YAML parser's errors as an editor can act on them: the line where the mistake is
 * (the parser often reports the line before an over-indented key) and what to check. One message
 * per mistake: the parser's follow-on errors about the same spot are dropped.
 */
export function explainYamlErrors(errors: readonly YamlError[], text: string, counter: LineCounter): { line: number; message: string }[] {
  const lines = text.split(/\r?\n/);
  const out: { line: number; message: string }[] = [];
  const seen = new Set<number>();
  for (const e of errors) {
    if (seen.has(e.pos[0])) continue;
    seen.add(e.pos[0]);
    const start = counter.linePos(e.pos[0]).line;
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY') {
      // Either a deeper-indented line under a key that already has a value (the parser reports the
      // key's line and the error runs on to the indented one), or ": " inside a value on one line.
      const follow = errors.find((o) => o.code === 'MULTILINE_IMPLICIT_KEY' && o.pos[0] === e.pos[0]);
      const end = follow ? counter.linePos(follow.pos[1]).line : start;
      const deeper = lines.findIndex((l, i) => i + 1 > start && i + 1 <= end && l.trim() !== '' && !l.trim().startsWith('#'));
      if (deeper >= 0) {
        const key = keyOf(lineText(lines, start)) ?? 'the key above';
        out.push({
          line: deeper + 1,
          message: `YAML indentation: this line is indented deeper than "${key}:" on line ${start}, which already has a value; line it up with the keys around it (to nest it under "${key}", leave nothing after that colon)`,
        });
      } else {
        const key = keyOf(lineText(lines, start));
        out.push({
          line: start,
          message: `YAML: the value${key ? ` of "${key}"` : ''} contains ": ", which YAML reads as a new key; put the whole value in quotes, e.g. ${key ?? 'title'}: "…: …"`,
        });
      }
    } else if (e.code === 'MULTILINE_IMPLICIT_KEY') {
      out.push({ line: start, message: 'YAML: a key must fit on one line; check the indentation of this line and the next, and quote a value that runs over several lines' });
    } else if (e.code === 'TAB_AS_INDENT') {
      out.push({ line: start, message: 'YAML indentation: this line is indented with a tab; use spaces' });
    } else if (/^Flow (sequence|map)/.test(e.message)) {
      // An unclosed [ or {: the parser notices on the next line; the mistake is the line that opened it.
      const close = /sequence/.test(e.message) ? ']' : '}';
      const opener = close === ']' ? '[' : '{';
      const open = lines.findLastIndex((l, i) => i + 1 < start && l.includes(opener) && !l.includes(close));
      out.push({
        line: open >= 0 ? open + 1 : start,
        message: `YAML: a list or map opened with ${opener} is not closed; end it with ${close} on the same line (or quote a value that starts with ${opener})`,
      });
    } else if (e.code === 'BAD_INDENT') {
      out.push({ line: start, message: 'YAML indentation: keys at the same level must start at the same column; line this one up with the keys above it' });
    } else if (e.code === 'DUPLICATE_KEY') {
      const key = keyOf(lineText(lines, start));
      out.push({ line: start, message: `YAML: "${key ?? 'this key'}" appears twice at the same level; keep one` });
    } else if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
      // The parser notices at the end of the text; the mistake is the last line that opens a quote it never closes.
      const open = lines.findLastIndex((l, i) => i + 1 <= start && (l.split('"').length - 1) % 2 === 1);
      out.push({ line: open >= 0 ? open + 1 : start, message: 'YAML: a quoted value is not closed; add the closing quote mark (a quote inside the value is written \\" or the value put in single quotes)' });
    } else {
      out.push({ line: start, message: `YAML syntax error: ${e.message.split('\n')[0]}; check the indentation (spaces, keys at the same level in the same column) and quote values that contain ": "` });
    }
  }
  return out;
}

function findPairLine(doc: ReturnType<typeof parseDocument>, path: readonly PropertyKey[], counter: LineCounter) {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  const key = path[path.length - 1];
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number] } }[] } | null)?.items;
  if (!items || typeof key !== 'string') return undefined;
  const pair = items.find((p) => p.key?.value === key);
  return pair?.key?.range ? counter.linePos(pair.key.range[0]).line : undefined;
}

/** Splits an MDX file into frontmatter text and body; the frontmatter is fenced by `---` lines. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Loads every collection under `contentDir`; `root` is what paths in messages are relative to.
 * `optional`: a missing collection folder is no error (a language's translations hold only some).
 */
export function loadContent(contentDir: string, root: string, { optional = false } = {}): { entries: RawEntry[]; errors: ContentError[] } {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  const show = (p: string) => relative(root, p).split('\\').join('/');

  for (const [collection, def] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const dir = join(contentDir, def.dir);
    if (!existsSync(dir)) {
      if (optional) continue;
      errors.push({ file: `${show(dir)}/`, message: `folder is missing: the ${collection} collection lives here` });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory() || name.startsWith('.')) continue;
      const dot = name.lastIndexOf('.');
      const id = dot > 0 ? name.slice(0, dot) : name;
      const ext = dot > 0 ? name.slice(dot + 1) : '';
      if (ext !== def.ext) {
        errors.push({ file: show(path), message: `not a .${def.ext} file: the ${collection} collection only reads .${def.ext} files, so this one would be ignored` });
        continue;
      }
      if (!ID_PATTERN.test(id)) {
        errors.push({ file: show(path), message: `file name "${id}" must be lower-case words joined by hyphens (it becomes the entry id and URL)` });
        continue;
      }
      const source = readFileSync(path, 'utf8');
      let yamlText = source;
      let body = '';
      let bodyLine = 1;
      let firstLine = 1;
      if (def.ext === 'mdx') {
        const parts = splitFrontmatter(source);
        if (!parts) {
          errors.push({ file: show(path), line: 1, message: 'frontmatter is missing: the file must start with a block fenced by --- lines' });
          continue;
        }
        ({ body, bodyLine } = parts);
        yamlText = parts.frontmatter;
        firstLine = 2;
      }
      const parsed = parseYaml(yamlText, firstLine);
      for (const e of parsed.errors) errors.push({ file: show(path), line: e.line, message: e.message });
      if (parsed.errors.length) continue;
      entries.push({ collection, id, file: show(path), data: parsed.data, body, bodyLine, lineOf: parsed.lineOf });
    }
  }
  return { entries, errors };
}
