import type { CalculatorWords } from '../../lib/browser/calculator-words.ts';
// Types of the shared calculator experience. A tool supplies a CalculatorDefinition (its model
// and how to show the result) and the page supplies CalculatorContent (words and numbers from
// content/tools/<id>.mdx and the site config); the island does the rest.
import type { ComponentType } from 'react';
import type { ChartSpec } from '../../calculators/shared/chart-spec.ts';
import type { FieldIssue, Fields } from '../../calculators/shared/fields.ts';
import type { CsvCell, FigureUnit } from '../../lib/browser/csv.ts';
import type { Formatters } from './formatters.ts';
import type { CalculatorState } from './use-calculator.ts';

/** Label and help text of one input, from content. */
export interface FieldText {
  /** Label beside the input, e.g. "Annual retention". */
  label: string;
  /** One sentence under the input. */
  help: string;
}

/** A named set of inputs from content; `values` are merged over the defaults. */
export interface CalculatorPreset {
  /** Id, unique inside the tool. */
  id: string;
  /** Text of the preset's button. */
  label: string;
  /** One sentence describing the situation. */
  description: string;
  /** Inputs the preset sets, in each input's unit (PERCENT 0-100 for percentages); text for choices and text inputs. */
  values: Record<string, number | string>;
}

/**
 * What a tool page passes to its island. It crosses from Astro to React as props, so it is plain
 * data (no functions): build it with `calculatorContent()` from `./content.ts`.
 */
export interface CalculatorContent {
  /** Label and help for each input, by key. */
  fields: Record<string, FieldText>;
  /** Starting inputs (already checked with the input schema by the content check). */
  defaults: Record<string, number | string>;
  /** Presets offered as buttons. */
  presets: CalculatorPreset[];
  /** Default currency (ISO 4217) and those a reader may switch to. */
  currency: string;
  currencies: string[];
  /** Default locale (BCP 47) for numbers and those a reader may switch to. */
  locale: string;
  locales: string[];
  /** The calculator frame's words in the page's language (the `calculator.*` strings). */
  words: CalculatorWords;
  /**
   * The tool's own words in the page's language (the `tools.<id>.*` strings, keys without the
   * prefix; raw, `{name}` filled by the tool's definition). A page built with `localTool` always
   * sets it; empty for a tool whose words are still in code.
   */
  toolWords?: Record<string, string>;
}

/** One headline number in the results. */
export interface ResultItem {
  /** Stable id (used in test ids and CSV). */
  id: string;
  /** What the number is, e.g. "CLV (all future years)". */
  label: string;
  /** The formatted value, never NaN or Infinity: impossible values are written in words. */
  value: string;
  /** A short line under the value (a convention or a comparison). */
  note?: string;
  /** Show it larger: the one or two numbers the tool is about. */
  emphasis?: boolean;
  /** The value for CSV export (a raw number in its unit); the formatted text when absent. */
  csv?: CsvCell;
  /** What `csv` measures: sets the CSV's unit cell and rounding (src/lib/browser/csv.ts); none for text. */
  unit?: FigureUnit;
}

/** One formula of "show the working": in symbols, with the reader's numbers, and its result. */
export interface WorkingStep {
  /** What is worked out, e.g. "Margin per year". */
  label: string;
  /** The formula in symbols, e.g. "m = AOV × orders × margin". */
  formula: string;
  /** The same with the reader's numbers, e.g. "€40.00 × 2.5 × 60%". */
  substituted: string;
  /** The formatted result. */
  result: string;
}

/** A table shown below the charts (e.g. the year-by-year business case). */
export interface TableSpec {
  /** Stable id, unique on the page. */
  id: string;
  /** Heading above the table (also its caption). */
  title: string;
  /** Column headers; the first column holds row headers. */
  head: string[];
  /** Formatted cells, one array per row. */
  rows: string[][];
  /** The same rows as raw values for CSV (numbers in their unit). */
  csv: CsvCell[][];
  /** Column headers for the CSV when they differ from `head` (e.g. naming the currency). */
  csvHead?: string[];
}

