// The tools a business case draws on, in the document's order, each with the definition its own
// page uses: the same model recalculates a saved scenario and the same words present it, so the
// document's figures read exactly as the tool's page shows them for those inputs. A tool added
// here must keep scenarios (the shared calculator does) and appear in CASE_TOOL_IDS.
import type { InputValue } from '../../lib/browser/inputs.ts';
import type { CalculatorDefinition } from '../calculator/types.ts';
import { churnDefinition } from '../churn/churn-definition.ts';
import { clvDefinition } from '../clv/clv-definition.ts';
import { effortDefinition } from '../effort/effort-definition.ts';
import { npsDefinition } from '../nps/nps-definition.ts';
import { roiDefinition } from '../roi/roi-definition.ts';

/** Ids of the tools, in the order their sections appear. */
export const CASE_TOOL_IDS = ['clv', 'roi', 'churn', 'nps', 'effort'] as const;
export type CaseToolId = (typeof CASE_TOOL_IDS)[number];

/** A definition seen through saved values: inputs are a scenario's checked values. */
export type AnyDefinition = CalculatorDefinition<Record<string, InputValue>, unknown>;

const as = <I, R>(def: CalculatorDefinition<I, R>) => def as unknown as AnyDefinition;

/** Each tool's definition, by id. */
export const CASE_DEFINITIONS: Record<CaseToolId, AnyDefinition> = {
  clv: as(clvDefinition),
  roi: as(roiDefinition),
  churn: as(churnDefinition),
  nps: as(npsDefinition),
  effort: as(effortDefinition),
};
