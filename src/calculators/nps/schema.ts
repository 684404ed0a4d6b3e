// The NPS form (./fields.ts, ./form.ts) as zod schemas, with the content check's own words for
// each kind of input, for build-time code and tests; the browser uses the declarations directly
// and writes its own messages (src/lib/browser/inputs.ts).
import { inputSchema } from '../shared/schema.ts';
import { NPS_FIELDS, type NpsInputKey } from './fields.ts';
import { NPS_FORM } from './form.ts';

export { CSAT_MODES, MARGIN_RANGE, MAX_PASTE_CHARS, MAX_RESPONSES, SURVEY_MODES } from './fields.ts';
export type { CsatMode, NpsInput, NpsInputKey, SurveyId, SurveyMode } from './fields.ts';

/** The content check's messages, one per kind of field. */
export const INPUT_MESSAGES = {
  count: 'Enter a whole number of responses from 0 to 10,000,000.',
  percent: 'Enter a percentage from 0 to 100.',
  scores: 'Paste at most 200,000 characters of scores (about 60,000 responses); for more, enter the counts instead.',
  surveyMode: 'Choose counts, percentages with a total, or pasted scores.',
  csatMode: 'Choose five answer counts, or satisfied answers out of a total.',
  margin: 'Enter a margin of error from 0.5 to 50 points.',
} as const;

/** The message for one input, by the kind its key names. */
function messageFor(key: NpsInputKey): string {
  if (key === 'marginOfError') return INPUT_MESSAGES.margin;
  if (key === 'csatMode') return INPUT_MESSAGES.csatMode;
  if (key.endsWith('Mode')) return INPUT_MESSAGES.surveyMode;
  if (key.endsWith('Scores')) return INPUT_MESSAGES.scores;
  if (key.endsWith('Percent')) return INPUT_MESSAGES.percent;
  return INPUT_MESSAGES.count;
}

const MESSAGES = Object.fromEntries(Object.keys(NPS_FIELDS).map((key) => [key, messageFor(key as NpsInputKey)])) as Record<
  NpsInputKey,
  string
>;

/** The inputs alone, each with its own range and message. */
export const NpsInputSchema = inputSchema({ fields: NPS_FIELDS }, MESSAGES);

/** The inputs plus the model's cross-field rules: what the content check validates content/tools/nps.mdx with. */
export const NpsFormSchema = inputSchema(NPS_FORM, MESSAGES);
