// Reading calculator state back from a share link's fragment or from storage (writing it is
// ./url-fragment.ts). Everything read is untrusted: each value is checked with the calculator's
// own field declarations and rules, and a bad one is reset to its default and named. Calculators
// load this module only when there is a link or saved inputs to read.
import type { FieldSpec } from '../../calculators/shared/fields.ts';
import type { NumberStyle } from '../../shared/format.ts';
import type { FieldWords } from './calculator-words.ts';
import {
  checkField,
  formatUnitValue,
  problemMessage,
  rangeProblem,
  say,
  type FieldProblem,
  type InputValue,
  type MessageStyle,
  type Rules,
} from './inputs.ts';
import { SCENARIO_KEY, STYLE_KEYS } from './url-fragment.ts';

export { encodeState, isStateHash, SCENARIO_KEY, STYLE_KEYS } from './url-fragment.ts';

/** A number as written in links and storage: plain JS notation, "." decimals, optional exponent. */
const CANONICAL_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What a calculator needs to check values from a link or from storage. */
export interface StateContext {
  /** The calculator's rules between fields, if it has any. */
  rules?: Rules | undefined;
  /** The inputs' specs (ranges, units) in form order. */
  specs: readonly FieldSpec[];
  /** Each input's label, by key. */
  labels: Readonly<Record<string, string>>;
  /** The tool's default inputs: what a bad value is reset to. */
  defaults: Readonly<Record<string, InputValue>>;
  /** The number style and words messages are written in. */
  style: MessageStyle;
}

/** A field that could not be used, and the sentence that says why. */
export interface RejectedField {
  /** The input's key ('*' when every input was reset). */
  key: string;
  /** What was wrong: a FieldProblem, or 'missing' when the link or storage had no value. */
  reason: FieldProblem | 'missing';
  /** Why, naming the field, e.g. "Annual retention must be at most 99%; the link had 150%." */
  message: string;
}

/** Values read from a link or storage: every input (bad ones reset to defaults) and what was reset. */
export interface AcceptedValues {
  /** A complete set of inputs that passes every field check and rule. */
  values: Record<string, InputValue>;
  /** Inputs that were reset to their defaults, in form order. */
  rejected: RejectedField[];
}

/**
 * Checks candidate values (strings from a link, anything from storage) field by field, then with
 * the form.s rules between fields; whatever fails is reset to its default and reported. Keys not
 * in `candidate` take their default silently when `partial`, else they are reported as missing.
 */
export function acceptValues(
  candidate: Readonly<Record<string, unknown>>,
  ctx: StateContext,
  options: { verb: string; partial?: boolean },
): AcceptedValues {
  const values: Record<string, InputValue> = { ...ctx.defaults };
  const rejected: RejectedField[] = [];
  const label = (key: string) => ctx.labels[key] ?? key;
  for (const spec of ctx.specs) {
    const raw = candidate[spec.key];
    if (raw === undefined) {
      // An input with an `absent` value (calculators/shared/fields.ts) may be missing from links and storage made before it existed.
      if (!options.partial && spec.absent === undefined)
        rejected.push({ key: spec.key, reason: 'missing', message: say(ctx.style.words, 'stateMissing', { label: label(spec.key) }) });
      continue;
    }
    if (spec.kind !== 'number') {
      const check = checkField(spec, typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? ''), label(spec.key), ctx.style, options.verb);
      if (check.ok) values[spec.key] = check.value;
      else rejected.push({ key: spec.key, reason: check.problem, message: check.message });
      continue;
    }
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : (JSON.stringify(raw) ?? '');
    const entered = { raw: text, verb: options.verb };
    if (text === '') {
      rejected.push({ key: spec.key, reason: 'empty', message: problemMessage('empty', label(spec.key), spec, ctx.style, entered) });
      continue;
    }
    const value = CANONICAL_NUMBER.test(text) ? Number(text) : NaN;
    const problem = Number.isFinite(value) ? rangeProblem(spec, value) : 'not-a-number';
    if (problem) {
      const shown = problem === 'not-a-number' ? entered : { ...entered, value };
      rejected.push({ key: spec.key, reason: problem, message: problemMessage(problem, label(spec.key), spec, ctx.style, shown) });
    } else values[spec.key] = value;
  }
  // Cross-field rules: reset the field an issue names; if it already holds its default, reset
  // instead the first other supplied field whose default clears the issue; failing that, all.
  for (let round = 0; round < ctx.specs.length; round++) {
    const issue = ctx.rules?.(values)[0];
    if (!issue) break;
    const named = issue.field;
    const fits = (key: string) => (ctx.rules?.({ ...values, [key]: ctx.defaults[key]! }) ?? []).length === 0;
    const key =
      ctx.specs.some((s) => s.key === named) && values[named] !== ctx.defaults[named]
        ? named
        : ctx.specs.find((s) => values[s.key] !== ctx.defaults[s.key] && fits(s.key))?.key;
    if (!key) {
      Object.assign(values, ctx.defaults);
      rejected.push({
        key: '*',
        reason: 'conflict',
        message: say(ctx.style.words, 'stateAllReset', { detail: issue.message }),
      });
      break;
    }
    const spec = ctx.specs.find((s) => s.key === key)!;
    const current = values[key]!;
    const shown =
      typeof current === 'number'
        ? formatUnitValue(current, spec.unit, ctx.style)
        : say(ctx.style.words, 'quoted', { text: current.slice(0, 24) });
    rejected.push({
      key,
      reason: 'conflict',
      message: say(ctx.style.words, 'stateReset', { label: label(key), value: shown, detail: issue.message }),
    });
    values[key] = ctx.defaults[key]!;
  }
  return { values, rejected };
}

