// What each column holds, as detected, with a select per role and a checkbox per segment column.
import type { ColumnMapping } from '../../calculators/survey/columns.ts';
import type { Inspection } from '../../calculators/survey/read.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import type { SurveyWords } from '../../calculators/survey/words.ts';

interface Props {
  inspection: Inspection;
  mapping: ColumnMapping;
  /** The format, separator and encoding in words. */
  description: string;
  /** Whether the mapping is the one remembered for these headers. */
  remembered: boolean;
  disabled: boolean;
  onChange: (m: ColumnMapping) => void;
  /** The page's words (`survey.*`). */
  words: SurveyWords;
}

/** Each role and its name's key in the words. */
const ROLES = [
  ['nps', 'roleNps'],
  ['csat', 'roleCsat'],
  ['ces', 'roleCes'],
  ['date', 'roleDate'],
  ['comment', 'roleComment'],
] as const;

export function MappingEditor({ inspection, mapping, description, remembered, disabled, onChange, words: w }: Props) {
  const { labels } = inspection.header;
  const set = (role: (typeof ROLES)[number][0], value: string) => {
    const column = value === '' ? undefined : Number(value);
    // A column has one role: choosing it here takes it from any other role and from the segments.
    const next: ColumnMapping = { ...mapping, segments: mapping.segments.filter((c) => c !== column) };
    if (role !== 'csat' && role !== 'ces') next.drivers = mapping.drivers.filter((c) => c !== column);
    for (const [r] of ROLES) if (next[r] === column) next[r] = undefined;
    next[role] = column;
    onChange(next);
  };
  const toggle = (list: 'segments' | 'drivers', column: number, on: boolean) =>
    onChange({
      ...mapping,
      [list]: on ? [...mapping[list], column].sort((a, b) => a - b) : mapping[list].filter((c) => c !== column),
    });
  const roleOf = (i: number) => ROLES.find(([r]) => mapping[r] === i);
  return (
    <section className="survey-mapping" aria-labelledby="survey-mapping-heading">
      <h2 id="survey-mapping-heading">{w.mappingHeading}</h2>
      <p>
        {description} {remembered ? w.mappingRemembered : w.mappingDetected}
      </p>
      <div className="survey-roles">
        {ROLES.map(([role, name]) => (
          <label key={role}>
            {w[name]}
            <select value={mapping[role] ?? ''} disabled={disabled} onChange={(e) => set(role, e.target.value)}>
              <option value="">{w.roleNone}</option>
              {labels.map((l, i) => (
                <option key={i} value={i}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <details className="survey-segments-box">
        <summary>{fillWords(w.segmentsSummary, { count: mapping.segments.length })}</summary>
        <fieldset className="survey-segments" disabled={disabled}>
          <legend>{w.segmentsLegend}</legend>
          {labels.map((l, i) =>
            roleOf(i) ? null : (
              <label key={i}>
                <input type="checkbox" checked={mapping.segments.includes(i)} onChange={(e) => toggle('segments', i, e.target.checked)} />{' '}
                {l}
              </label>
            ),
          )}
        </fieldset>
      </details>
      <details className="survey-segments-box">
        <summary>{fillWords(w.driverColumnsSummary, { count: mapping.drivers.length })}</summary>
        <fieldset className="survey-segments" disabled={disabled}>
          <legend>{w.driverColumnsLegend}</legend>
          {labels.map((l, i) =>
            i === mapping.nps || i === mapping.date || i === mapping.comment ? null : (
              <label key={i}>
                <input type="checkbox" checked={mapping.drivers.includes(i)} onChange={(e) => toggle('drivers', i, e.target.checked)} /> {l}
              </label>
            ),
          )}
        </fieldset>
      </details>
    </section>
  );
}
