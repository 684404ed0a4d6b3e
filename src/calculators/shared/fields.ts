// A calculator's inputs, declared once as plain data: each field's kind, unit and range. The browser
// reads these declarations directly, so a tool page ships no validation library; build-time code
// and tests turn the same declarations into a zod schema with `inputSchema()` (./schema.ts).
// Cross-field rules are plain functions (`FormRules`) that both sides call.

/** What an input measures; decides how the form labels it and how values are formatted. */
export type Unit = 'money' | 'percent' | 'points' | 'years' | 'count';

/** Largest amount of money an input accepts, in the selected currency (keeps every result finite). */
export const MAX_MONEY = 1_000_000_000;

/** Largest count (customers, orders, contacts) an input accepts. */
export const MAX_COUNT = 1_000_000_000;

/** Largest number of survey responses any count or total accepts (keeps every result finite and exact). */
export const MAX_RESPONSES = 10_000_000;

/** Longest pasted column of survey scores, in characters (about 60,000 responses). */
export const MAX_PASTE_CHARS = 200_000;

/** How an input is entered: a number typed in a box, one of a few choices, or free text (pasted data). */
export type FieldKind = 'number' | 'choice' | 'text';

/** A number typed in a box, with its unit and range. */
export interface NumberField {
  kind: 'number';
  /** What the number measures. */
  unit: Unit;
  /** Smallest allowed value, in the input's unit. */
  min: number;
  /** Largest allowed value, in the input's unit. */
  max: number;
  /** Whether only whole numbers are allowed. */
  integer: boolean;
  /**
   * For an input added after a tool's links, saved inputs and scenarios were first written (ROI's
   * ranges and risk adjustments): the value that means "not used", also its default. A link, saved
   * inputs or a scenario without it take that value without a word, and saved inputs and the CSV
   * leave it out while it holds it, so they read as before.
   */
  absent?: number;
}

/** One of a few choices, drawn as a radio group. */
export interface ChoiceField<O extends readonly string[] = readonly string[]> {
  kind: 'choice';
  /** The allowed values, in the order the form shows them. */
  options: O;
}

/** Free text (a pasted column of data), drawn as a textarea. */
export interface TextField {
  kind: 'text';
  /** Longest text allowed, in characters. */
  maxLength: number;
  /** As NumberField's `absent`: the text that means "not used". */
  absent?: string;
}

/** The declaration of one input. */
export type FieldDecl = NumberField | ChoiceField | TextField;

/** A tool's inputs by key, in form order; the key is also the input's name in share links and content. */
export type Fields = Readonly<Record<string, FieldDecl>>;

/** The value one declaration describes: a number, one of a choice's options, text. */
type ValueOf<D> = D extends ChoiceField<infer O> ? O[number] : D extends TextField ? string : number;

/** The keys of the inputs declared with an `absent` value. */
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { absent: number | string } ? K : never }[keyof F];

/** The validated inputs a set of declarations describes; an input with an `absent` value may be left out (it then holds that value). */
export type InputOf<F extends Fields> = { -readonly [K in Exclude<keyof F, OptionalKeys<F>>]: ValueOf<F[K]> } & {
  -readonly [K in OptionalKeys<F>]?: ValueOf<F[K]>;
};

/** A problem a cross-field rule finds, reported at the input it is about. */
export interface FieldIssue<K extends string = string> {
  /** The input the message is shown under. */
  field: K;
  /** One sentence without a final full stop, e.g. "retention plus uplift cannot pass 100%". */
  message: string;
}

/** A tool's form: its inputs and the rules between them. The registry and the island share one object. */
export interface FormDecl<F extends Fields = Fields> {
  fields: F;
  /** Problems between fields of inputs that each passed their own checks; empty when none. */
  rules?(input: InputOf<F>): FieldIssue[];
}

const number = (unit: Unit, min: number, max: number, integer = false): NumberField => ({ kind: 'number', unit, min, max, integer });

/** Money in the selected currency, from 0 to `max` (default MAX_MONEY). */
export const money = (max = MAX_MONEY): NumberField => number('money', 0, max);

/** A percentage as the reader types it: PERCENT 0-100 (5 means 5%), from 0 to `max`. */
export const percent = (max = 100): NumberField => number('percent', 0, max);

/** Percentage points added to a percentage (5 means +5 points), from 0 to `max`. */
export const points = (max = 100): NumberField => number('points', 0, max);

/** A whole number of years from `min` to `max`. */
export const wholeYears = (min: number, max: number): NumberField => number('years', min, max, true);

/** A count (customers, orders, contacts; fractions allowed, e.g. 2.5 orders), 0 to `max`. */
export const count = (max = MAX_COUNT): NumberField => number('count', 0, max);

/** A whole number of things (responses, people), 0 to `max`. */
export const wholeCount = (max = MAX_COUNT): NumberField => number('count', 0, max, true);

/** One of `options` (kept as literal types, so the input's type is their union). */
export const choice = <const O extends readonly string[]>(options: O): ChoiceField<O> => ({ kind: 'choice', options });

/** Text of at most `maxLength` characters. */
export const text = (maxLength: number): TextField => ({ kind: 'text', maxLength });

/** What the form needs to know about one input: its declaration, flattened, with its key. */
export interface FieldSpec {
  /** The input's key (also its name in share links). */
  key: string;
  /** How it is entered. */
  kind: FieldKind;
  /** What a number measures ('count' for choices and text). */
  unit: Unit;
  /** Smallest allowed number, in the input's unit (0 for choices and text). */
  min: number;
  /** Largest allowed number, in the input's unit (0 for choices and text). */
  max: number;
  /** Whether only whole numbers are allowed. */
  integer: boolean;
  /** The allowed values of a choice, in order (empty otherwise). */
  options: readonly string[];
  /** Longest text allowed, in characters (0 for numbers and choices). */
  maxLength: number;
  /** The value that means "not used" of an input declared with one (NumberField's `absent`); undefined for the others. */
  absent?: number | string | undefined;
}

/** The spec of every input, in declaration order. */
export function fieldSpecs(fields: Fields): FieldSpec[] {
  return Object.entries(fields).map(([key, d]) => {
    const base = {
      key,
      unit: 'count' as Unit,
      min: 0,
      max: 0,
      integer: false,
      options: [] as readonly string[],
      maxLength: 0,
      absent: (d as NumberField).absent,
    };
    if (d.kind === 'choice') return { ...base, kind: 'choice', options: d.options };
    if (d.kind === 'text') return { ...base, kind: 'text', maxLength: d.maxLength };
    return { ...base, kind: 'number', unit: d.unit, min: d.min, max: d.max, integer: d.integer };
  });
}
