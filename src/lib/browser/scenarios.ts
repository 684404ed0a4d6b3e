// Named scenarios of a numeric tool: its inputs saved under a name, kept in this browser (one list
// per tool), carried by a share link, and compared two or three at a time in one table of inputs and
// results. Everything here is pure (no DOM, no React, no zod): the island that shows it is
// src/islands/calculator/ScenarioPanel.tsx, loaded only when a reader opens the Scenarios section.
// Values read back from storage or a link are untrusted; they are checked only through
// `checkScenarioValues`, the one call into the share-link validation of url-state.ts.
import { fill } from './calculator-words.ts';
import { figuresRow, type CsvCell, type FigureUnit } from './csv.ts';
import type { InputValue } from './inputs.ts';
import { isRecord, storageKey } from './storage.ts';
import { SCENARIO_CHECK_WORDS, SCENARIO_LIST_WORDS, type SCENARIO_SOURCE_WORDS, type WordsOf } from './scenario-words.ts';
import { acceptValues, describeRejected, encodeState, SCENARIO_KEY, type StateContext } from './url-state.ts';

// Every message takes its words last (`w`, the `calculator.scenario*` strings of the page's
// language, which the panel has as props); without them, the default language's (./scenario-words.ts,
// in groups, so the business case's worker bundles only the check's and the sources' words).
type ListWords = WordsOf<typeof SCENARIO_LIST_WORDS>;
type CheckWords = WordsOf<typeof SCENARIO_CHECK_WORDS>;
type SourceWords = WordsOf<typeof SCENARIO_SOURCE_WORDS>;

/** One saved scenario: a name and a complete set of valid inputs (in each input's unit, as in a share link). */
export interface Scenario {
  name: string;
  values: Record<string, InputValue>;
  /**
   * The currency its amounts were entered in (the reader's choice when it was saved): loading it, or
   * a business case, shows it in that currency. Absent in scenarios saved before it was kept, and
   * in those a link carries (the link's own currency applies).
   */
  currency?: string;
}

/** A stored scenario's currency when it is an ISO 4217 code, e.g. "EUR"; otherwise none. */
export const storedCurrency = (candidate: unknown): { currency?: string } =>
  isRecord(candidate) && typeof candidate.currency === 'string' && /^[A-Z]{3}$/.test(candidate.currency)
    ? { currency: candidate.currency }
    : {};

/** Longest name, in characters. */
export const NAME_MAX = 40;
/** Most scenarios kept per tool. */
export const LIST_MAX = 10;
/** Most scenarios compared at once. */
export const COMPARE_MAX = 3;

/** Where a tool's scenarios are kept, e.g. "cx-playbook:scenarios:clv:v1". */
export const scenariosKey = (tool: string): string => storageKey(`scenarios:${tool}`);

/** What is stored under scenariosKey: a list whose items are checked one by one when read back. */
export interface StoredScenarios {
  scenarios: unknown[];
}

/** The stored list's shape (each item is checked later, so one bad item loses nothing else). */
export const isStoredScenarios = (v: unknown): v is StoredScenarios => isRecord(v) && Array.isArray(v.scenarios);

/** A name in the quotation marks of the words' language. */
export const quoteIn = (w: { quoted: string }, name: string): string => fill(w.quoted, { text: name });
const length = (text: string) => [...text].length;

/** A name as kept: trimmed, each run of white space made one space. */
export const cleanName = (raw: string): string => raw.trim().replace(/\s+/g, ' ');

/** Whether two names are the same name (case is ignored: “Base case” and “base case” are one). */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Why `raw` cannot name a scenario in `list`, or null. When renaming, `except` is the scenario's
 * current name, which it may keep (in another case, too).
 */
export function nameProblem(raw: string, list: readonly Scenario[], except?: string, w: ListWords = SCENARIO_LIST_WORDS): string | null {
  const name = cleanName(raw);
  if (!name) return w.scenarioNameEmpty;
  if (length(name) > NAME_MAX) return fill(w.scenarioNameTooLong, { max: NAME_MAX, length: length(name) });
  const taken = list.find((s) => s.name !== except && sameName(s.name, name));
  return taken ? fill(w.scenarioNameTaken, { name: quoteIn(w, taken.name) }) : null;
}

/** A list operation's outcome: the new list, or why it was refused. */
export type Outcome = { ok: true; list: Scenario[] } | { ok: false; error: string };

