// What every calculator field shares: the ids of its help and error paragraphs, how the control
// points at them (help always, the error first when there is one), and the error paragraph.

/** Ids of a field's help and error paragraphs, and the control's aria-describedby. */
export function fieldIds(id: string, error: string | undefined) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return { helpId, errorId, describedBy: error ? `${errorId} ${helpId}` : helpId };
}

/** The props a text-like control (input or textarea) takes from its field. */
export function controlProps(id: string, name: string, value: string, error: string | undefined, onChange: (text: string) => void) {
  return {
    id,
    name,
    className: 'calc-input',
    spellCheck: false,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': fieldIds(id, error).describedBy,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
}

/** The field's error paragraph, or nothing when the value is fine. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={fieldIds(id, error).errorId} className="calc-error">
      {error}
    </p>
  ) : null;
}
