// The content rules that span more than one file (docs/content-rules.md lists them all):
// references resolve, the pyramid has exactly levels 1..5, orders are unique in their group,
// every failure pattern is covered by an assessment dimension, every tool in the registry has
// one content entry, and tool defaults and presets pass the tool's form schema.
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/index.ts';
import { closest, formatPath, type ContentError } from './errors.ts';
import type { BodyReference } from './mdx.ts';
import { TOOLS } from '../../tools/registry.ts';
import { allowedKeys, validate } from './validate.ts';

/** A validated entry: its data has passed its collection's schema. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  bodyRefs: BodyReference[];
}

/** Where each collection's references point: a field path (`*` = every item) and its target. */
const REFERENCES: { from: CollectionName; path: (string | '*')[]; to: CollectionName }[] = [
  { from: 'pyramid', path: ['tools', '*'], to: 'tools' },
  { from: 'pyramid', path: ['stats', '*'], to: 'stats' },
  { from: 'pyramid', path: ['terms', '*'], to: 'glossary' },
  { from: 'groups', path: ['source'], to: 'sources' },
  { from: 'failures', path: ['group'], to: 'groups' },
  { from: 'failures', path: ['theme'], to: 'themes' },
  { from: 'failures', path: ['sources', '*'], to: 'sources' },
  { from: 'failures', path: ['stats', '*'], to: 'stats' },
  { from: 'failures', path: ['levels', '*'], to: 'pyramid' },
  { from: 'failures', path: ['tools', '*'], to: 'tools' },
  { from: 'failures', path: ['related', '*'], to: 'failures' },
  { from: 'failures', path: ['terms', '*'], to: 'glossary' },
  { from: 'stats', path: ['source'], to: 'sources' },
  { from: 'glossary', path: ['related', '*'], to: 'glossary' },
  { from: 'tools', path: ['levels', '*'], to: 'pyramid' },
  { from: 'tools', path: ['terms', '*'], to: 'glossary' },
  { from: 'dimensions', path: ['failures', '*'], to: 'failures' },
  { from: 'assessment', path: ['pyramid', '*', 'level'], to: 'pyramid' },
  { from: 'pages', path: ['stats', '*'], to: 'stats' },
];

const NOUN: Record<CollectionName, string> = {
  pyramid: 'pyramid level', themes: 'failure theme', groups: 'failure group', failures: 'failure pattern', stats: 'stat',
  sources: 'source', glossary: 'glossary term', tools: 'tool', dimensions: 'assessment dimension',
  assessment: 'assessment model', pages: 'page',
};
const FOLDER: Record<CollectionName, string> = {
  pyramid: 'content/pyramid/', themes: 'content/failure-themes/', groups: 'content/failure-groups/', failures: 'content/failures/',
  stats: 'content/stats/', sources: 'content/sources/', glossary: 'content/glossary/', tools: 'content/tools/',
  dimensions: 'content/assessment/dimensions/', assessment: 'content/assessment/', pages: 'content/pages/',
};

