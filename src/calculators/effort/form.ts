// The effort tool's form: its inputs plus the model's rule that every pasted line is an answer
// from 1 to 7, reported at the pasted column (for the modes in use only). The registry declares it;
// the page's island uses the same rule in the page's words (`effortIssuesIn`).
import type { FieldIssue, FormDecl } from '../shared/fields.ts';
import { readEffortSurveyIn } from './calculate.ts';
import { EFFORT_FIELDS, type EffortInput } from './fields.ts';
import { EFFORT_WORDS, type EffortWords } from './words.ts';

/** Every bad pasted line of the surveys in scores mode, one message per column, in a language's words. */
export function effortIssuesIn(w: EffortWords, input: EffortInput): FieldIssue[] {
  return (['previous', 'current'] as const).flatMap((survey) => {
    const read = readEffortSurveyIn(w, input, survey);
    if (read.status !== 'invalid') return [];
    return [{ field: read.issues[0]!.field, message: read.issues.map((i) => i.message).join('; ') }];
  });
}

/** Every bad pasted line of the surveys in scores mode, in the default language's words. */
export const effortIssues = (input: EffortInput): FieldIssue[] => effortIssuesIn(EFFORT_WORDS, input);

/** The effort form: its inputs and the rule about pasted answers. */
export const EFFORT_FORM: FormDecl<typeof EFFORT_FIELDS> = { fields: EFFORT_FIELDS, rules: effortIssues };
