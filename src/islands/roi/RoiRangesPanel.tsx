// The ranges, risk adjustments and seed of the ROI calculator, loaded when the reader opens them
// (or at once from a link that carries them). The ranges live in one input, `ranges`
// (src/calculators/roi/fields.ts), so share links, saved inputs and scenarios carry them like any
// other input; this panel edits it one driver at a time, and the form's rules check it and put each
// message under the driver it is about.
import { useEffect, useRef, useState } from 'react';
import type { RoiResult } from '../../calculators/roi/calculate.ts';
import {
  MAX_SEED,
  RANGE_DRIVERS,
  readRanges,
  writeRanges,
  type RangeEnd,
  type RangeKey,
  type RoiInput,
} from '../../calculators/roi/fields.ts';
import { DRAWS } from '../../calculators/roi/monte-carlo.ts';
import type { RoiWords } from '../../calculators/roi/words.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import { parseNumber } from '../../lib/browser/inputs.ts';
import { formatInput } from '../../shared/format.ts';
import { FieldError, fieldIds } from '../calculator/field-parts.tsx';
import { NumberField, unitLabel } from '../calculator/NumberField.tsx';
import type { ExtraProps } from '../calculator/types.ts';
import './roi.css';

/** One range as typed: the low and high boxes' text (the most likely value is the input itself). */
interface Row {
  key: string;
  low: string;
  high: string;
}

const RISKS = ['riskRetention', 'riskSpend', 'riskDeflection'] as const;

/** The rows a `ranges` text holds, each end written in the reader's number format. */
function rowsOf(text: string, locale: string): Row[] {
  const shown = (e: RangeEnd) => (e === 'empty' ? '' : e === 'invalid' ? 'x' : formatInput(e, locale));
  return readRanges(text).map((e) => ({ key: e.key, low: shown(e.low), high: shown(e.high) }));
}

/** A number 20% below or above `value`, rounded to 4 significant digits and kept inside [min, max]. */
function stepped(value: number, factor: number, min: number, max: number): number {
  const v = Number((value * factor).toPrecision(4));
  return Math.min(max, Math.max(min, v));
}

