import type { FieldSpec, Unit } from '../../calculators/shared/fields.ts';
import type { NumberStyle } from '../../shared/format.ts';
import { describeRange } from '../../lib/browser/inputs.ts';
import { FieldError, controlProps, fieldIds } from './field-parts.tsx';

/** Props of one labelled number input. */
export interface NumberFieldProps {
  /** Element id of the input (unique on the page); help and error ids derive from it. */
  id: string;
  /** The input's spec: unit and range. */
  spec: FieldSpec;
  /** Label from content. */
  label: string;
  /** Help sentence from content. */
  help: string;
  /** The text in the box. */
  value: string;
  /** The problem with the value, if any; tied to the input with aria-describedby. */
  error?: string | undefined;
  /** Currency and locale, for the unit and range. */
  style: NumberStyle;
  onChange: (text: string) => void;
}

/** The unit shown after the label, e.g. "EUR" or "%". */
export function unitLabel(unit: Unit, currency: string): string {
  return { money: currency, percent: '%', points: 'percentage points', years: 'years', count: '' }[unit];
}

/** A labelled text input for a number, with its unit, range, help and (when wrong) its error. */
export function NumberField({ id, spec, label, help, value, error, style, onChange }: NumberFieldProps) {
  const unit = unitLabel(spec.unit, style.currency);
  const { helpId } = fieldIds(id, error);
  return (
    <div className={error ? 'calc-field has-error' : 'calc-field'}>
      <label htmlFor={id} className="calc-label">
        {label}
        {unit ? <span className="calc-unit"> ({unit})</span> : null}
      </label>
      <p id={helpId} className="calc-help">
        {help} <span className="calc-range">Enter {describeRange(spec, style)}.</span>
      </p>
      <FieldError id={id} error={error} />
      <input
        {...controlProps(id, spec.key, value, error, onChange)}
        type="text"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
      />
    </div>
  );
}
