// The tools a business case draws on, in the document's order, each with the definition its own
// page uses: the same model recalculates a saved scenario and the same words present it, so the
// document's figures read exactly as the tool's page shows them for those inputs. Only the page's
// worker (./case-worker.ts) loads this module: a worker is bundled on its own, so the definitions
// and the models they import do not change how the tool pages' own code is split into files.
// The worker builds each definition in the page's language from the words the page hands it
// (`caseDefinitionsIn`), so it bundles no tool's words. ./case-tools.ts adds the same in the default
// language's words for code without a page (tests); this module has no import(), which a worker,
// bundled as one classic script, cannot split off.
import type { CaseWords } from '../../calculators/business-case/words.ts';
import { CHURN_FORM } from '../../calculators/churn/fields.ts';
import type { ChurnWords } from '../../calculators/churn/words.ts';
import { CLV_FORM } from '../../calculators/clv/fields.ts';
import type { ClvWords } from '../../calculators/clv/words.ts';
import { EFFORT_FORM } from '../../calculators/effort/form.ts';
import type { EffortWords } from '../../calculators/effort/words.ts';
import { ROI_FORM } from '../../calculators/roi/fields.ts';
import type { RoiSimulationWords, RoiWords } from '../../calculators/roi/words.ts';
import type { FormDecl } from '../../calculators/shared/fields.ts';
import type { InputValue } from '../../lib/browser/inputs.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { churnViewIn } from '../churn/churn-view.ts';
import { clvViewIn } from '../clv/clv-view.ts';
import { effortViewIn } from '../effort/effort-view.ts';
import { npsViewIn } from '../nps/nps-view.ts';
import type { NpsWords } from '../../calculators/nps/words.ts';
import { NPS_FORM } from '../../calculators/nps/form.ts';
import { roiViewIn } from '../roi/roi-view.ts';
import type { CaseRangeOf } from './assemble.ts';
import { roiCaseRange, type RoiRangeView } from './roi-range.ts';

import type { CaseToolId, CaseToolWords } from './case-tools-ids.ts';

export { CASE_TOOL_IDS, type CaseToolId, type CaseToolWords } from './case-tools-ids.ts';

/**
 * A definition seen through saved values: inputs are a scenario's checked values. A business case
 * shows no working and exports no tool's CSV, so a tool may hand it a definition without them
 * (each tool's `*ViewIn`: `clvViewIn`, `roiViewIn`, `churnViewIn`, `effortViewIn`), which keeps
 * their code out of the worker's bundle.
 */
export type AnyDefinition = Omit<CalculatorDefinition<Record<string, InputValue>, unknown>, 'working' | 'csvRows'>;
/** Every tool's definition, by id. */
export type CaseDefinitions = Record<CaseToolId, AnyDefinition>;

export const as = <I, R>(def: Omit<CalculatorDefinition<I, R>, 'working' | 'csvRows'>) => def as unknown as AnyDefinition;

/** A tool's words as the page reads them: every `tools.<id>.*` key of its language. */
type Words = Readonly<Record<string, string>>;

/**
 * How each tool's definition is built from its words (and the page's locale, which NPS's messages
 * write their numbers in), by tool id.
 */
const CASE_VIEWS: { [K in CaseToolId]: (words: Words, locale: string) => AnyDefinition } = {
  clv: (w) => as(clvViewIn(w as ClvWords)),
  roi: (w, locale) => as(roiViewIn(w as RoiWords, locale)),
  churn: (w) => as(churnViewIn(w as ChurnWords)),
  nps: (w, locale) => as(npsViewIn(w as NpsWords, locale)),
  effort: (w) => as(effortViewIn(w as EffortWords)),
};

/**
 * Every tool's definition in the words given (the page's `tools.<id>.*`, by tool id), each built
 * when first asked for: a document builds only the definitions of the tools it has sections for.
 */
export function caseDefinitionsIn(words: CaseToolWords, locale = 'en'): CaseDefinitions {
  const made: Partial<CaseDefinitions> = {};
  const get = (id: CaseToolId) => (made[id] ??= CASE_VIEWS[id](words[id] ?? {}, locale));
  return Object.defineProperties(
    {},
    Object.fromEntries(Object.keys(CASE_VIEWS).map((id) => [id, { enumerable: true, get: () => get(id as CaseToolId) }])),
  ) as CaseDefinitions;
}

/**
 * Each tool's form with its rules' messages in the words of `definitions` (`caseDefinitionsIn`):
 * what the tool's page checks input with; the default language's form for a tool without words.
 */
export function caseFormsIn(definitions: CaseDefinitions, words: CaseToolWords): Record<CaseToolId, FormDecl> {
  return Object.fromEntries(
    (Object.keys(CASE_VIEWS) as CaseToolId[]).map((id) => [id, words[id] ? (definitions[id].form as FormDecl) : CASE_FORMS[id]]),
  ) as Record<CaseToolId, FormDecl>;
}

/** Each tool's form, the one its page checks input with (src/tools/registry.ts declares the same). */
export const CASE_FORMS: Record<CaseToolId, FormDecl> = {
  clv: CLV_FORM,
  roi: ROI_FORM,
  churn: CHURN_FORM,
  nps: NPS_FORM,
  effort: EFFORT_FORM,
};

/** What a tool adds to its section beyond its page's definition: ROI's risk-adjusted range of outcomes, in the words given (the business case's, and ROI's for its simulation). */
export function caseRangesIn(words: CaseWords, toolWords: CaseToolWords): Partial<Record<CaseToolId, CaseRangeOf>> {
  return { roi: (view) => roiCaseRange(view as unknown as RoiRangeView, words, toolWords.roi as RoiSimulationWords) };
}
