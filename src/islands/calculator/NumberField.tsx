import type { FieldSpec, Unit } from '../../calculators/shared/fields.ts';
import { formatGrouped } from '../../shared/format.ts';
import { parseNumber, rangeHint, type MessageStyle } from '../../lib/browser/inputs.ts';
import type { FieldWords } from '../../lib/browser/calculator-words.ts';
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
  /** Currency, locale and the page's words, for the unit and range. */
  style: MessageStyle;
  onChange: (text: string) => void;
}

/**
 * The unit shown after the label, e.g. "EUR" or "%": in the page's words (`calculator.unitAfter*`),
 * or English for a caller without them.
 */
export function unitLabel(unit: Unit, currency: string, words?: FieldWords): string {
  return {
    money: currency,
    percent: '%',
    points: words?.unitAfterPoints ?? 'percentage points',
    years: words?.unitAfterYears ?? 'years',
    count: '',
  }[unit];
}

/**
 * The text shown once the reader leaves the box: a number read without doubt, grouped in the
 * locale's way (150000 -> "150,000" in en-GB); anything else stays exactly as typed. Only the text
 * changes: it reads back as the same number.
 */
export function groupedText(text: string, locale: string): string {
  const value = parseNumber(text, locale);
  if (typeof value !== 'number') return text;
  const grouped = formatGrouped(value, locale);
  return parseNumber(grouped, locale) === value ? grouped : text;
}

/** A labelled text input for a number, with its unit, range, help and (when wrong) its error. */
export function NumberField({ id, spec, label, help, value, error, style, onChange }: NumberFieldProps) {
  const unit = unitLabel(spec.unit, style.currency, style.words);
  const { helpId } = fieldIds(id, error);
  return (
    <div className={error ? 'calc-field has-error' : 'calc-field'}>
      <label htmlFor={id} className="calc-label">
        {label}
        {unit ? <span className="calc-unit"> ({unit})</span> : null}
      </label>
      <p id={helpId} className="calc-help">
        {help} <span className="calc-range">{rangeHint(spec, style)}</span>
      </p>
      <FieldError id={id} error={error} />
      <input
        {...controlProps(id, spec.key, value, error, onChange)}
        type="text"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        onBlur={(e) => {
          const grouped = groupedText(e.target.value, style.locale);
          if (grouped !== e.target.value) onChange(grouped);
        }}
      />
    </div>
  );
}
