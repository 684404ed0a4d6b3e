// The customer effort tool's definition for the shared calculator island: what ./effort-view.ts
// shows, with the working, which loads on demand (import()).
import { EFFORT_FORM } from '../../calculators/effort/form.ts';
import { EFFORT_WORDS, type EffortWords } from '../../calculators/effort/words.ts';
import type { EffortInput } from '../../calculators/effort/fields.ts';
import type { EffortResult } from '../../calculators/effort/calculate.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { effortViewIn } from './effort-view.ts';

/**
 * The customer effort tool's definition in a language's words (the `tools.effort.*` strings of the
 * page's language, which the page hands the island as props).
 */
export function effortDefinitionIn(w: EffortWords): CalculatorDefinition<EffortInput, EffortResult> {
  return { ...effortViewIn(w), working: () => import('./effort-working-in.ts').then(({ effortWorkingIn }) => effortWorkingIn(w)) };
}

/** The definition in the default language's words; its working is `effortWorking` itself. */
function inDefaultWords(): CalculatorDefinition<EffortInput, EffortResult> {
  return {
    ...effortViewIn(EFFORT_WORDS, EFFORT_FORM),
    working: () => import('./effort-working.ts').then(({ effortWorking }) => effortWorking),
  };
}

/**
 * The customer effort tool's definition in the default language's words, for code that runs
 * without a page (tests; the business case's worker uses `effortCaseDefinition` of ./effort-view.ts).
 * The tool page's island builds its own with `effortDefinitionIn`, so its bundle leaves this out.
 */
export const effortDefinition: CalculatorDefinition<EffortInput, EffortResult> = /* @__PURE__ */ inDefaultWords();
