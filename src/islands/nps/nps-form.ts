// The NPS tool's form rules on top of the model. The model (src/calculators/nps/) reads a survey
// whose percentages do not add up, or whose pasted column has a line that is not a score, as an
// 'invalid' state with a message per field. The shared calculator ties a message to its input
// (aria-invalid, aria-describedby), keeps the results on the last valid numbers, and resets and
// names such a value in a share link or saved inputs only when the *schema* reports it; so this
// schema adds the model's own messages as cross-field issues, for the modes in use only.
import { fieldSpecs, type FieldSpec } from '../../calculators/shared/fields.ts';
import { readSurvey, type FieldIssue } from '../../calculators/nps/calculate.ts';
import { NpsInputSchema, type NpsInput, type NpsInputKey } from '../../calculators/nps/schema.ts';
import { checkField } from '../../lib/inputs.ts';

/** Every problem with the inputs in use, one message per input (several lines of a paste joined). */
export function formIssues(input: NpsInput): FieldIssue[] {
  const issues: FieldIssue[] = (['previous', 'current'] as const).flatMap((survey) => {
    const read = readSurvey(input, survey);
    return read.status === 'invalid' ? read.issues : [];
  });
  // The model's CSAT sentence starts with the field's name, which the form already puts first.
  if (input.csatMode === 'satisfied' && input.csatSatisfied > input.csatTotal)
    issues.push({ field: 'csatSatisfied', message: `${input.csatSatisfied} is more than all CSAT answers (${input.csatTotal})` });
  const byField = new Map<NpsInputKey, string[]>();
  for (const { field, message } of issues) byField.set(field, [...(byField.get(field) ?? []), message.replace(/\.$/, '')]);
  return [...byField].map(([field, messages]) => ({ field, message: messages.join('; ') }));
}

/** NpsInputSchema plus the model's cross-field rules, each reported at the input it is about. */
export const NpsFormSchema = NpsInputSchema.superRefine((input, ctx) => {
  for (const { field, message } of formIssues(input)) ctx.addIssue({ code: 'custom', path: [field], message });
});

const SPECS = new Map<string, FieldSpec>(fieldSpecs(NpsFormSchema).map((s) => [s.key, s]));

/** Locales with "." and with "," as the decimal mark: text readable in both reads the same way in every locale the site offers. */
const PROBE_LOCALES = ['en-US', 'de-DE'];

/**
 * Whether any of `keys` holds text the form would refuse. The shared form checks every input,
 * shown or not; a group hidden by its mode stays visible while it has a problem, so no message is
 * ever out of sight. `when` sees only the text, not the locale, so text counts as fine only when
 * both decimal conventions accept it (a group may then show for "1,500", never hide a problem).
 */
export function hasProblem(raw: Readonly<Record<string, string>>, keys: readonly string[]): boolean {
  return keys.some((key) => {
    const spec = SPECS.get(key);
    return spec !== undefined && !PROBE_LOCALES.every((locale) => checkField(spec, raw[key] ?? '', key, { currency: 'EUR', locale }).ok);
  });
}
