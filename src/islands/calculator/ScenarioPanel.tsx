// Saved scenarios of a calculator: save the current inputs under a name, load, rename and delete
// (with undo), tick two or three to compare them in one table of inputs and results (differences
// marked, in CSV and in print), and copy a link that carries them. Loaded by dynamic import() from
// Scenarios.tsx; the list's logic, the comparison's model and its CSV are src/lib/browser/scenarios.ts.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { fill } from '../../lib/browser/calculator-words.ts';
import { csvFileName, toCsv } from '../../lib/browser/csv.ts';
import { saveFile } from '../../lib/browser/download.ts';
import type { InputValue, Rules } from '../../lib/browser/inputs.ts';
import {
  addScenario,
  checkScenarioValues,
  cleanName,
  COMPARE_MAX,
  compareScenarios,
  comparisonCsv,
  encodeScenarios,
  isStoredScenarios,
  linkScenarios,
  mergeScenarios,
  NAME_MAX,
  quoteIn,
  removeScenario,
  renameScenario,
  restoreScenario,
  scenariosKey,
  scenarioSource,
  withoutScenarios,
  type ComparedInput,
  type Removed,
  type Scenario,
} from '../../lib/browser/scenarios.ts';
import { readStoredAs, writeStored } from '../../lib/browser/storage.ts';
import { formatInput } from '../../shared/format.ts';
import { controlProps, FieldError, fieldIds } from './field-parts.tsx';
import { unitLabel } from './NumberField.tsx';
import type { CalculatorContent, CalculatorDefinition } from './types.ts';
import type { CalculatorNotice, CalculatorState } from './use-calculator.ts';

/** What the panel needs from its calculator. */
export interface ScenarioPanelProps<I, R> {
  /** The calculator's element id; the panel's ids start with it. */
  id: string;
  def: CalculatorDefinition<I, R>;
  content: CalculatorContent;
  calc: CalculatorState<I, R>;
  /** A fragment that carries scenarios to take into the list ('' for none). */
  link: string;
}

type Submit = { preventDefault(): void };
/** Moves focus to the element `id` once React has drawn it. */
const focusSoon = (id: string) => window.requestAnimationFrame(() => document.getElementById(id)?.focus());

