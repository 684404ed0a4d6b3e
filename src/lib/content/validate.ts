// Turns zod's issues into messages an editor can act on: the field, what was expected, and
// for a misspelt key the keys that are allowed.
import type { z } from 'astro/zod';
import { closest, formatPath, type ContentError } from './errors.ts';

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The object keys a schema allows at `path`, or undefined where that is not an object. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let node: z.ZodType | undefined = schema;
  const rest = [...path];
  for (let guard = 0; node && guard < 64; guard++) {
    const def = defOf(node);
    if (['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault'].includes(def.type)) node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else if (rest.length === 0) return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
    else if (def.type === 'object' && def.shape) node = def.shape[String(rest.shift())];
    else if (def.type === 'array') {
      rest.shift();
      node = def.element;
    } else if (def.type === 'record') {
      rest.shift();
      node = def.valueType;
    }
    else return undefined;
  }
  return undefined;
}

/** Rewrites one zod issue as the sentence shown to editors. */
function describe(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return 'is required but missing';
  if (issue.code === 'invalid_type') return message.replace(/^expected (\w+), received (\w+)$/, 'must be a $1, not a $2');
  if (issue.code === 'too_small' && issue.origin === 'array') return `must list at least ${String(issue.minimum)} item(s)`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `must list at most ${String(issue.maximum)} item(s)`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `must be at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return message;
}

/**
 * Validates data against a schema. Returns the parsed value (defaults applied) or the errors,
 * each with the field and, when `lineOf` is given, the line.
 */
export function validate<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  lineOf?: (path: readonly PropertyKey[]) => number | undefined,
): { ok: true; value: z.output<T> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const errors: ContentError[] = [];
  for (const issue of result.error.issues) {
    const at = (path: readonly PropertyKey[]) => {
      const line = lineOf?.(path);
      return { file, ...(line ? { line } : {}), ...(path.length ? { field: formatPath(path) } : {}) };
    };
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path) ?? [];
      for (const key of issue.keys) {
        const guess = closest(key, allowed);
        const hint = guess ? `did you mean "${guess}"?` : `allowed: ${allowed.join(', ')}`;
        errors.push({ ...at([...issue.path, key]), message: `unknown field (${hint})` });
      }
      continue;
    }
    errors.push({ ...at(issue.path), message: describe(issue) });
  }
  return { ok: false, errors };
}