export default function RoiRangesPanel({ id, calc, content }: ExtraProps<RoiInput, RoiResult>) {
  const { raw, errors, specs, labels, style, setField } = calc;
  // The words from `tools.roi.*` of the page's language.
  const w = content.toolWords as RoiWords;
  const spec = (key: string) => specs.find((s) => s.key === key)!;
  const [rows, setRows] = useState<Row[]>(() => rowsOf(raw['ranges'] ?? '', style.locale));
  const written = useRef(raw['ranges'] ?? '');
  const [adding, setAdding] = useState<string>('');
  const focusNext = useRef<string | null>(null);
  const addSelect = useRef<HTMLSelectElement>(null);

  // A preset, reset, scenario or link replaces the ranges, or the number format changes: show what
  // they hold now, written in the reader's format.
  const locale = useRef(style.locale);
  useEffect(() => {
    const now = raw['ranges'] ?? '';
    if (now !== written.current || style.locale !== locale.current) {
      written.current = now;
      locale.current = style.locale;
      setRows(rowsOf(now, style.locale));
    }
  }, [raw, style.locale]);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const write = (next: Row[]) => {
    setRows(next);
    const end = (text: string): RangeEnd => parseNumber(text, style.locale);
    const text = writeRanges(next.map((r) => ({ key: r.key, low: end(r.low), high: end(r.high) })));
    written.current = text;
    setField('ranges', text);
  };

  const free = RANGE_DRIVERS.filter((k) => !rows.some((r) => r.key === k));
  const chosen = free.includes(adding as RangeKey) ? adding : (free[0] ?? '');

  const add = () => {
    if (!chosen) return;
    const key = chosen as RangeKey;
    const s = spec(key);
    const value = calc.input[key];
    let max = s.max;
    // Retention and its uplift may not pass 100% together, even at both high ends.
    if (key === 'retention') max = Math.min(max, 100 - calc.input.retentionUplift);
    if (key === 'retentionUplift') max = Math.min(max, 100 - calc.input.retention);
    const row = {
      key,
      low: formatInput(stepped(value, 0.8, s.min, value), style.locale),
      high: formatInput(stepped(value, 1.2, value, Math.max(value, max)), style.locale),
    };
    focusNext.current = `${id}-range-${key}-low`;
    write([...rows, row]);
  };

  const remove = (key: string) => {
    focusNext.current = null;
    write(rows.filter((r) => r.key !== key));
    addSelect.current?.focus();
  };

  const number = (key: string) => (
    <NumberField
      key={key}
      id={`${id}-${key}`}
      spec={spec(key)}
      label={labels[key] ?? key}
      help={content.fields[key]?.help ?? ''}
      value={raw[key] ?? ''}
      error={errors[key]}
      style={style}
      onChange={(t) => setField(key, t)}
    />
  );

  const newSeed = () => {
    const [n = 1] = crypto.getRandomValues(new Uint32Array(1));
    setField('seed', formatInput(n % (MAX_SEED + 1), style.locale));
  };

  return (
    <div className="roi-panel">
      <fieldset className="calc-group">
        <legend>{w.rangesRiskTitle}</legend>
        <p className="calc-help">{w.rangesRiskHelp}</p>
        {RISKS.map(number)}
      </fieldset>

      <fieldset className="calc-group roi-ranges">
        <legend>{w.rangesTitle}</legend>
        <p className="calc-help">{fillWords(w.rangesHelp, { draws: calc.fmt.number(DRAWS, 0) })}</p>
        {errors['ranges'] ? (
          <p className="calc-error" id={`${id}-ranges-error`}>
            {errors['ranges']}
          </p>
        ) : null}
        {rows.map((r) => {
          const key = r.key;
          const known = (RANGE_DRIVERS as readonly string[]).includes(key);
          const label = known ? (labels[key] ?? key) : key;
          const unit = known ? unitLabel(spec(key).unit, style.currency, style.words) : '';
          const base = `${id}-range-${key}`;
          const error = known ? errors[key] : undefined;
          const { describedBy } = fieldIds(base, error);
          const end = (side: 'low' | 'high') => (
            <div className="calc-field">
              <label htmlFor={`${base}-${side}`} className="calc-label">
                {side === 'low' ? w.rangesLow : w.rangesHigh}
                {unit ? <span className="calc-unit"> ({unit})</span> : null}
              </label>
              <input
                id={`${base}-${side}`}
                name={`${key}-${side}`}
                className="calc-input"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                value={r[side]}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => write(rows.map((x) => (x.key === key ? { ...x, [side]: e.target.value } : x)))}
              />
            </div>
          );
          return (
            <fieldset key={key} className="roi-range" data-range={key}>
              <legend>{label}</legend>
              <p id={`${base}-help`} className="calc-help">
                {known
                  ? fillWords(w.rangesMostLikely, { value: calc.fmt.unit(calc.input[key as RangeKey], spec(key).unit) })
                  : w.rangesUnknown}
              </p>
              <FieldError id={base} error={error} />
              <div className="roi-range-ends">
                {end('low')}
                {end('high')}
              </div>
              <button type="button" className="calc-button secondary" onClick={() => remove(key)}>
                {fillWords(w.rangesRemove, { label })}
              </button>
            </fieldset>
          );
        })}
        {free.length ? (
          <div className="roi-range-add">
            <div className="calc-field">
              <label htmlFor={`${id}-range-add`} className="calc-label">
                {w.rangesAddLabel}
              </label>
              <select ref={addSelect} id={`${id}-range-add`} value={chosen} onChange={(e) => setAdding(e.target.value)}>
                {free.map((k) => (
                  <option key={k} value={k}>
                    {labels[k] ?? k}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="calc-button secondary" onClick={add}>
              {w.rangesAdd}
            </button>
          </div>
        ) : null}
      </fieldset>

      {rows.length ? (
        <fieldset className="calc-group">
          <legend>{w.rangesSeedTitle}</legend>
          {number('seed')}
          <button type="button" className="calc-button secondary" onClick={newSeed}>
            {w.rangesNewSeed}
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}
