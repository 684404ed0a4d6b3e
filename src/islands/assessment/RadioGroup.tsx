// A real radio group: a fieldset whose legend is the question, one native radio per option, so
// arrow keys move between options and screen readers announce "n of m".

export interface RadioOption<V extends string | number> {
  value: V;
  label: string;
}

interface Props<V extends string | number> {
  /** Unique on the page; also the radios' `name`. */
  name: string;
  legend: string;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  /** Extra class on the fieldset, e.g. for a horizontal scale. */
  className?: string;
}

export function RadioGroup<V extends string | number>({ name, legend, options, value, onChange, className }: Props<V>) {
  return (
    <fieldset className={`as-radios ${className ?? ''}`}>
      <legend>{legend}</legend>
      <div className="as-options">
        {options.map((o) => {
          const id = `${name}--${o.value}`;
          return (
            <div className="as-option" key={o.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={String(o.value)}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
