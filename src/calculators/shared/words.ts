// Filling a tool's words (the `tools.<id>.*` strings of the page's language) with values: the
// words come from content, the numbers from src/shared/format.ts in the page's locale.
import { NOT_AVAILABLE, roundTo } from '../../shared/format.ts';

/** `text` with each `{name}` replaced by its value (a name without a value stays as it is). */
export function fillWords(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A count in a language's words, by the rule of formatCount: `one` when the number as shown is
 * exactly 1 ("1 year", also for 1.02 with one decimal), else `many`; `{count}` is `number(value, digits)`.
 */
export function countWords(
  value: number,
  one: string,
  many: string,
  number: (value: number, digits: number) => string,
  digits = 1,
): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return fillWords(roundTo(value, digits) === 1 ? one : many, { count: number(value, digits) });
}
