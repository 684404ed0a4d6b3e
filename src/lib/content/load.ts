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

/** Parses YAML text, mapping node paths to lines; `firstLine` is the line the text starts on. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  return parseYamlWithLines(text, firstLine);
}

/** Parses YAML text into a document that knows the line of every node. */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const errors = doc.errors.map((e) => ({
    line: counter.linePos(e.pos[0]).line + firstLine - 1,
    message: `YAML syntax error: ${e.message.split('\n')[0]}`,
  }));
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

/** Loads every collection under `contentDir`; `root` is what paths in messages are relative to. */
export function loadContent(contentDir: string, root: string): { entries: RawEntry[]; errors: ContentError[] } {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  const show = (p: string) => relative(root, p).split('\\').join('/');

  for (const [collection, def] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const dir = join(contentDir, def.dir);
    if (!existsSync(dir)) {
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
