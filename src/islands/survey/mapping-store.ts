// The mapping a reader chose, remembered in this browser for files with the same column labels.
import { headerHash } from '../../calculators/survey/headers.ts';
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import { readStored, storageKey, writeStored, type Parser } from '../../lib/browser/storage.ts';

const key = (labels: readonly string[]) => storageKey(`survey-mapping:${headerHash(labels)}`);

/** Checks a stored mapping against the file's column count: every index whole and in range. */
const mappingParser = (columns: number): Parser<ColumnMapping> => ({
  safeParse(value: unknown) {
    const ok = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < columns;
    const optional = (x: unknown) => x === undefined || x === null || ok(x);
    const v = value as Record<string, unknown> | null;
    if (!v || typeof v !== 'object' || !Array.isArray(v.segments) || !v.segments.every(ok)) return { success: false };
    const drivers = v.drivers ?? [];
    if (!Array.isArray(drivers) || !drivers.every(ok)) return { success: false };
    if (!['nps', 'csat', 'ces', 'date', 'comment'].every((k) => optional(v[k]))) return { success: false };
    const at = (k: string) => (ok(v[k]) ? (v[k] as number) : undefined);
    return {
      success: true,
      data: {
        nps: at('nps'),
        csat: at('csat'),
        ces: at('ces'),
        date: at('date'),
        comment: at('comment'),
        segments: v.segments as number[],
        drivers: drivers as number[],
      },
    };
  },
});

/** The mapping remembered for these labels, or null. */
export const readMapping = (labels: readonly string[]): ColumnMapping | null => readStored(key(labels), mappingParser(labels.length));

/** Remembers a mapping for these labels (undefined columns stored as null). */
export const writeMapping = (labels: readonly string[], m: ColumnMapping): boolean =>
  writeStored(key(labels), {
    ...m,
    nps: m.nps ?? null,
    csat: m.csat ?? null,
    ces: m.ces ?? null,
    date: m.date ?? null,
    comment: m.comment ?? null,
  });
