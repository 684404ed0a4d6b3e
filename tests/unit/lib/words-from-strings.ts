// The calculator's words as the pages get them: the `calculator.*` strings of the real
// content/strings/en.yaml (or another language's file), read the way the build reads them (src/lib/content/strings.ts), so a
// test of a message checks the text a reader of that language sees.
import { join } from 'node:path';
import { CALCULATOR_WORD_KEYS, type CalculatorWords } from '../../../src/lib/browser/calculator-words.ts';
import { readStrings } from '../../../src/lib/content/strings.ts';

/** Every calculator word in one language, from content/strings/<code>.yaml. */
export function calculatorWords(code: string): CalculatorWords {
  const shown = `content/strings/${code}.yaml`;
  const { strings, errors } = readStrings(join(import.meta.dirname, '../../..', shown), shown);
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return Object.fromEntries(
    CALCULATOR_WORD_KEYS.map((k) => [k, strings[`calculator.${k}`] ?? `(missing calculator.${k})`]),
  ) as CalculatorWords;
}

/** Every calculator word in English. */
export const englishWords = () => calculatorWords('en');