export default function ScenarioPanel<I, R>({ id, def, content, calc, link }: ScenarioPanelProps<I, R>) {
  const { specs, labels, style, fmt } = calc;
  // The words of the page's language (`calculator.*`), as props.
  const w = content.words;
  const quote = (name: string) => quoteIn(w, name);
  const key = scenariosKey(def.id);
  const [list, setList] = useState<Scenario[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [notice, setNotice] = useState<CalculatorNotice | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [renaming, setRenaming] = useState<{ from: string; text: string; error?: string } | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [status, setStatus] = useState('');
  const [shared, setShared] = useState('');
  const ids = { name: `${id}-scen-name`, undo: `${id}-scen-undo`, link: `${id}-scen-link` };
  const item = (i: number) => `${id}-scen-${i}`;

  const store = (next: Scenario[]) => {
    setList(next);
    writeStored(key, { scenarios: next });
  };

  // The saved list, then the scenarios a link carries (each checked like a share link's values).
  useEffect(() => {
    const check = checkScenarioValues(
      {
        rules: def.form.rules?.bind(def.form) as Rules | undefined,
        specs,
        labels,
        defaults: content.defaults,
        style,
      },
      w,
    );
    const saved = mergeScenarios([], readStoredAs(key, isStoredScenarios)?.scenarios ?? [], check, scenarioSource('saved', w), w);
    const carried = linkScenarios(link);
    const merged = mergeScenarios(saved.list, carried, check, scenarioSource('link', w), w);
    const problems = [...saved.problems, ...merged.problems];
    setList(merged.list);
    setNotice(problems.length ? { title: w.scenarioNotice, items: problems } : null);
    if (!carried.length) return;
    const added = merged.list.slice(saved.list.length).map((s) => s.name);
    writeStored(key, { scenarios: merged.list });
    if (added.length > 1) setPicked(added.slice(0, COMPARE_MAX));
    setStatus(added.length ? fill(w.scenarioAdded, { names: added.map(quote).join(', ') }) : w.scenarioAlreadyIn);
    // The scenarios are in the list now; a reload must not add them again.
    const rest = withoutScenarios(window.location.hash);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`);
    // Runs when a link arrives; later changes of style or labels do not re-read the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [link]);

  const save = (e: Submit) => {
    e.preventDefault();
    const out = calc.stale
      ? { ok: false as const, error: w.scenarioFixFirst }
      : addScenario(list, name, calc.input as Record<string, InputValue>, w, calc.style.currency);
    if (!out.ok) {
      setNameError(out.error);
      focusSoon(ids.name);
      return;
    }
    store(out.list);
    setRemoved(null);
    setName('');
    setNameError(undefined);
    setStatus(fill(out.list.length === 1 ? w.scenarioSavedFirst : w.scenarioSaved, { name: quote(cleanName(name)) }));
  };

  const rename = (e: Submit, i: number) => {
    e.preventDefault();
    if (!renaming) return;
    const out = renameScenario(list, renaming.from, renaming.text, w);
    if (!out.ok) {
      setRenaming({ ...renaming, error: out.error });
      return;
    }
    const to = cleanName(renaming.text);
    store(out.list);
    setPicked(picked.map((n) => (n === renaming.from ? to : n)));
    setRenaming(null);
    setRemoved(null);
    setStatus(fill(w.scenarioRenamed, { from: quote(renaming.from), to: quote(to) }));
    focusSoon(`${item(i)}-rename`);
  };

  const remove = (s: Scenario) => {
    const out = removeScenario(list, s.name);
    store(out.list);
    setRenaming(null);
    setPicked(picked.filter((n) => n !== s.name));
    setRemoved(out.removed);
    setStatus(fill(w.scenarioDeleted, { name: quote(s.name) }));
    focusSoon(ids.undo);
  };

  const undo = () => {
    if (!removed) return;
    const out = restoreScenario(list, removed, w);
    setRemoved(null);
    if (!out.ok) return setStatus(out.error);
    store(out.list);
    setStatus(fill(w.scenarioRestored, { name: quote(removed.scenario.name) }));
    focusSoon(item(removed.index));
  };

  const load = (s: Scenario) => {
    calc.loadValues(s.values);
    // Its amounts in the currency they were saved in (one the page does not offer is ignored).
    if (s.currency) calc.setCurrency(s.currency);
    setStatus(fill(w.scenarioLoaded, { name: quote(s.name) }));
  };

  const copyLink = async () => {
    const url = `${calc.shareUrl()}&${encodeScenarios(list)}`;
    setShared(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(list.length === 1 ? w.scenarioCopiedOne : fill(w.scenarioCopiedMany, { count: fmt.number(list.length, 0) }));
    } catch {
      focusSoon(ids.link);
      setStatus(w.scenarioCopyManual);
    }
  };

  // Each scenario's results, as the page shows them in the reader's currency and number format.
  const results = useMemo(
    () =>
      new Map(
        list.map((s) => {
          const input = s.values as I;
          return [s, def.results({ input, result: def.calculate(input), fmt, labels })];
        }),
      ),
    [list, def, fmt, labels],
  );

  const compared = useMemo(() => list.filter((s) => picked.includes(s.name)), [list, picked]);
  const model = useMemo(() => {
    if (compared.length < 2) return null;
    const groups = def.groups ?? [{ legend: '', keys: specs.map((s) => s.key) }];
    const raw = (values: Readonly<Record<string, InputValue>>) =>
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? formatInput(v, style.locale) : v]));
    // A text input's lines, counted ("3 lines"): a whole number, so the singular is for exactly 1.
    const lines = (n: number) => fill(n === 1 ? w.scenarioLine : w.scenarioLines, { count: fmt.number(n, 0) });
    const inputs = specs.map((spec): ComparedInput => ({
      key: spec.key,
      label: labels[spec.key] ?? spec.key,
      unit: spec.kind === 'number' ? unitLabel(spec.unit, style.currency, style.words) : '',
      show: (v) =>
        typeof v === 'number'
          ? fmt.unit(v, spec.unit)
          : spec.kind === 'choice'
            ? (def.choices?.[spec.key]?.[v] ?? v)
            : lines(v.split('\n').filter((line) => line.trim()).length),
      relevant: (values) => groups.some((g) => g.keys.includes(spec.key) && (!g.when || g.when(raw(values)))),
    }));
    const columns = compared.map((s) => ({ name: s.name, values: s.values, results: results.get(s) ?? [] }));
    return compareScenarios(columns, inputs, fmt.moneyColumn, style.currency);
  }, [compared, results, def, specs, labels, fmt, style, w]);

  const exportCsv = () => {
    if (!model) return;
    const rows = comparisonCsv(model, def.id, (def.usesMoney ?? true) ? style.currency : null, w);
    saveFile(csvFileName(`${def.id}-scenarios`), `\ufeff${toCsv(rows)}`, 'text/csv;charset=utf-8');
    setStatus(w.scenarioCsvDone);
  };

  // `focus`: take focus when drawn (the rename box, opened by its button).
  const nameField = (
    fieldId: string,
    label: ReactNode,
    value: string,
    error: string | undefined,
    onChange: (text: string) => void,
    focus = false,
  ) => (
    <div className={error ? 'calc-field has-error' : 'calc-field'}>
      <label htmlFor={fieldId} className="calc-label">
        {label}
      </label>
      <p id={fieldIds(fieldId, error).helpId} className="calc-help">
        {fill(w.scenarioNameHelp, { max: NAME_MAX })}
      </p>
      <FieldError id={fieldId} error={error} />
      <input {...controlProps(fieldId, fieldId, value, error, onChange)} type="text" autoComplete="off" autoFocus={focus} />
    </div>
  );

  return (
    <div className="calc-scen-panel">
      {notice ? (
        <div className="calc-notice" role="status">
          <p className="calc-notice-title">{notice.title}</p>
          <ul>
            {notice.items.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <button type="button" className="calc-button secondary" onClick={() => setNotice(null)}>
            {w.dismiss}
          </button>
        </div>
      ) : null}

      <form className="calc-scen-save" noValidate onSubmit={save}>
        {nameField(ids.name, w.scenarioName, name, nameError, setName)}
        <button type="submit" className="calc-button">
          {w.scenarioSave}
        </button>
      </form>

      <h3>{fill(w.scenarioListTitle, { count: fmt.number(list.length, 0) })}</h3>
      {list.length ? (
        <fieldset className="calc-scen-pick">
          <legend>{w.scenarioPick}</legend>
          <ul className="calc-scen-list">
            {list.map((s, i) => {
              const headline = results.get(s)?.find((r) => r.emphasis) ?? results.get(s)?.[0];
              const isPicked = picked.includes(s.name);
              return (
                <li key={s.name} data-scenario={s.name}>
                  {renaming?.from === s.name ? (
                    <form
                      className="calc-scen-rename"
                      noValidate
                      onSubmit={(e) => rename(e, i)}
                      onKeyDown={(e) => {
                        if (e.key !== 'Escape') return;
                        setRenaming(null);
                        focusSoon(`${item(i)}-rename`);
                      }}
                    >
                      {nameField(
                        `${item(i)}-new`,
                        fill(w.scenarioNewName, { name: quote(s.name) }),
                        renaming.text,
                        renaming.error,
                        (text) => setRenaming({ from: s.name, text }),
                        true,
                      )}
                      <button type="submit" className="calc-button">
                        {w.scenarioSaveName}
                      </button>
                      <button type="button" className="calc-button secondary" onClick={() => setRenaming(null)}>
                        {w.scenarioCancel}
                      </button>
                    </form>
                  ) : (
                    <label className="calc-radio">
                      <input
                        id={item(i)}
                        type="checkbox"
                        checked={isPicked}
                        disabled={!isPicked && picked.length >= COMPARE_MAX}
                        onChange={() => setPicked(isPicked ? picked.filter((n) => n !== s.name) : [...picked, s.name])}
                      />
                      <span className="calc-scen-name">{s.name}</span>
                    </label>
                  )}
                  {headline ? (
                    <p className="calc-note">
                      {headline.label.endsWith('?') ? headline.label : `${headline.label}:`} {headline.value}
                    </p>
                  ) : null}
                  <div className="calc-scen-actions">
                    <button type="button" className="calc-button secondary" onClick={() => load(s)}>
                      {w.scenarioLoad}
                      <span className="visually-hidden"> {fill(w.scenarioLoadHidden, { name: quote(s.name) })}</span>
                    </button>
                    <button
                      type="button"
                      id={`${item(i)}-rename`}
                      className="calc-button secondary"
                      onClick={() => setRenaming({ from: s.name, text: s.name })}
                    >
                      {w.scenarioRename}
                      <span className="visually-hidden"> {quote(s.name)}</span>
                    </button>
                    <button type="button" className="calc-button secondary" onClick={() => remove(s)}>
                      {w.scenarioDelete}
                      <span className="visually-hidden"> {quote(s.name)}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : (
        <p>{w.scenarioNone}</p>
      )}

      <div className="calc-scen-feedback">
        <p className="calc-status" role="status">
          {status}
        </p>
        {removed ? (
          <button type="button" id={ids.undo} className="calc-button secondary" onClick={undo}>
            {w.scenarioUndo}
            <span className="visually-hidden"> {fill(w.scenarioUndoHidden, { name: quote(removed.scenario.name) })}</span>
          </button>
        ) : null}
      </div>

      {list.length ? (
        <div className="calc-actions">
          <button type="button" className="calc-button secondary" onClick={copyLink}>
            {w.scenarioCopyLink}
          </button>
          {model ? (
            <button type="button" className="calc-button secondary" onClick={exportCsv}>
              {w.scenarioCsv}
            </button>
          ) : null}
        </div>
      ) : null}
      {shared ? (
        <div className="calc-field calc-share">
          <label htmlFor={ids.link} className="calc-label">
            {w.scenarioLink}
          </label>
          <input
            id={ids.link}
            className="calc-input calc-share-url"
            type="text"
            readOnly
            value={shared}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}

      {compared.length === 1 ? <p>{w.scenarioTickMore}</p> : null}
      {model ? (
        <div className="calc-compare">
          <h3>{w.scenarioCompareTitle}</h3>
          <p>{fill(w.scenarioCompareNote, { name: quote(model.names[0]!) })}</p>
          <div className="calc-table-scroll" role="region" aria-label={w.scenarioCompareRegion} tabIndex={0}>
            <table data-compare="">
              <caption className="visually-hidden">{fill(w.scenarioCompareCaption, { names: model.names.map(quote).join(', ') })}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.scenarioColumn}</th>
                  {model.names.map((n) => (
                    <th scope="col" key={n}>
                      {n}
                    </th>
                  ))}
                </tr>
              </thead>
              {(
                [
                  [w.scenarioInputs, model.inputs],
                  [w.scenarioResults, model.results],
                ] as const
              ).map(([title, rows]) => (
                <tbody key={title}>
                  <tr>
                    <th scope="rowgroup" colSpan={model.names.length + 1} className="calc-compare-group">
                      {title}
                    </th>
                  </tr>
                  {rows.map((r) => (
                    <tr key={r.id} data-row={r.id}>
                      <th scope="row">{r.label}</th>
                      {r.cells.map((cell, i) => (
                        <td
                          key={i}
                          className={cell.length > 16 || r.notes?.[i] ? 'is-words' : undefined}
                          data-differs={r.differs[i] ? '' : undefined}
                        >
                          {r.differs[i] ? (
                            <>
                              <strong>{cell}</strong>
                              <span aria-hidden="true"> ≠</span>
                              <span className="visually-hidden"> {w.scenarioDiffers}</span>
                            </>
                          ) : (
                            cell
                          )}
                          {r.notes?.[i] ? <span className="calc-note">{r.notes[i]}</span> : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          <p className="calc-help">{w.scenarioPrinted}</p>
        </div>
      ) : null}
    </div>
  );
}
