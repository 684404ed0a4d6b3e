import { FieldError, controlProps, fieldIds } from './field-parts.tsx';
import type { NumberFieldProps } from './NumberField.tsx';

/** Props of a free-text input (pasted data): a number field's, without the number style. */
export type TextFieldProps = Omit<NumberFieldProps, 'style'>;

/** A labelled textarea for a z.string input, with its help and (when wrong) its error. */
export function TextField({ id, spec, label, help, value, error, onChange }: TextFieldProps) {
  const { helpId } = fieldIds(id, error);
  return (
    <div className={error ? 'calc-field calc-text has-error' : 'calc-field calc-text'}>
      <label htmlFor={id} className="calc-label">
        {label}
      </label>
      <p id={helpId} className="calc-help">
        {help}
      </p>
      <FieldError id={id} error={error} />
      <textarea {...controlProps(id, spec.key, value, error, onChange)} rows={6} />
    </div>
  );
}
