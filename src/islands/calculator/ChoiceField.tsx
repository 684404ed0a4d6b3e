import type { FieldSpec } from '../../calculators/shared/fields.ts';
import { FieldError, fieldIds } from './field-parts.tsx';

/** Props of a choice input drawn as a group of radio buttons. */
export interface ChoiceFieldProps {
  /** Element id prefix (unique on the page). */
  id: string;
  spec: FieldSpec;
  /** Legend of the group, from content. */
  label: string;
  /** Help sentence from content. */
  help: string;
  /** The chosen value. */
  value: string;
  /** Words for each value; the value itself when missing. */
  optionLabels?: Record<string, string> | undefined;
  error?: string | undefined;
  onChange: (value: string) => void;
}

/** A radio group for a z.enum input: a fieldset whose legend is the label. */
export function ChoiceField({ id, spec, label, help, value, optionLabels, error, onChange }: ChoiceFieldProps) {
  const { helpId, describedBy } = fieldIds(id, error);
  return (
    <fieldset className={error ? 'calc-field calc-choice has-error' : 'calc-field calc-choice'} aria-describedby={describedBy}>
      <legend className="calc-label">{label}</legend>
      <p id={helpId} className="calc-help">
        {help}
      </p>
      <FieldError id={id} error={error} />
      {spec.options.map((option) => (
        <label key={option} className="calc-radio">
          <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} />
          {optionLabels?.[option] ?? option}
        </label>
      ))}
    </fieldset>
  );
}
