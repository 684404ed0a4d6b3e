// The CLV calculator's definition: its presentation (./clv-view.ts) and the working, which loads
// on demand. The math is in src/calculators/clv/.
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import type { ClvResult } from '../../calculators/clv/calculate.ts';
import { CLV_WORDS, type ClvWords } from '../../calculators/clv/words.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import type { ClvInput } from '../../calculators/clv/fields.ts';
import { clvViewIn } from './clv-view.ts';

export { countWords, fillWords };

/**
 * The CLV calculator's definition for the shared calculator island, in a language's words (the
 * `tools.clv.*` strings of the page's language, which the page hands the island as props).
 */
export function clvDefinitionIn(w: ClvWords): CalculatorDefinition<ClvInput, ClvResult> {
  return { ...clvViewIn(w), working: () => import('./clv-working-in.ts').then(({ clvWorkingIn }) => clvWorkingIn(w)) };
}

/** The definition in the default language's words; its working is `clvWorking` itself. */
function inDefaultWords(): CalculatorDefinition<ClvInput, ClvResult> {
  return { ...clvDefinitionIn(CLV_WORDS), working: () => import('./clv-working.ts').then(({ clvWorking }) => clvWorking) };
}

/**
 * The CLV calculator's definition in the default language's words, for code that runs without a
 * page (tests). The tool page's island builds its own with
 * `clvDefinitionIn`, so its bundle leaves this (and the words in code) out.
 */
export const clvDefinition: CalculatorDefinition<ClvInput, ClvResult> = /* @__PURE__ */ inDefaultWords();
