// A translation changes words, nothing else: the fields its collection lists as `kept`
// (src/schemas/index.ts) must be what its source has, so a German reader's tools, scores, links
// and plan give the same figures as an English reader's. Pure: compares two checked entries.
import { closest, formatPath, type ContentError } from './errors.ts';

/** What the rule needs of an entry: its checked data, file and the line of a field. */
export interface KeptEntry {
  data: Record<string, unknown>;
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const WHY = 'a translation changes only the words; ids, numbers, references and the order of lists stay as in its source';

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Every difference between a translation and its source in the `kept` fields (`a`, `a[].b`,
 * `a[]`, `a{}`), as errors at the translation's file and line.
 */
export function checkKept(translation: KeptEntry, source: KeptEntry, kept: readonly string[]): ContentError[] {
  const errors = new Map<string, ContentError>();
  // Two kept fields under one list (`presets[].id`, `presets[].values`) find a short list once.
  const at = (path: PropertyKey[], message: string) => {
    const line = translation.lineOf(path);
    const field = formatPath(path);
    errors.set(`${field}: ${message}`, { file: translation.file, ...(line ? { line } : {}), field, message });
  };
  const walk = (ours: unknown, theirs: unknown, steps: string[], path: PropertyKey[]) => {
    const [step, ...rest] = steps;
    if (step === undefined) {
      if (JSON.stringify(ours) !== JSON.stringify(theirs))
        at(path, `must be ${show(theirs)} as in ${source.file}, not ${show(ours)}: ${WHY}`);
      return;
    }
    const name = step.replace(/(\[\]|\{\})$/, '');
    const here = [...path, name];
    const mine = (ours as Record<string, unknown> | undefined)?.[name];
    const its = (theirs as Record<string, unknown> | undefined)?.[name];
    if (step.endsWith('[]')) {
      const a = Array.isArray(mine) ? mine : [];
      const b = Array.isArray(its) ? its : [];
      if (a.length !== b.length) {
        at(here, `has ${a.length} item${a.length === 1 ? '' : 's'} where ${source.file} has ${b.length}: ${WHY}`);
        return;
      }
      a.forEach((item, i) => {
        if (rest.length) walk(item, b[i], rest, [...here, i]);
      });
    } else if (step.endsWith('{}')) {
      const a = Object.keys((mine as object | undefined) ?? {});
      const b = Object.keys((its as object | undefined) ?? {});
      for (const key of b.filter((k) => !a.includes(k))) at(here, `has no "${key}" where ${source.file} has one: ${WHY}`);
      for (const key of a.filter((k) => !b.includes(k))) {
        const near = closest(key, b);
        at([...here, key], `is not in ${source.file}${near ? ` (did you mean "${near}"?)` : ''}: ${WHY}`);
      }
    } else walk(mine, its, rest, here);
  };
  for (const field of kept) walk(translation.data, source.data, field.split('.'), []);
  return [...errors.values()];
}

/** Whether a translation's data has its source's `kept` fields (the pages' test; no lines needed). */
export function keptMatches(translation: object, source: object, kept: readonly string[]): boolean {
  const entry = (data: object, file: string): KeptEntry => ({ data: data as Record<string, unknown>, file, lineOf: () => undefined });
  return checkKept(entry(translation, 'translation'), entry(source, 'source'), kept).length === 0;
}
