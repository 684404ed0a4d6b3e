// The NPS form (./fields.ts, ./form.ts) as zod schemas, for build-time code and tests; the browser
// uses the declarations directly.
import { inputSchema } from '../shared/schema.ts';
import { NPS_FIELDS } from './fields.ts';
import { NPS_FORM } from './form.ts';

export { CSAT_MODES, INPUT_MESSAGES, MARGIN_RANGE, MAX_PASTE_CHARS, MAX_RESPONSES, SURVEY_MODES } from './fields.ts';
export type { CsatMode, NpsInput, NpsInputKey, SurveyId, SurveyMode } from './fields.ts';

/** The inputs alone, each with its own range and message. */
export const NpsInputSchema = inputSchema({ fields: NPS_FIELDS });

/** The inputs plus the model's cross-field rules: what the content check validates content/tools/nps.mdx with. */
export const NpsFormSchema = inputSchema(NPS_FORM);
