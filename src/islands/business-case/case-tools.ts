// The tools a business case draws on (./case-views.ts, which the page's worker uses, building each
// definition in the page's language), and the same in the default language's words for code
// without a page (tests): `CASE_DEFINITIONS` holds the very definitions the tool pages use (CLV's
// with its working, which a worker could not bundle), `CASE_RANGES` ROI's range in English.
import { CASE_WORDS } from '../../calculators/business-case/words.ts';
import { ROI_WORDS } from '../../calculators/roi/words.ts';
import { churnCaseDefinition } from '../churn/churn-view.ts';
import { clvDefinition } from '../clv/clv-definition.ts';
import { effortCaseDefinition } from '../effort/effort-view.ts';
import { npsCaseDefinition } from '../nps/nps-view.ts';
import { roiCaseDefinition } from '../roi/roi-view.ts';
import type { CaseRangeOf } from './assemble.ts';
import { as, caseRangesIn, type CaseDefinitions, type CaseToolId } from './case-views.ts';

export * from './case-views.ts';

/** Each tool's definition in the default language's words, by id (tests; the worker uses `caseDefinitionsIn`). */
export const CASE_DEFINITIONS: CaseDefinitions = /* @__PURE__ */ (() => ({
  clv: as(clvDefinition),
  roi: as(roiCaseDefinition),
  churn: as(churnCaseDefinition),
  nps: as(npsCaseDefinition),
  effort: as(effortCaseDefinition),
}))();

/** The ranges in the default language's words (tests). */
export const CASE_RANGES: Partial<Record<CaseToolId, CaseRangeOf>> = /* @__PURE__ */ caseRangesIn(CASE_WORDS, { roi: ROI_WORDS });