/** Lists the working for one view. */
export type WorkingFn<I, R> = (view: ViewContext<I, R>) => WorkingStep[];

/** Everything the callbacks of a definition receive. */
export interface ViewContext<I, R> {
  /** The last valid inputs. */
  input: I;
  /** `calculate(input)`. */
  result: R;
  /** Formatters in the reader's currency and locale. */
  fmt: Formatters;
  /** Each input's label from content, by key. */
  labels: Record<string, string>;
}

/** What a tool's own part of the calculator (`CalculatorDefinition.extra`) receives. */
export interface ExtraProps<I, R> {
  /** The calculator's element id, e.g. "calc-roi": prefix the part's own ids with it. */
  id: string;
  /** The calculator's state and actions (inputs as typed, their messages, setField). */
  calc: CalculatorState<I, R>;
  /** The page's content: labels and help of every input, defaults. */
  content: CalculatorContent;
  /** Registers a loader that printing waits for (charts drawn before the print dialog). */
  register: (load: () => Promise<void>) => () => void;
}

/** A tool's model and presentation: the only thing a new numeric tool has to write. */
export interface CalculatorDefinition<I = Record<string, number | string>, R = unknown> {
  /** Tool id, e.g. 'clv': names the storage slot, the CSV file and element ids. */
  id: string;
  /**
   * The tool's form, the same object src/tools/registry.ts declares: its inputs (made with the
   * builders in src/calculators/shared/fields.ts, so each has a unit and range) and its rules
   * between fields.
   */
  form: { fields: Fields; rules?(input: I): FieldIssue[] };
  /** Whether the tool deals in money; when false the currency picker is left out (default true). */
  usesMoney?: boolean;
  /** The pure model. */
  calculate: (input: I) => R;
  /** Headline numbers, in display order. */
  results: (view: ViewContext<I, R>) => ResultItem[];
  /**
   * "Show the working": loads the function that lists each formula with the reader's numbers
   * (`() => import('./x-working.ts').then((m) => m.xWorking)`). It loads when the reader opens
   * the working or prints, so the page's first download leaves it out; the page renders it for
   * the defaults at build time for readers without JavaScript (`defaultWorking` in ./content.ts).
   */
  working: () => Promise<WorkingFn<I, R>>;
  /** Charts, each drawn with chart.js when scrolled into view and always given as a table. */
  charts: (view: ViewContext<I, R>) => ChartSpec[];
  /** One or two sentences announced (politely, after typing pauses) when results change. */
  summary: (view: ViewContext<I, R>) => string;
  /** Optional tables shown below the charts and included in the CSV. */
  tables?: (view: ViewContext<I, R>) => TableSpec[];
  /**
   * Optional groups of inputs, each drawn as a fieldset with a legend; default: one group. `when`
   * hides a group unless it returns true for the text currently in the inputs (e.g. a mode choice);
   * hidden inputs keep their values.
   */
  groups?: { legend: string; keys: string[]; when?: (raw: Readonly<Record<string, string>>) => boolean }[];
  /** Words for each choice of a choice input: choices[key][value] = label. Default: the value itself. */
  choices?: Record<string, Record<string, string>>;
  /**
   * Optional notes shown under inputs that are valid but worth a word, worked out from the model
   * (e.g. "the percentages add up to 98"). They do not block the result; by input key.
   */
  fieldNotes?: (view: ViewContext<I, R>) => Partial<Record<string, string>>;
  /**
   * An optional part of the tool's own, drawn by the shared calculator after the scenarios, before
   * the charts. Keep it small and load the rest with `import()` (ROI's ranges, risk adjustments and
   * simulation, src/islands/roi/RoiExtra.tsx).
   */
  extra?: ComponentType<ExtraProps<I, R>>;
  /** Optional extra CSV rows appended after the results and chart tables: loads them with the export. */
  csvRows?: () => Promise<(view: ViewContext<I, R>) => CsvCell[][]>;
}
