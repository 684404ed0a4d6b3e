// Reading what a reader types into a calculator, and saying precisely what is wrong with it.
// Every check is the field's own declaration (src/calculators/shared/fields.ts, read by
// fieldSpecs) and the form's rules between fields; the words name the field, the allowed range in
// its unit, and what was entered, so no message is ever generic.
import type { FieldIssue, FieldSpec, Unit } from '../../calculators/shared/fields.ts';
import { formatInput, formatMoneyExact, formatNumber, formatPercent, separators, type NumberStyle } from '../../shared/format.ts';
import { fill, type FieldWords } from './calculator-words.ts';

/**
 * A number style with the words messages are written in (the `calculator.field*`, `range*`,
 * `unit*` and `number*` strings of the page's language). A caller that only asks whether a value
 * is `ok` may leave `words` out; its messages are then the names of their strings.
 */
export type MessageStyle = NumberStyle & { words?: FieldWords | undefined };

/** One of the words, filled; its key when there are no words (see MessageStyle). */
export const say = (words: FieldWords | undefined, key: keyof FieldWords, values: Readonly<Record<string, string | number>> = {}) =>
  words ? fill(words[key], values) : key;

/** Why a value cannot be used. */
export type FieldProblem =
  'empty' | 'not-a-number' | 'unclear' | 'too-small' | 'too-big' | 'not-whole' | 'conflict' | 'not-an-option' | 'too-long' | 'invalid-text';

/** A value of one input: a number, a choice's value, or text. */
export type InputValue = number | string;

/** The result of reading one field: its value, or the problem and the sentence that explains it. */
export type FieldCheck = { ok: true; value: InputValue } | { ok: false; problem: FieldProblem; message: string };

/** How a number as typed was read: its value, or why not. */
export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'invalid' }
  /** Text that could mean two numbers in the locale, or is written in another locale's way; `why` says how it would be read and how to write it. */
  | { kind: 'unclear'; why: string };

const esc = (mark: string) => `\\${mark}`;

/** The locale's marks in words, e.g. "“.” is the decimal point and “,” separates thousands". */
function describeMarks(locale: string, words: FieldWords | undefined): string {
  const { decimal, group } = separators(locale);
  const g = group === '.' || group === ',' ? say(words, 'quoted', { text: group }) : say(words, 'numberSpace');
  return say(words, 'numberMarks', { decimal: say(words, 'quoted', { text: decimal }), group: g });
}

/**
 * Reads a number as typed in `locale`, strictly in that locale's way: spaces (and ' and _) may
 * group thousands anywhere; the locale's grouping mark ("," in en-GB, "." in de-DE) must be
 * followed by exactly three digits; one decimal mark. Text that breaks those rules but is made
 * only of digits and marks is 'unclear' (it could be two numbers, or is written another locale's
 * way: "50,5" or "1,0000" or "1.234,5" in en-GB), with a sentence saying how it would be read and
 * how to write it. The one exception, a mark the locale does not use at all ("." in fr-FR) once and
 * not followed by three digits, can only be a decimal point and is read as one.
 */
