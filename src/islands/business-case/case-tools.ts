// The tools a business case draws on, in the document's order, each with the definition its own
// page uses: the same model recalculates a saved scenario and the same words present it, so the
// document's figures read exactly as the tool's page shows them for those inputs. Only the page's
// worker (./case-worker.ts) loads this module: a worker is bundled on its own, so the definitions
// and the models they import do not change how the tool pages' own code is split into files.
import type { FormDecl } from '../../calculators/shared/fields.ts';
import type { InputValue } from '../../lib/browser/inputs.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { churnCaseDefinition } from '../churn/churn-view.ts';
import { clvDefinition } from '../clv/clv-definition.ts';
import { effortCaseDefinition } from '../effort/effort-view.ts';
import { npsCaseDefinition } from '../nps/nps-view.ts';
import { roiCaseDefinition } from '../roi/roi-view.ts';
import type { CaseRangeOf } from './assemble.ts';
import { roiCaseRange, type RoiRangeView } from './roi-range.ts';

import type { CaseToolId } from './case-tools-ids.ts';

export { CASE_TOOL_IDS, type CaseToolId } from './case-tools-ids.ts';

/**
 * A definition seen through saved values: inputs are a scenario's checked values. A business case
 * shows no working and exports no tool's CSV, so a tool may hand it a definition without them
 * (ROI's `roiCaseDefinition`, churn's `churnCaseDefinition`, effort's `effortCaseDefinition`), which keeps their code out of the worker's bundle.
 */
export type AnyDefinition = Omit<CalculatorDefinition<Record<string, InputValue>, unknown>, 'working' | 'csvRows'>;
/** Every tool's definition, by id. */
export type CaseDefinitions = Record<CaseToolId, AnyDefinition>;

const as = <I, R>(def: Omit<CalculatorDefinition<I, R>, 'working' | 'csvRows'>) => def as unknown as AnyDefinition;

/** Each tool's definition, by id. */
export const CASE_DEFINITIONS: CaseDefinitions = {
  clv: as(clvDefinition),
  roi: as(roiCaseDefinition),
  churn: as(churnCaseDefinition),
  nps: as(npsCaseDefinition),
  effort: as(effortCaseDefinition),
};

/** Each tool's form, the one its page checks input with (src/tools/registry.ts declares the same). */
export const CASE_FORMS = Object.fromEntries(Object.entries(CASE_DEFINITIONS).map(([id, def]) => [id, def.form])) as Record<
  CaseToolId,
  FormDecl
>;

/** What a tool adds to its section beyond its page's definition: ROI's risk-adjusted range of outcomes. */
export const CASE_RANGES: Partial<Record<CaseToolId, CaseRangeOf>> = {
  roi: (view) => roiCaseRange(view as unknown as RoiRangeView),
};
