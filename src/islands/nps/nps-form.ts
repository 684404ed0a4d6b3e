// The NPS form's display rule: which groups of inputs must stay visible because they hold a problem.
// The form itself (the inputs and the model's cross-field rules) is src/calculators/nps/form.ts.
import { fieldSpecs, type FieldSpec } from '../../calculators/shared/fields.ts';
import { NPS_FIELDS } from '../../calculators/nps/fields.ts';
import { checkField } from '../../lib/browser/inputs.ts';

const SPECS = new Map<string, FieldSpec>(fieldSpecs(NPS_FIELDS).map((s) => [s.key, s]));

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
