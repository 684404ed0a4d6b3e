// The calculator's words as the English pages get them: the `calculator.*` strings of the real
// content/strings/en.yaml, read the way the build reads them (src/lib/content/strings.ts), so a
// test of a message checks the English text a reader sees.
import { join } from 'node:path';
import { CALCULATOR_WORD_KEYS, type CalculatorWords } from '../../../src/lib/browser/calculator-words.ts';
import { readStrings } from '../../../src/lib/content/strings.ts';

const file = join(import.meta.dirname, '../../../content/strings/en.yaml');

/** Every calculator word in English. */
export function englishWords(): CalculatorWords {
  const { strings, errors } = readStrings(file, 'content/strings/en.yaml');
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return Object.fromEntries(CALCULATOR_WORD_KEYS.map((k) => [k, strings[`calculator.${k}`] ?? `(missing calculator.${k})`])) as CalculatorWords;
}