const full = (w: ListWords) => fill(w.scenarioFull, { max: LIST_MAX });

/** Adds the current inputs under a new name, at the end. */
export function addScenario(
  list: readonly Scenario[],
  raw: string,
  values: Readonly<Record<string, InputValue>>,
  w: ListWords = SCENARIO_LIST_WORDS,
  currency?: string,
): Outcome {
  const error = list.length >= LIST_MAX ? full(w) : nameProblem(raw, list, undefined, w);
  return error
    ? { ok: false, error }
    : { ok: true, list: [...list, { name: cleanName(raw), values: { ...values }, ...(currency ? { currency } : {}) }] };
}

/** Gives the scenario called `from` a new name, in place. */
export function renameScenario(list: readonly Scenario[], from: string, raw: string, w: ListWords = SCENARIO_LIST_WORDS): Outcome {
  const error = nameProblem(raw, list, from, w);
  return error ? { ok: false, error } : { ok: true, list: list.map((s) => (s.name === from ? { ...s, name: cleanName(raw) } : s)) };
}

/** A deleted scenario and where it was, for undo. */
export interface Removed {
  scenario: Scenario;
  index: number;
}

/** Takes the scenario called `name` out of the list; `removed` is null when there is none. */
export function removeScenario(list: readonly Scenario[], name: string): { list: Scenario[]; removed: Removed | null } {
  const index = list.findIndex((s) => s.name === name);
  return index < 0
    ? { list: [...list], removed: null }
    : { list: list.filter((_, i) => i !== index), removed: { scenario: list[index]!, index } };
}

/** Undo of a delete: puts the scenario back where it was, unless its name was taken since or the list is full. */
export function restoreScenario(list: readonly Scenario[], { scenario, index }: Removed, w: ListWords = SCENARIO_LIST_WORDS): Outcome {
  const error = list.length >= LIST_MAX ? full(w) : nameProblem(scenario.name, list, undefined, w);
  return error ? { ok: false, error } : { ok: true, list: [...list.slice(0, index), scenario, ...list.slice(index)] };
}

/** Where untrusted scenarios come from, in the words of the messages about them. */
export interface ScenarioSource {
  /** Ends a sentence about a bad value: "…; the link had 150%." */
  verb: string;
  /** Starts a sentence about missing values: "The link had no value for …". */
  where: string;
  /** Names the list a scenario is in: "Scenario 2 of the link has no name, …". */
  list: string;
}

/** A share link, or this browser's storage, as a source in the words' language (the panel's). */
export const scenarioSource = (from: 'link' | 'saved', w: SourceWords): ScenarioSource =>
  from === 'link'
    ? { verb: w.scenarioLinkHad, where: w.scenarioLinkWhere, list: w.scenarioLinkList }
    : { verb: w.scenarioSavedHad, where: w.scenarioSavedWhere, list: w.scenarioSavedList };

/**
 * From a share link, and from this browser's storage, in the default language's words (written out,
 * as the business case's worker bundles them; tests/unit/lib/scenario-words.test.ts holds them to
 * `scenarioSource(…, SCENARIO_SOURCE_WORDS)`).
 */
export const FROM_LINK: ScenarioSource = { verb: 'the link had', where: 'The link', list: 'the link' };
export const FROM_STORAGE: ScenarioSource = { verb: 'your saved scenario had', where: 'Your saved scenario', list: 'your saved list' };

/** Checks one scenario's untrusted values: every input (bad ones back at their defaults) and a sentence per problem. */
export type ScenarioCheck = (
  candidate: Readonly<Record<string, unknown>>,
  source: ScenarioSource,
) => { values: Record<string, InputValue>; problems: string[] };

/**
 * The adapter between scenarios and the share-link validation: the one place that calls it.
 * A scenario's values are checked exactly as a share link's are (acceptValues, every input
 * required): a bad value goes back to its default and is named, and fields the tool does not use
 * are ignored and named.
 */
