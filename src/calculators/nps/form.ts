// The NPS tool's form: its inputs plus the model's cross-field rules. The tool registry declares
// it (src/tools/registry.ts): the content check validates the tool's defaults and presets with
// it, and the island's form validates what readers type with it. The model (calculate.ts) reads
// a survey whose percentages do not add up, or whose pasted column has a line that is not a
// score, as an 'invalid' state with a message per field. The shared calculator ties a message to
// its input (aria-invalid, aria-describedby), keeps the results on the last valid numbers, and
// resets and names such a value in a share link or saved inputs only when the form's rules report
// it; so the rules repeat the model's own messages, for the modes in use only. The page's island
// uses the same rules in the page's words (`formIssuesIn`).
import type { FormDecl } from '../shared/fields.ts';
import { fillWords } from '../shared/words.ts';
import { readSurveyIn, type FieldIssue } from './calculate.ts';
import { NPS_FIELDS, type NpsInput, type NpsInputKey } from './fields.ts';
import { NPS_WORDS, type NpsWords } from './words.ts';

/**
 * Every problem with the inputs in use, one message per input (several lines of a paste joined),
 * in a language's words (`tools.nps.*`); numbers in messages for `locale`.
 */
export function formIssuesIn(w: NpsWords, input: NpsInput, locale: string): FieldIssue[] {
  const issues: FieldIssue[] = (['previous', 'current'] as const).flatMap((survey) => {
    const read = readSurveyIn(w, input, survey, locale);
    return read.status === 'invalid' ? read.issues : [];
  });
  // The model's CSAT sentence starts with the field's name, which the form already puts first.
  if (input.csatMode === 'satisfied' && input.csatSatisfied > input.csatTotal)
    issues.push({
      field: 'csatSatisfied',
      message: fillWords(w.csatTooManyField, { satisfied: input.csatSatisfied, total: input.csatTotal }),
    });
  const byField = new Map<NpsInputKey, string[]>();
  for (const { field, message } of issues) byField.set(field, [...(byField.get(field) ?? []), message.replace(/\.$/, '')]);
  return [...byField].map(([field, messages]) => ({ field, message: messages.join('; ') }));
}

/** Every problem with the inputs in use, in the default language's words. */
export const formIssues = (input: NpsInput): FieldIssue[] => formIssuesIn(NPS_WORDS, input, 'en');

/** The NPS form: its inputs and the model's cross-field rules, each reported at the input it is about. */
export const NPS_FORM: FormDecl<typeof NPS_FIELDS> = { fields: NPS_FIELDS, rules: formIssues };