/** Every (path, value) pair that a path with `*` wildcards selects in `data`. */
function select(data: unknown, path: (string | '*')[], prefix: PropertyKey[] = []): [PropertyKey[], unknown][] {
  if (path.length === 0) return [[prefix, data]];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((v, i) => select(v, rest, [...prefix, i])) : [];
  if (data && typeof data === 'object' && head! in data) return select((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
  return [];
}

export interface IntegrityOptions {
  /**
   * The tools, by id, each with its form schema (undefined when its inputs are content of their
   * own). Default: the tool registry, src/tools/registry.ts. Tests pass stand-ins.
   */
  tools?: Readonly<Record<string, { schema: z.ZodType | undefined }>>;
}

export function checkIntegrity(entries: CheckedEntry[], options: IntegrityOptions): ContentError[] {
  const errors: ContentError[] = [];
  const byCollection = new Map<CollectionName, CheckedEntry[]>();
  for (const e of entries) byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e]);
  const ids = (c: CollectionName) => new Set((byCollection.get(c) ?? []).map((e) => e.id));
  const all = (c: CollectionName) => byCollection.get(c) ?? [];
  const at = (e: CheckedEntry, path: readonly PropertyKey[], message: string): ContentError => {
    const line = e.lineOf(path);
    return { file: e.file, ...(line ? { line } : {}), ...(path.length ? { field: formatPath(path) } : {}), message };
  };
  const unknownRef = (to: CollectionName, id: string) => {
    const guess = closest(id, ids(to));
    return `no ${NOUN[to]} "${id}" in ${FOLDER[to]}${guess ? ` (did you mean "${guess}"?)` : ''}`;
  };

  // 1. Every reference resolves.
  for (const ref of REFERENCES) {
    const targets = ids(ref.to);
    for (const e of all(ref.from)) {
      for (const [path, value] of select(e.data, ref.path)) {
        if (typeof value === 'string' && !targets.has(value)) errors.push(at(e, path, unknownRef(ref.to, value)));
      }
    }
  }
  for (const e of entries) {
    for (const r of e.bodyRefs) {
      if (!ids(r.collection).has(r.id))
        errors.push({ file: e.file, line: r.line, message: `<${r.component} id="${r.id}">: ${unknownRef(r.collection, r.id)}` });
    }
  }

  // 2. The pyramid has exactly levels 1..5, each once.
  const levelOwner = new Map<number, CheckedEntry>();
  for (const e of all('pyramid')) {
    const level = e.data.level as number;
    const other = levelOwner.get(level);
    if (other) errors.push(at(e, ['level'], `level ${level} is already used by ${other.file}; each level 1 to 5 appears once`));
    else levelOwner.set(level, e);
  }
  for (let level = 1; level <= 5; level++) {
    if (!levelOwner.has(level))
      errors.push({ file: FOLDER.pyramid, field: 'level', message: `no file has level ${level}; the pyramid needs exactly one file for each level 1 to 5` });
  }

  // 3. Orders are unique inside their group.
  const uniqueOrder = (list: CheckedEntry[], where: string, field = 'order') => {
    const seen = new Map<number, CheckedEntry>();
    for (const e of list) {
      const o = e.data[field] as number;
      const other = seen.get(o);
      if (other) errors.push(at(e, [field], `${field} ${o} is already used by ${other.file}${where}`));
      else seen.set(o, e);
    }
  };
  for (const c of ['themes', 'groups', 'sources', 'tools', 'dimensions'] as const) uniqueOrder(all(c), '');
  for (const g of ids('groups')) uniqueOrder(all('failures').filter((f) => f.data.group === g), ` in the group "${g}"`);
  for (const t of ids('themes')) uniqueOrder(all('failures').filter((f) => f.data.theme === t), ` in the theme "${t}"`, 'themeOrder');
  const uniqueIds = (e: CheckedEntry, listField: string, noun: string) => {
    const seen = new Set<string>();
    (e.data[listField] as { id: string }[]).forEach((item, i) => {
      if (seen.has(item.id)) errors.push(at(e, [listField, i, 'id'], `${noun} id "${item.id}" is used twice in this file`));
      seen.add(item.id);
    });
  };
  for (const e of all('tools')) uniqueIds(e, 'presets', 'preset');
  for (const e of all('dimensions')) uniqueIds(e, 'statements', 'statement');

  // 4. Failure patterns and assessment dimensions cover each other.
  const covered = new Set(all('dimensions').flatMap((d) => d.data.failures as string[]));
  for (const f of all('failures')) {
    if (!covered.has(f.id))
      errors.push({ file: f.file, message: `no assessment dimension lists this failure pattern; add "${f.id}" to the "failures" field of a file in ${FOLDER.dimensions}` });
  }

  // 5. The assessment model: one file, one question per pyramid level.
  const models = all('assessment');
  if (models.length !== 1 || models[0]?.id !== 'model')
    errors.push({ file: FOLDER.assessment, message: `expected exactly one file, model.yaml (found: ${models.map((m) => `${m.id}.yaml`).join(', ') || 'none'})` });
  for (const m of models) {
    const seen = new Map<string, number>();
    (m.data.pyramid as { level: string }[]).forEach((q, i) => {
      if (seen.has(q.level)) errors.push(at(m, ['pyramid', i, 'level'], `level "${q.level}" is already asked about in pyramid[${seen.get(q.level)}]; ask one question per level`));
      seen.set(q.level, i);
    });
  }

  // 6. Every declared tool has exactly one content entry; no entry names an undeclared tool.
  const tools: Readonly<Record<string, { schema: z.ZodType | undefined }>> = options.tools ?? TOOLS;
  for (const id of Object.keys(tools)) {
    const entries = all('tools').filter((t) => t.data.calculator === id);
    if (entries.length === 0)
      errors.push({ file: `${FOLDER.tools}${id}.mdx`, message: `file is missing: the "${id}" tool is declared in src/tools/registry.ts, so it needs a content entry with calculator: ${id} (start from templates/tool.mdx)` });
    for (const extra of entries.slice(1))
      errors.push(at(extra, ['calculator'], `the "${id}" tool already has its content in ${entries[0]!.file}; each tool has one entry`));
  }
  for (const t of all('tools')) {
    if (!(String(t.data.calculator) in tools))
      errors.push(at(t, ['calculator'], `no tool "${String(t.data.calculator)}" in src/tools/registry.ts (tools: ${Object.keys(tools).join(', ')})`));
  }

  // 7. Tool defaults and presets pass the tool's form schema, the one that checks what readers type.
  for (const t of all('tools')) {
    const schema = tools[t.data.calculator as string]?.schema;
    if (!schema) continue;
    const inputs = allowedKeys(schema, []) ?? [];
    const defaults = t.data.defaults as Record<string, unknown>;
    const fields = t.data.fields as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!inputs.includes(key)) errors.push(at(t, ['fields', key], `the ${t.data.calculator as string} calculator has no input "${key}" (inputs: ${inputs.join(', ')})`));
    }
    for (const key of inputs) {
      if (!(key in fields)) errors.push(at(t, ['fields'], `input "${key}" has no label and help text; add fields.${key}.label and fields.${key}.help`));
    }
    // `only`: report just the errors in these inputs (a preset's own values; the defaults it
    // inherits are reported once, under `defaults`).
    const check = (values: unknown, path: PropertyKey[], only?: string[]) => {
      const result = validate(schema, values, t.file);
      if (result.ok) return;
      for (const err of result.errors) {
        if (only && err.field && !only.includes(err.field.split(/[.[]/)[0] ?? '')) continue;
        const fieldPath = [...path, ...(err.field ? err.field.split('.') : [])];
        errors.push(at(t, fieldPath, `${err.message} (checked by the ${t.data.calculator as string} tool's form schema)`));
      }
    };
    check(defaults, ['defaults']);
    (t.data.presets as { values: Record<string, unknown> }[]).forEach((p, i) => {
      const unknown = Object.keys(p.values).filter((k) => !inputs.includes(k));
      for (const k of unknown) errors.push(at(t, ['presets', i, 'values', k], `the ${t.data.calculator as string} calculator has no input "${k}" (inputs: ${inputs.join(', ')})`));
      if (!unknown.length) check({ ...defaults, ...p.values }, ['presets', i, 'values'], Object.keys(p.values));
    });
  }
  return errors;
}