export function checkScenarioValues(ctx: StateContext, w: CheckWords = SCENARIO_CHECK_WORDS): ScenarioCheck {
  return (candidate, source) => {
    const accepted = acceptValues(candidate, ctx, { verb: source.verb });
    const problems = describeRejected(accepted.rejected, ctx.labels, source.where, ctx.style.words);
    const unknown = Object.keys(candidate).filter((key) => !ctx.specs.some((s) => s.key === key));
    if (unknown.length)
      problems.push(
        fill(w.scenarioUnknownFields, { where: source.where, fields: unknown.map((k) => quoteIn(w, k.slice(0, 24))).join(', ') }),
      );
    return { values: accepted.values, problems };
  };
}

const sameValues = (a: Readonly<Record<string, InputValue>>, b: Readonly<Record<string, InputValue>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/**
 * Adds untrusted scenarios (from storage or a link) to `list`, each checked on its own, so one bad
 * scenario loses nothing else: one without a usable name is left out and named by its place; a bad
 * value goes back to its default and is named; one already in the list with the same values is not
 * added twice; one whose name is taken by other values is added under the first free "Name (2)".
 */
export function mergeScenarios(
  list: readonly Scenario[],
  candidates: readonly unknown[],
  check: ScenarioCheck,
  source: ScenarioSource,
  w: ListWords = SCENARIO_LIST_WORDS,
): { list: Scenario[]; problems: string[] } {
  const quote = (name: string) => quoteIn(w, name);
  const out = [...list];
  const problems: string[] = [];
  candidates.forEach((candidate, i) => {
    const name = isRecord(candidate) && typeof candidate.name === 'string' ? cleanName(candidate.name) : '';
    const values = isRecord(candidate) && isRecord(candidate.values) ? candidate.values : null;
    const place = fill(w.scenarioPlace, { number: i + 1, list: source.list });
    if (!values || !name) return void problems.push(fill(values ? w.scenarioNoName : w.scenarioNoValues, { place }));
    if (length(name) > NAME_MAX) return void problems.push(fill(w.scenarioLongName, { place, max: NAME_MAX }));
    const checked = check(values, source);
    const same = out.find((s) => sameName(s.name, name));
    if (same && sameValues(same.values, checked.values)) return;
    if (out.length >= LIST_MAX) return void problems.push(fill(w.scenarioListFull, { name: quote(name), max: LIST_MAX }));
    problems.push(...checked.problems.map((p) => `${quote(name)}: ${p}`));
    let kept = name;
    for (let n = 2; out.some((s) => sameName(s.name, kept)); n++) kept = `${[...name].slice(0, NAME_MAX - 5).join('')} (${n})`;
    if (kept !== name) problems.push(fill(w.scenarioNameClash, { name: quote(name), kept: quote(kept) }));
    out.push({ name: kept, values: checked.values, ...storedCurrency(candidate) });
  });
  return { list: out, problems };
}

/** The scenarios as share-link parameters: `scenario=<name and values, encoded>` once per scenario, in list order. */
export function encodeScenarios(list: readonly Scenario[]): string {
  const params = new URLSearchParams();
  for (const s of list) params.append(SCENARIO_KEY, encodeState({ [SCENARIO_KEY]: s.name, ...s.values }));
  return params.toString();
}

/** The scenarios a link's fragment carries, as untrusted `{ name, values }` (for mergeScenarios); none when it carries none. */
export function linkScenarios(hash: string): unknown[] {
  return new URLSearchParams(hash.replace(/^#/, '')).getAll(SCENARIO_KEY).map((text) => {
    const { [SCENARIO_KEY]: name, ...values } = Object.fromEntries(new URLSearchParams(text));
    return { name, values };
  });
}

/** A fragment without its scenarios (the rest untouched), once they have been taken into the list. */
export function withoutScenarios(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete(SCENARIO_KEY);
  return params.toString();
}

// ---------------------------------------------------------------------------------------------
// Comparing scenarios.

/** One headline result as the tool shows it: the fields of the island's ResultItem a comparison reads. */
export interface ShownResult {
  id: string;
  label: string;
  /** As shown on the page. */
  value: string;
  /** The raw figure for CSV (and for writing a row of money with one number of decimals). */
  csv?: CsvCell;
  unit?: FigureUnit;
}

/** One input as a comparison shows it. */
export interface ComparedInput {
  key: string;
  /** Its label, with the unit where it helps. */
  label: string;
  /** The unit cell of its CSV rows ("EUR", "%", ""). */
  unit: string;
  /** The value as the page writes it (€40, 60%, a choice's words). */
  show: (value: InputValue) => string;
  /** Whether the input matters for these values (an NPS survey's counts only in counts mode); default always. */
  relevant?: (values: Readonly<Record<string, InputValue>>) => boolean;
}

/** One scenario's column: its name, inputs and results. */
export interface CompareColumn {
  name: string;
  values: Readonly<Record<string, InputValue>>;
  results: readonly ShownResult[];
}

/** One row of the comparison: a label, a cell per scenario, which cells differ from the first, and the CSV row. */
export interface CompareRow {
  id: string;
  label: string;
  cells: string[];
  /** differs[i]: cell i is not the same as the first scenario's (never true for the first). */
  differs: boolean[];
  /** notes[i]: the result's own label in scenario i where it is not the row's ("CLV over 10 years"), else ''. */
  notes?: string[];
  /** The CSV row: the label (every distinct label, joined by " / "), a value per scenario, the unit. */
  csv: CsvCell[];
}

/** The comparison of two or three scenarios: a row per input that matters and per headline result. */
export interface Comparison {
  names: string[];
  inputs: CompareRow[];
  results: CompareRow[];
}

/**
 * The comparison table's model. Input rows follow the form's order and leave out inputs that matter
 * in none of the scenarios; result rows follow the tool's results. A cell differs from the first
 * scenario's when the input's value differs, or the result reads differently on the page. A row of
 * money is written with one number of decimals (`moneyColumn`, the rule of a table's column), so
 * €72.73 never sits beside €126. A result whose label depends on the inputs ("CLV over 5 years")
 * is labelled as in the first scenario, and a cell whose own label differs carries it as a note; the
 * CSV row names every distinct label, joined by " / ".
 */
export function compareScenarios(
  columns: readonly CompareColumn[],
  inputs: readonly ComparedInput[],
  moneyColumn: (values: readonly number[]) => (value: number) => string,
  currency: string,
): Comparison {
  const differs = (keys: readonly unknown[]) => keys.map((k, i) => i > 0 && k !== keys[0]);
  const inputRows = inputs
    .filter((input) => columns.some((c) => input.relevant?.(c.values) ?? true))
    .map((input): CompareRow => {
      const values = columns.map((c) => c.values[input.key] ?? '');
      return {
        id: input.key,
        label: input.label,
        cells: values.map(input.show),
        differs: differs(values),
        csv: [input.label, ...values, input.unit],
      };
    });
  const ids = [...new Set(columns.flatMap((c) => c.results.map((r) => r.id)))];
  const resultRows = ids.map((id): CompareRow => {
    const items = columns.map((c) => c.results.find((r) => r.id === id));
    const labels = items.map((r) => r?.label ?? '');
    const label = labels.find(Boolean) ?? id;
    const unit = items.find((r) => r?.unit)?.unit;
    const numbers = items.map((r) => r?.csv);
    let cells = items.map((r) => r?.value ?? '—');
    if (unit === 'money' && numbers.every((n) => typeof n === 'number')) cells = numbers.map(moneyColumn(numbers as number[]));
    return {
      id,
      label,
      cells,
      differs: differs(cells),
      notes: labels.map((l) => (l && l !== label ? l : '')),
      csv: figuresRow(
        [...new Set(labels.filter(Boolean))].join(' / '),
        items.map((r) => r?.csv ?? r?.value),
        unit,
        currency,
      ),
    };
  });
  return { names: columns.map((c) => c.name), inputs: inputRows, results: resultRows };
}

/**
 * The comparison as CSV rows: the tool (and currency), then inputs and results, each a
 * `label, value per scenario, unit` row as in a tool's own CSV, plus a last column naming the
 * scenarios whose value differs from the first's (the page's highlight).
 */
export function comparisonCsv(c: Comparison, tool: string, currency: string | null, w: ListWords = SCENARIO_LIST_WORDS): CsvCell[][] {
  const head = (kind: string) => [kind, ...c.names, w.csvUnit, fill(w.scenarioCsvDiffers, { name: c.names[0] ?? '' })];
  const row = (r: CompareRow) => [...r.csv, c.names.filter((_, i) => r.differs[i]).join('; ')];
  return [
    [w.csvTool, tool],
    ...(currency ? [[w.csvCurrency, currency]] : []),
    [],
    head(w.csvInput),
    ...c.inputs.map(row),
    [],
    head(w.csvResult),
    ...c.results.map(row),
  ];
}
