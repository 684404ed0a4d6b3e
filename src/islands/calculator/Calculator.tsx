import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../shared/format.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { ChoiceField } from './ChoiceField.tsx';
import { TextField } from './TextField.tsx';
import { NumberField } from './NumberField.tsx';
import { ResultList } from './ResultList.tsx';
import { ResultPeek, jumpTo } from './ResultPeek.tsx';
import { Scenarios } from './Scenarios.tsx';
import type { CalculatorContent, CalculatorDefinition } from './types.ts';
import { calculatorId, useCalculator } from './use-calculator.ts';
import { LazyWorking } from './WorkingList.tsx';
import './calculator.css';

/** Props of the shared calculator: a tool's definition and its content. */
export interface CalculatorProps<I, R> {
  definition: CalculatorDefinition<I, R>;
  content: CalculatorContent;
}

/**
 * The whole calculator experience: inputs with units and ranges, presets, reset, results that
 * update as you type, charts with tables, the working, share link, CSV, print, currency and locale.
 */
export function Calculator<I, R>({ definition: def, content }: CalculatorProps<I, R>) {
  const calc = useCalculator(def, content);
  const w = content.words;
  const { input, result, fmt, labels, specs, style, raw, errors } = calc;
  const id = calculatorId(def.id);
  const view = useMemo(() => ({ input, result, fmt, labels }), [input, result, fmt, labels]);
  const results = useMemo(() => def.results(view), [def, view]);
  const charts = useMemo(() => def.charts(view), [def, view]);
  const tables = useMemo(() => def.tables?.(view) ?? [], [def, view]);
  const notes = useMemo(() => def.fieldNotes?.(view) ?? {}, [def, view]);
  const groups = def.groups ?? [{ legend: w.yourNumbers, keys: specs.map((s) => s.key) }];
  const errorCount = Object.keys(errors).length;
  const money = def.usesMoney ?? true;
  const [link, setLink] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const formats = useMemo(
    () => ({
      money: { full: fmt.money, axis: fmt.moneyCompact, column: fmt.moneyColumn },
      percent: { full: (v: number) => fmt.share(v), axis: (v: number) => fmt.share(v, 0), column: undefined },
      count: { full: (v: number) => fmt.number(v), axis: (v: number) => fmt.number(v, 0), column: undefined },
    }),
    [fmt],
  );

  const loaders = useRef(new Set<() => Promise<void>>());
  const register = useCallback((load: () => Promise<void>) => {
    loaders.current.add(load);
    return () => void loaders.current.delete(load);
  }, []);

  const share = async () => {
    const url = calc.shareUrl();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      calc.setStatus(w.shareCopied);
    } catch {
      linkField.current?.focus();
      calc.setStatus(w.shareManual);
    }
  };
  // Keep a shown link current as the inputs change.
  useEffect(() => {
    if (link) setLink(calc.shareUrl());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [calc.shareUrl]);

  const exportCsv = async () => {
    try {
      const { downloadCalculatorCsv } = await import('./export-csv.ts');
      await downloadCalculatorCsv({ def, view, specs, style, words: w, money, results, charts, tables });
      calc.setStatus(w.csvDone);
    } catch {
      calc.setStatus(w.csvFailed);
    }
  };

  const print = async () => {
    setLink(calc.shareUrl());
    await Promise.all([...loaders.current].map((load) => load()));
    const root = document.getElementById(id);
    const closed = [...(root?.querySelectorAll('details:not([open])') ?? [])];
    closed.forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('afterprint', () => closed.forEach((d) => d.removeAttribute('open')), { once: true });
    window.requestAnimationFrame(() => window.print());
  };

  return (
    <div className="calc" id={id} data-calculator={def.id} data-hydrated={calc.hydrated ? 'true' : 'false'}>
      <div className="calc-notice-region" role="status">
        {calc.notice ? (
          <div className="calc-notice">
            <p className="calc-notice-title">{calc.notice.title}</p>
            <ul>
              {calc.notice.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <button type="button" className="calc-button secondary" onClick={calc.dismissNotice}>
              {w.dismiss}
            </button>
          </div>
        ) : null}
      </div>

      <div className="calc-grid">
        <form className="calc-inputs" aria-labelledby={`${id}-inputs-title`} noValidate onSubmit={(e) => e.preventDefault()}>
          <h2 id={`${id}-inputs-title`} tabIndex={-1}>
            {w.yourNumbers}
          </h2>
          {content.presets.length ? (
            <fieldset className="calc-presets">
              <legend>{w.presets}</legend>
              <ul>
                {content.presets.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="calc-button secondary"
                      aria-pressed={calc.activePreset === p.id}
                      aria-describedby={`${id}-preset-${p.id}`}
                      onClick={() => calc.applyPreset(p.id)}
                    >
                      {p.label}
                    </button>
                    <span id={`${id}-preset-${p.id}`} className="calc-help">
                      {p.description}
                    </span>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          {groups
            .filter((g) => !g.when || g.when(raw))
            .map((g) => (
              <fieldset key={g.legend} className="calc-group">
                <legend>{g.legend}</legend>
                {g.keys.map((key) => {
                  const spec = specs.find((s) => s.key === key);
                  if (!spec) return null;
                  const common = {
                    id: `${id}-${key}`,
                    spec,
                    label: labels[key] ?? key,
                    help: content.fields[key]?.help ?? '',
                    value: raw[key] ?? '',
                    error: errors[key],
                    onChange: (text: string) => calc.setField(key, text),
                  };
                  const note = notes[key];
                  return (
                    <div key={key} className={spec.kind === 'text' ? 'calc-cell is-wide' : 'calc-cell'}>
                      {spec.kind === 'choice' ? (
                        <ChoiceField {...common} optionLabels={def.choices?.[key]} />
                      ) : spec.kind === 'text' ? (
                        <TextField {...common} />
                      ) : (
                        <NumberField {...common} style={style} />
                      )}
                      {note ? (
                        <p className="calc-field-note" data-note={key}>
                          {note}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
              </fieldset>
            ))}
          <fieldset className="calc-group calc-style">
            <legend>{money ? w.styleMoney : w.styleNumbers}</legend>
            {money ? (
              <div className="calc-field">
                <label htmlFor={`${id}-currency`} className="calc-label">
                  {w.currency}
                </label>
                <select id={`${id}-currency`} value={style.currency} onChange={(e) => calc.setCurrency(e.target.value)}>
                  {content.currencies.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="calc-field">
              <label htmlFor={`${id}-locale`} className="calc-label">
                {w.numberFormat}
              </label>
              <select id={`${id}-locale`} value={style.locale} onChange={(e) => calc.setLocale(e.target.value)}>
                {content.locales.map((l) => (
                  <option key={l} value={l}>{`${l} (${formatNumber(1234.5, l)})`}</option>
                ))}
              </select>
            </div>
            {money ? <p className="calc-help">{w.currencyHelp}</p> : null}
          </fieldset>
          <button type="button" className="calc-button secondary" onClick={calc.reset}>
            {w.reset}
          </button>
          <ResultPeek items={results} resultsId={`${id}-results-title`} stale={calc.stale} label={w.allResults} staleLabel={w.stalePeek} />
        </form>

        <section className="calc-results" aria-labelledby={`${id}-results-title`}>
          <h2 id={`${id}-results-title`} tabIndex={-1}>
            {w.results}
          </h2>
          {calc.stale ? (
            <p className="calc-stale" id={`${id}-stale`}>
              {errorCount === 1 ? w.staleOne : w.staleMany.replace('{count}', String(errorCount))}
            </p>
          ) : null}
          <ResultList id={`${id}-results`} items={results} />
          <p className="calc-back">
            <a href={`#${id}-inputs-title`} onClick={(e) => jumpTo(e, `${id}-inputs-title`)}>
              {w.back}
            </a>
          </p>
          <div className="calc-actions">
            <button type="button" className="calc-button" onClick={share}>
              {w.share}
            </button>
            <button type="button" className="calc-button secondary" onClick={() => void exportCsv()}>
              {w.csv}
            </button>
            <button type="button" className="calc-button secondary" onClick={print}>
              {w.print}
            </button>
          </div>
          {link ? (
            <div className="calc-field calc-share">
              <label htmlFor={`${id}-share-url`} className="calc-label">
                {w.shareLink}
              </label>
              <input
                ref={linkField}
                id={`${id}-share-url`}
                className="calc-input calc-share-url"
                type="text"
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
          ) : null}
          <p className="calc-status" role="status">
            {calc.status}
          </p>
          <p className="calc-print-only">{w.printNote}</p>
        </section>
      </div>

      <Scenarios id={id} def={def} content={content} calc={calc} />

      {def.extra && <def.extra id={id} calc={calc} content={content} register={register} />}

      <section className="calc-charts" aria-labelledby={`${id}-charts-title`}>
        <h2 id={`${id}-charts-title`}>{w.charts}</h2>
        {charts.map((spec) => (
          <ChartFigure
            key={spec.id}
            spec={spec}
            idPrefix={`${id}-${spec.id}`}
            format={formats[spec.unit].full}
            formatColumn={formats[spec.unit].column}
            formatAxis={formats[spec.unit].axis}
            register={register}
            words={w}
          />
        ))}
      </section>

      {tables.map((t) => (
        <section key={t.id} className="calc-data" aria-labelledby={`${id}-${t.id}-title`}>
          <h2 id={`${id}-${t.id}-title`}>{t.title}</h2>
          {/* The section is a region named by the heading; the scrolling box needs a different name (axe landmark-unique). */}
          <div className="calc-table-scroll" tabIndex={0} role="region" aria-label={w.table.replace('{title}', t.title)}>
            <DataTable
              data-table={t.id}
              caption={t.title}
              captionHidden
              columns={t.head}
              rows={t.rows.map(([head, ...cells], i) => ({ key: i, head, cells }))}
            />
          </div>
        </section>
      ))}

      {calc.hydrated ? <LazyWorking load={def.working} view={view} register={register} words={w} /> : null}

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {calc.announcement}
      </p>
    </div>
  );
}
