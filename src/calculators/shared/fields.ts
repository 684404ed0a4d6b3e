// Builders for calculator input fields. Each input is a zod number with its range and a `unit`
// in zod's metadata, so one schema gives the build-time content check, the run-time validation
// of what a reader types or a share link carries, and the units and ranges the form displays.
import { z } from 'astro/zod';

/** What an input measures; decides how the form labels it and how values are formatted. */
export type Unit = 'money' | 'percent' | 'points' | 'years' | 'count';

/** Largest amount of money an input accepts, in the selected currency (keeps every result finite). */
export const MAX_MONEY = 1_000_000_000;

/** Largest count (customers, orders, contacts) an input accepts. */
export const MAX_COUNT = 1_000_000_000;

const withUnit = <T extends z.ZodNumber>(schema: T, unit: Unit): T => schema.meta({ unit }) as T;

/** Money in the selected currency, from 0 to `max` (default MAX_MONEY). */
export const money = (max = MAX_MONEY) => withUnit(z.number().min(0).max(max), 'money');

/** A percentage as the reader types it: PERCENT 0-100 (5 means 5%), from 0 to `max`. */
export const percent = (max = 100) => withUnit(z.number().min(0).max(max), 'percent');

/** Percentage points added to a percentage (5 means +5 points), from 0 to `max`. */
export const points = (max = 100) => withUnit(z.number().min(0).max(max), 'points');

/** A whole number of years from `min` to `max`. */
export const wholeYears = (min: number, max: number) => withUnit(z.number().int().min(min).max(max), 'years');

/** A count (customers, orders, contacts; fractions allowed, e.g. 2.5 orders), 0 to `max`. */
export const count = (max = MAX_COUNT) => withUnit(z.number().min(0).max(max), 'count');

/** How an input is entered: a number typed in a box, one of a few choices, or free text (pasted data). */
export type FieldKind = 'number' | 'choice' | 'text';

/** What the form needs to know about one input, read from its schema. */
export interface FieldSpec {
  /** The input's key in the schema (also its name in share links). */
  key: string;
  /** How it is entered: z.number() -> 'number', z.enum() -> 'choice', z.string() -> 'text'. */
  kind: FieldKind;
  /** What a number measures (from `.meta({ unit })`; 'count' when not given). */
  unit: Unit;
  /** Smallest allowed number, in the input's unit (0 for choices and text). */
  min: number;
  /** Largest allowed number, in the input's unit (0 for choices and text). */
  max: number;
  /** Whether only whole numbers are allowed. */
  integer: boolean;
  /** The allowed values of a choice, in schema order (empty otherwise). */
  options: readonly string[];
  /** Longest text allowed, in characters (Infinity when unlimited; 0 for numbers and choices). */
  maxLength: number;
}

interface Def {
  type: string;
  innerType?: FieldSchema;
  entries?: Record<string, string>;
}
type FieldSchema = z.ZodType & { _zod: { def: Def } };

/** The spec of every input of an object schema, in schema order. */
export function fieldSpecs(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape).map(([key, field]) => {
    let node = field as FieldSchema;
    while (node._zod.def.innerType && ['optional', 'default', 'nullable', 'readonly'].includes(node._zod.def.type))
      node = node._zod.def.innerType;
    const unit = ((field as z.ZodType).meta()?.['unit'] ?? node.meta()?.['unit'] ?? 'count') as Unit;
    const base = { key, unit, min: 0, max: 0, integer: false, options: [] as string[], maxLength: 0 };
    const type = node._zod.def.type;
    if (type === 'enum') return { ...base, kind: 'choice' as const, options: Object.values(node._zod.def.entries ?? {}) };
    if (type === 'string') return { ...base, kind: 'text' as const, maxLength: (node as unknown as z.ZodString).maxLength ?? Infinity };
    const n = node as unknown as z.ZodNumber;
    return {
      ...base,
      kind: 'number' as const,
      min: n.minValue ?? -Number.MAX_VALUE,
      max: n.maxValue ?? Number.MAX_VALUE,
      integer: Boolean(n.isInt),
    };
  });
}
