import type { NumberFieldProps } from './NumberField.tsx';

/** Props of a free-text input (pasted data): a number field's, without the number style. */
export type TextFieldProps = Omit<NumberFieldProps, 'style'>;

/** A labelled textarea for a z.string input, with its help and (when wrong) its error. */
export function TextField({ id, spec, label, help, value, error, onChange }: TextFieldProps) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'calc-field calc-text has-error' : 'calc-field calc-text'}>
      <label htmlFor={id} className="calc-label">{label}</label>
      <p id={helpId} className="calc-help">{help}</p>
      {error ? <p id={errorId} className="calc-error">{error}</p> : null}
      <textarea
        id={id}
        name={spec.key}
        className="calc-input"
        rows={6}
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${helpId}` : helpId}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
