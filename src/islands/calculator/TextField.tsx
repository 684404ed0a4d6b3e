import type { FieldSpec } from '../../calculators/shared/fields.ts';

/** Props of a free-text input (pasted data). */
export interface TextFieldProps {
  id: string;
  spec: FieldSpec;
  label: string;
  help: string;
  value: string;
  error?: string | undefined;
  onChange: (text: string) => void;
}

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