/**
 * The sentences a notice lists for rejected fields: each problem as it is, and every missing field
 * in one sentence ("The link had no value for A, B, so they use their defaults."). `where` names
 * the source: "The link" or "Your saved inputs".
 */
export function describeRejected(
  rejected: readonly RejectedField[],
  labels: Readonly<Record<string, string>>,
  where: string,
  words: FieldWords | undefined,
): string[] {
  const missing = rejected.filter((r) => r.reason === 'missing').map((r) => labels[r.key] ?? r.key);
  const items = rejected.filter((r) => r.reason !== 'missing').map((r) => r.message);
  if (missing.length)
    items.push(say(words, missing.length === 1 ? 'stateNoValueOne' : 'stateNoValueMany', { where, labels: missing.join(', ') }));
  return items;
}

/** Everything read from a share link. */
export interface DecodedState extends AcceptedValues {
  /** Currency and locale the link asked for, when this site offers them. */
  style: Partial<NumberStyle>;
  /** Other problems, each a sentence: an unreadable link, unknown fields, a currency not offered. */
  problems: string[];
}

/**
 * Reads a share link's fragment (with or without '#'). Values are checked as in acceptValues;
 * the currency and locale must be among those offered.
 */
export function decodeState(
  hash: string,
  ctx: StateContext,
  offered: { currencies: readonly string[]; locales: readonly string[] },
): DecodedState {
  const w = ctx.style.words;
  const problems: string[] = [];
  const candidate: Record<string, string> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    params = new URLSearchParams();
  }
  const unknown: string[] = [];
  const keys = new Set(ctx.specs.map((s) => s.key));
  for (const [key, value] of params) {
    if (keys.has(key)) candidate[key] = value;
    else if (key !== SCENARIO_KEY && !(STYLE_KEYS as readonly string[]).includes(key)) unknown.push(key);
  }
  const accepted = Object.keys(candidate).length
    ? acceptValues(candidate, ctx, { verb: say(w, 'linkHad') })
    : { values: { ...ctx.defaults }, rejected: [] };
  if (!Object.keys(candidate).length && !STYLE_KEYS.some((k) => params.has(k))) problems.push(say(w, 'linkEmpty'));
  if (unknown.length)
    problems.push(say(w, 'linkUnknown', { fields: unknown.map((k) => say(w, 'quoted', { text: k.slice(0, 24) })).join(', ') }));
  const style: Partial<NumberStyle> = {};
  const currency = params.get('currency');
  if (currency !== null) {
    if (offered.currencies.includes(currency)) style.currency = currency;
    else
      problems.push(
        say(w, 'linkCurrency', {
          currency: say(w, 'quoted', { text: currency.slice(0, 12) }),
          offered: offered.currencies.join(', '),
          current: ctx.style.currency,
        }),
      );
  }
  const locale = params.get('locale');
  if (locale !== null) {
    if (offered.locales.includes(locale)) style.locale = locale;
    else
      problems.push(
        say(w, 'linkLocale', {
          locale: say(w, 'quoted', { text: locale.slice(0, 12) }),
          offered: offered.locales.join(', '),
          current: ctx.style.locale,
        }),
      );
  }
  return { ...accepted, style, problems };
}
