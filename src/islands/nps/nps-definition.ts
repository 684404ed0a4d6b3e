// The NPS and CSAT tool's definition for the shared calculator island: what ./nps-view.ts shows,
// with the working and the CSV rows, which load on demand (import()).
import type { NpsResult } from '../../calculators/nps/calculate.ts';
import type { NpsInput } from '../../calculators/nps/fields.ts';
import { NPS_FORM } from '../../calculators/nps/form.ts';
import { NPS_WORDS, type NpsWords } from '../../calculators/nps/words.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { npsViewIn, verdictIn } from './nps-view.ts';

/**
 * The NPS and CSAT tool's definition in a language's words (the `tools.nps.*` strings of the
 * page's language, which the page hands the island as props); the model's messages write their
 * numbers for `locale`, the page's.
 */
export function npsDefinitionIn(w: NpsWords, locale: string): CalculatorDefinition<NpsInput, NpsResult> {
  return {
    ...npsViewIn(w, locale),
    working: () => import('./nps-working-in.ts').then(({ npsWorkingIn }) => npsWorkingIn(w)),
    csvRows: () => import('./nps-export-in.ts').then(({ npsCsvRowsIn }) => npsCsvRowsIn(w)),
  };
}

/** The definition in the default language's words; its working and CSV rows are `npsWorking` and `npsCsvRows` themselves. */
function inDefaultWords(): CalculatorDefinition<NpsInput, NpsResult> {
  return {
    ...npsViewIn(NPS_WORDS, 'en', NPS_FORM),
    working: () => import('./nps-working.ts').then(({ npsWorking }) => npsWorking),
    csvRows: () => import('./nps-export.ts').then(({ npsCsvRows }) => npsCsvRows),
  };
}

/**
 * The NPS and CSAT tool's definition in the default language's words, for code that runs without a
 * page (tests; the business case's worker uses `npsCaseDefinition` of ./nps-view.ts). The tool
 * page's island builds its own with `npsDefinitionIn`, so its bundle leaves this out.
 */
export const npsDefinition: CalculatorDefinition<NpsInput, NpsResult> = /* @__PURE__ */ inDefaultWords();

/** The short verdict in the default language's words. */
export const verdictWords = (result: NpsResult): string => verdictIn(NPS_WORDS, result);
