// The cost-of-churn calculator's definition for the shared calculator island: what
// ./churn-view.ts shows, with the working, which loads on demand (import()).
import { CHURN_WORDS, type ChurnWords } from '../../calculators/churn/words.ts';
import type { ChurnInput } from '../../calculators/churn/fields.ts';
import type { ChurnResult } from '../../calculators/churn/calculate.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { churnViewIn } from './churn-view.ts';

/**
 * The cost-of-churn calculator's definition in a language's words (the `tools.churn.*` strings of
 * the page's language, which the page hands the island as props).
 */
export function churnDefinitionIn(w: ChurnWords): CalculatorDefinition<ChurnInput, ChurnResult> {
  return { ...churnViewIn(w), working: () => import('./churn-working-in.ts').then(({ churnWorkingIn }) => churnWorkingIn(w)) };
}

/** The definition in the default language's words; its working is `churnWorking` itself. */
function inDefaultWords(): CalculatorDefinition<ChurnInput, ChurnResult> {
  return { ...churnViewIn(CHURN_WORDS), working: () => import('./churn-working.ts').then(({ churnWorking }) => churnWorking) };
}

/**
 * The cost-of-churn calculator's definition in the default language's words, for code that runs
 * without a page (tests; the business case's worker uses `churnCaseDefinition` of ./churn-view.ts).
 * The tool page's island builds its own with `churnDefinitionIn`, so its bundle leaves this out.
 */
export const churnDefinition: CalculatorDefinition<ChurnInput, ChurnResult> = /* @__PURE__ */ inDefaultWords();
