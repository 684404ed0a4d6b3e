// The effort tool's form: its inputs plus the model's rule that every pasted line is an answer
// from 1 to 7, reported at the pasted column (for the modes in use only). The registry declares it.
import type { FieldIssue, FormDecl } from '../shared/fields.ts';
import { readEffortSurvey } from './calculate.ts';
import { EFFORT_FIELDS, type EffortInput } from './fields.ts';

/** Every bad pasted line of the surveys in scores mode, one message per column. */
export function effortIssues(input: EffortInput): FieldIssue[] {
  return (['previous', 'current'] as const).flatMap((survey) => {
    const read = readEffortSurvey(input, survey);
    if (read.status !== 'invalid') return [];
    return [{ field: read.issues[0]!.field, message: read.issues.map((i) => i.message).join('; ') }];
  });
}

/** The effort form: its inputs and the rule about pasted answers. */
export const EFFORT_FORM: FormDecl<typeof EFFORT_FIELDS> = { fields: EFFORT_FIELDS, rules: effortIssues };
