// The CX ROI calculator's definition for the shared calculator island: what ./roi-view.ts shows,
// with the working and the simulation's CSV rows, which load on demand (import()).
import { ROI_WORDS, type RoiWords } from '../../calculators/roi/words.ts';
import { ROI_FORM, type RoiInput } from '../../calculators/roi/fields.ts';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { roiViewIn } from './roi-view.ts';

export { countWords, driverValue, fillWords, horizonWords, payback, roiText, UNITS } from './roi-view.ts';

/** The simulation's CSV rows in a language's words, loaded with the export. */
const csvRowsIn = (w: RoiWords) => () =>
  import('./roi-csv.ts').then((m) => (view: Parameters<typeof m.roiSimulationRowsIn>[1]) => m.roiSimulationRowsIn(w, view));

/**
 * The CX ROI calculator's definition for the shared calculator island, in a language's words (the
 * `tools.roi.*` strings of the page's language, which the page hands the island as props).
 */
export function roiDefinitionIn(w: RoiWords, locale = 'en'): CalculatorDefinition<RoiInput, RoiResult> {
  return {
    ...roiViewIn(w, locale),
    working: () => import('./roi-working-in.ts').then(({ roiWorkingIn }) => roiWorkingIn(w)),
    csvRows: csvRowsIn(w),
  };
}

/** The definition in the default language's words; its working is `roiWorking` itself. */
function inDefaultWords(): CalculatorDefinition<RoiInput, RoiResult> {
  return {
    ...roiViewIn(ROI_WORDS, 'en', ROI_FORM),
    working: () => import('./roi-working.ts').then(({ roiWorking }) => roiWorking),
    csvRows: csvRowsIn(ROI_WORDS),
  };
}

/**
 * The CX ROI calculator's definition in the default language's words, for code that runs without a
 * page (tests; the business case's worker uses `roiCaseDefinition` of ./roi-view.ts). The tool page's island builds its own with
 * `roiDefinitionIn`, so its bundle leaves this (and the words in code) out.
 */
export const roiDefinition: CalculatorDefinition<RoiInput, RoiResult> = /* @__PURE__ */ inDefaultWords();
