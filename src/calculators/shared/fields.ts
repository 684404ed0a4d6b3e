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

/** What the form needs to know about one input, read from its schema. */
export interface FieldSpec {
  /** The input's key in the schema (also its name in share links). */
  key: string;
  /** What the input measures. */
  unit: Unit;
  /** Smallest allowed value, in the input's unit. */
  min: number;
  /** Largest allowed value, in the input's unit. */
  max: number;
  /** Whether only whole numbers are allowed. */
  integer: boolean;
}

/** The spec of every input of an object schema made with the builders above, in schema order. */
export function fieldSpecs(schema: z.ZodObject): FieldSpec[] {
  return Object.entries(schema.shape).map(([key, field]) => {
    const n = field as z.ZodNumber;
    const unit = (n.meta()?.['unit'] as Unit | undefined) ?? 'count';
    return {
      key,
      unit,
      min: n.minValue ?? -Number.MAX_VALUE,
      max: n.maxValue ?? Number.MAX_VALUE,
      integer: Boolean(n.isInt),
    };
  });
}