export function readNumber(raw: string, locale: string, words?: FieldWords): NumberReading {
  const s = raw.replace(/[\s\u00a0\u202f'’_]/g, '').replace(/^\u2212/, '-');
  if (s === '') return { kind: 'empty' };
  const body = s.startsWith('-') ? s.slice(1) : s;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { kind: 'invalid' };
  const sign = s.startsWith('-') ? -1 : 1;
  const { decimal: d, group } = separators(locale);
  const g = group === '.' || group === ',' ? group : null;
  const other = d === '.' ? ',' : '.'; // the mark that is not this locale's decimal point
  const grouped = g ? `|\\d{1,3}(?:${esc(g)}\\d{3})+` : '';
  const strict = new RegExp(`^(?:(?:\\d+${grouped})(?:${esc(d)}\\d*)?|${esc(d)}\\d+)$`);
  const value = (text: string, dec: string | null, drop: string | null) => {
    let t = drop ? text.split(drop).join('') : text;
    if (dec) t = t.replace(dec, '.');
    return sign * Number(t);
  };
  const read = (x: number): NumberReading => (Number.isFinite(x) ? { kind: 'number', value: x } : { kind: 'invalid' });
  if (strict.test(body)) return read(value(body, d, g));

  const nd = body.split(d).length - 1;
  const no = body.split(other).length - 1;
  const show = (x: number) => formatNumber(x, locale, 6);
  const mark = (m: string) => say(words, 'quoted', { text: m });
  const unclear = (key: keyof FieldWords, values: Readonly<Record<string, string>>): NumberReading => ({
    kind: 'unclear',
    why: say(words, 'numberIntro', {
      locale,
      marks: describeMarks(locale, words),
      text: mark(raw.trim()),
      why: say(words, key, values),
    }),
  });

  if (nd === 0) {
    // Only the other mark: a decimal point (the last one) or thousands separators.
    const last = body.lastIndexOf(other);
    const asDecimal = sign * Number(`${body.slice(0, last).split(other).join('')}.${body.slice(last + 1)}`);
    const asGroups = value(body, null, other);
    if (other !== g && no === 1 && !/^\d+[.,]\d{3}$/.test(body)) return read(asDecimal);
    if (asDecimal === asGroups || !/\d$/.test(body)) return unclear('numberWrite', { number: show(asGroups) });
    return unclear('numberDecimalOrGroups', { decimal: show(asDecimal), mark: mark(other), groups: show(asGroups) });
  }
  if (no === 0) {
    // The decimal mark more than once: thousands separators written another locale's way, or not a number.
    if (new RegExp(`^\\d{1,3}(?:${esc(d)}\\d{3})+$`).test(body))
      return unclear('numberGroups', { number: show(value(body, null, d)), mark: mark(d) });
    return { kind: 'invalid' };
  }
  const firstD = body.indexOf(d);
  if (body.lastIndexOf(other) < firstD && nd === 1 && /\d$/.test(body)) {
    // Right order, but the thousands are not in groups of three ("1,0000.5" in en-GB).
    const x = value(body, d, other);
    if (other !== g) return unclear('numberGroups', { number: show(x), mark: mark(other) });
    return unclear('numberGroupsOfThree', { number: show(x) });
  }
  if (no === 1 && new RegExp(`^\\d{1,3}(?:${esc(d)}\\d{3})+${esc(other)}\\d+$`).test(body)) {
    // Written the other way round ("1.234,5" in en-GB).
    const x = value(body, other, d);
    return unclear('numberOtherWay', { number: show(x), mark: mark(other) });
  }
  return unclear('numberNotOne', { grouped: show(1234.5), plain: formatInput(1234.5, locale) });
}

/** Reads a number as typed in `locale` (see readNumber); 'invalid' also for text that is unclear. */
export function parseNumber(raw: string, locale: string): number | 'empty' | 'invalid' {
  const r = readNumber(raw, locale);
  return r.kind === 'number' ? r.value : r.kind === 'unclear' ? 'invalid' : r.kind;
}

/** The unit nouns for a style without words (a caller outside the calculator frame, e.g. the business case). */
const UNIT_NOUNS = { unitPoint: '{value} point', unitPoints: '{value} points', unitYear: '{value} year', unitYears: '{value} years' };

const plural = (value: number, one: 'unitPoint' | 'unitYear', many: 'unitPoints' | 'unitYears', style: MessageStyle) =>
  fill((style.words ?? UNIT_NOUNS)[value === 1 ? one : many], { value: formatNumber(value, style.locale, 6) });

/** A value in its unit for messages: €40, 99%, 10 points, 5 years, 1,000. */
export function formatUnitValue(value: number, unit: Unit, style: MessageStyle): string {
  switch (unit) {
    case 'money':
      return formatMoneyExact(value, style);
    case 'percent':
      return formatPercent(value, style.locale, 6);
    case 'points':
      return plural(value, 'unitPoint', 'unitPoints', style);
    case 'years':
      return plural(value, 'unitYear', 'unitYears', style);
    default:
      return formatNumber(value, style.locale, 6);
  }
}

/** The allowed range in words, e.g. "a number from 0% to 99%" or "a whole number from 1 year to 10 years". */
export function describeRange(spec: FieldSpec, style: MessageStyle): string {
  return say(style.words, spec.integer ? 'rangeWhole' : 'rangeNumber', {
    min: formatUnitValue(spec.min, spec.unit, style),
    max: formatUnitValue(spec.max, spec.unit, style),
  });
}

/** The range as an instruction under an input, e.g. "Enter a number from 0% to 99%." */
export function rangeHint(spec: FieldSpec, style: MessageStyle): string {
  return say(style.words, 'fieldEnter', { range: describeRange(spec, style) });
}

/** What a reader (or a share link, or saved data) supplied, for the "you entered" part of a message. */
export interface Entered {
  /** The text as typed (or as found in the link). */
  raw: string;
  /**
   * Who supplied it, before the value: "the link had" for share links. Left out, the value is
   * said with the `enteredYou` words ("you entered {value}").
   */
  verb?: string;
}

/** The sentence for one problem with one field. `detail` is a rule's own words for a conflict. */
export function problemMessage(
  problem: FieldProblem,
  label: string,
  spec: FieldSpec,
  style: MessageStyle,
  entered: Entered & { value?: number; detail?: string },
): string {
  const w = style.words;
  const said = (value: string) => (entered.verb ? `${entered.verb} ${value}` : say(w, 'enteredYou', { value }));
  const quoted = say(w, 'quoted', { text: entered.raw.length > 24 ? `${entered.raw.slice(0, 24)}…` : entered.raw });
  const shown = entered.value === undefined ? quoted : formatUnitValue(entered.value, spec.unit, style);
  switch (problem) {
    case 'not-an-option': {
      const options = spec.options.map((o) => say(w, 'quoted', { text: o })).join(', ');
      return say(w, 'fieldNotAnOption', { label, options, entered: said(quoted) });
    }
    case 'too-long':
      return say(w, 'fieldTooLong', {
        label,
        max: formatNumber(spec.maxLength, style.locale),
        entered: said(formatNumber(entered.raw.length, style.locale)),
      });
    case 'invalid-text':
      return say(w, 'fieldText', { label, detail: entered.detail ?? say(w, 'fieldTextUnreadable') });
    case 'empty':
      return say(w, 'fieldEmpty', { label, range: describeRange(spec, style) });
    case 'not-a-number':
      return say(w, 'fieldNotANumber', {
        label,
        example: formatInput(spec.integer ? spec.min + 4 : 12.5, style.locale),
        entered: said(shown),
      });
    case 'too-small':
      return say(w, 'fieldTooSmall', { label, min: formatUnitValue(spec.min, spec.unit, style), entered: said(shown) });
    case 'too-big':
      return say(w, 'fieldTooBig', { label, max: formatUnitValue(spec.max, spec.unit, style), entered: said(shown) });
    case 'not-whole':
      return say(w, 'fieldNotWhole', { label, entered: said(shown) });
    case 'conflict':
      return say(w, 'fieldConflict', { label, detail: entered.detail ?? say(w, 'fieldConflictDefault') });
    case 'unclear':
      return say(w, 'fieldUnclear', { label, detail: entered.detail ?? say(w, 'fieldUnclearDefault') });
  }
}

/** The range and whole-number checks of one field for a number already read. */
export function rangeProblem(spec: FieldSpec, value: number): FieldProblem | null {
  if (!Number.isFinite(value)) return 'not-a-number';
  if (value < spec.min) return 'too-small';
  if (value > spec.max) return 'too-big';
  if (spec.integer && !Number.isInteger(value)) return 'not-whole';
  return null;
}

/** Reads and checks one field as typed in the form (`verb` says who supplied it, for messages). */
export function checkField(spec: FieldSpec, raw: string, label: string, style: MessageStyle, verb?: string): FieldCheck {
  const entered = verb ? { raw, verb } : { raw };
  if (spec.kind === 'choice') {
    return spec.options.includes(raw)
      ? { ok: true, value: raw }
      : { ok: false, problem: 'not-an-option', message: problemMessage('not-an-option', label, spec, style, entered) };
  }
  if (spec.kind === 'text') {
    if (raw.length > spec.maxLength)
      return { ok: false, problem: 'too-long', message: problemMessage('too-long', label, spec, style, entered) };
    return { ok: true, value: raw };
  }
  const read = readNumber(raw, style.locale, style.words);
  if (read.kind === 'empty') return { ok: false, problem: 'empty', message: problemMessage('empty', label, spec, style, { raw }) };
  if (read.kind === 'invalid')
    return { ok: false, problem: 'not-a-number', message: problemMessage('not-a-number', label, spec, style, { raw }) };
  if (read.kind === 'unclear')
    return { ok: false, problem: 'unclear', message: problemMessage('unclear', label, spec, style, { raw, detail: read.why }) };
  const parsed = read.value;
  const problem = rangeProblem(spec, parsed);
  if (problem) return { ok: false, problem, message: problemMessage(problem, label, spec, style, { raw, value: parsed }) };
  return { ok: true, value: parsed };
}

/** The result of checking a whole form. */
export interface FormCheck<T> {
  /** The validated inputs, when every field passed (including the form's rules between fields). */
  value: T | null;
  /** The message for each field with a problem, by key. */
  errors: Partial<Record<string, string>>;
}

/**
 * A form's rules between fields, over inputs that each passed their own checks. Declared as a
 * method so a tool's rules, typed with its own inputs (e.g. `roiRules(input: RoiInput)`), fit.
 */
export type Rules = { check(values: Record<string, InputValue>): FieldIssue[] }['check'];

/**
 * Checks every field, then, when all are readable, the form's rules between fields (each
 * message attached to the field it names).
 */
export function checkForm<T>(
  specs: readonly FieldSpec[],
  rules: Rules | undefined,
  raw: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
  style: MessageStyle,
): FormCheck<T> {
  const errors: Partial<Record<string, string>> = {};
  const values: Record<string, InputValue> = {};
  for (const spec of specs) {
    const check = checkField(spec, raw[spec.key] ?? '', labels[spec.key] ?? spec.key, style);
    if (check.ok) values[spec.key] = check.value;
    else errors[spec.key] = check.message;
  }
  if (Object.keys(errors).length) return { value: null, errors };
  const issues = rules?.(values) ?? [];
  if (issues.length === 0) return { value: values as T, errors };
  for (const issue of issues) {
    const key = specs.some((s) => s.key === issue.field) ? issue.field : specs[0]!.key;
    const spec = specs.find((s) => s.key === key)!;
    if (!errors[key])
      errors[key] = problemMessage('conflict', labels[key] ?? key, spec, style, { raw: raw[key] ?? '', detail: issue.message });
  }
  return { value: null, errors };
}
