/**
 * The shared calculator experience: every numeric tool (CLV, CX ROI, NPS) is one of these.
 *
 * ## Using it for a new tool (docs/adding-a-tool.md walks through every step)
 * 1. Model, in `src/calculators/<tool>/` (pure TypeScript, no React/DOM):
 *    - `fields.ts`: the inputs as plain data, made with the builders in
 *      `src/calculators/shared/fields.ts` (`money()`, `percent(max)`, `points(max)`, `count(max)`,
 *      `wholeCount(max)`, `wholeYears(min, max)`, `choice([...])`, `text(max)`), and the form
 *      (`FormDecl`: the fields plus optional `rules(input)` returning `{ field, message }` issues,
 *      each shown under its input). A number is a text box with its unit and range; a choice is a
 *      radio group; text (pasted data) is a textarea.
 *    - `schema.ts`: `inputSchema(form)`, the same form as a zod schema, for the content check and
 *      tests only (the browser never loads zod for a calculator). Declare both in
 *      `src/tools/registry.ts`.
 *    - `calculate.ts`: `calculateX(input): XResult`; every result finite (use null for "never").
 *    - `chart.ts`: functions returning `ChartSpec`s (`src/calculators/shared/chart-spec.ts`).
 * 2. Presentation, in `src/islands/<tool>/`: a `CalculatorDefinition` (`types.ts`) with the form,
 *    `results`, `charts`, `summary` callbacks that receive `{ input, result, fmt, labels }`, a
 *    `working` loader (`() => import('./x-working.ts').then((m) => m.xWorking)`, loaded when the
 *    working is opened), and optional `groups` (fieldsets, each with an optional `when(raw)` to
 *    show it only in some mode), `choices` (words for choice values), `fieldNotes` (non-blocking
 *    notes under inputs, from the model), `tables` (shown below the charts and exported) and a
 *    `csvRows` loader (loaded with the CSV export). Then:
 *      export default function XCalculator(props: CalculatorContent) {
 *        return <Calculator definition={xDefinition} content={props} />;
 *      }
 * 3. Page, `src/pages/tools/<tool>/index.astro`: build the props at build time with
 *    `calculatorContent('<tool>', entry, site)` and render `<XCalculator client:load {...props} />`,
 *    so the default result is in the HTML (visible with JavaScript off), followed by
 *    `<noscript><WorkingList steps={await defaultWorking(xDefinition, props)} summary={props.words.working} /></noscript>`.
 *
 * ## What the reader gets (all in the browser; nothing is sent anywhere)
 * Labelled inputs with unit and range; a specific message under an empty, unreadable or
 * out-of-range input (aria-invalid + aria-describedby), while results stay on the last valid
 * numbers with a note; results that update as you type, announced politely when typing pauses;
 * presets; reset; "show the working"; charts drawn by chart.js (loaded on scroll into view) with
 * a data table each; a share link in the URL fragment (#key=value&currency=EUR&locale=en-GB),
 * validated on load with the same form (bad values reset to defaults and named in a notice);
 * the last inputs in localStorage (`cx-playbook:calc:<id>:v1`) and the currency/locale choice
 * (`cx-playbook:number-style:v1`, shared by all tools); CSV export; a print layout; saved scenarios
 * (`cx-playbook:scenarios:<id>:v1`) compared side by side, in CSV, in print and in a link
 * (`Scenarios.tsx`, whose panel `ScenarioPanel.tsx` is loaded by dynamic import when opened).
 *
 * ## Lower-level pieces for tools that are not a list of numbers (e.g. the assessment)
 * - `useCalculator(definition, content)`: the state and actions alone.
 * - `ChartFigure`: one lazily drawn chart and its table, from a `ChartSpec`.
 * - `NumberField`, `ResultList`, `WorkingList`: the form, result and working pieces.
 * - `makeFormatters(style)`: src/shared/format.ts bound to a currency and locale.
 * - `DataTable` (src/islands/shared/DataTable.tsx): a table with a caption, column and row headers.
 * - In `src/lib/browser/`: `inputs.ts` (parseNumber, field messages, checkForm), `url-fragment.ts`
 *   (writing the fragment), `url-state.ts` (reading it back: decodeState, `acceptValues` for
 *   untrusted values; load it with import() when needed), `storage.ts`, `csv.ts`; every number and
 *   date is written by `src/shared/format.ts`.
 * One calculator per page: the URL fragment is page-wide. A fragment without "=" (a heading
 * anchor such as #method) is left alone.
 */
export { Calculator, type CalculatorProps } from './Calculator.tsx';
export { ChartFigure, type ChartFigureProps } from './ChartFigure.tsx';
export { ChoiceField, type ChoiceFieldProps } from './ChoiceField.tsx';
export { TextField, type TextFieldProps } from './TextField.tsx';
export { calculatorContent, defaultWorking } from './content.ts';
export { makeFormatters, type Formatters } from './formatters.ts';
export { NumberField, unitLabel, type NumberFieldProps } from './NumberField.tsx';
export { ResultList } from './ResultList.tsx';
export { DataTable, type DataRow, type DataTableProps } from '../shared/DataTable.tsx';
export type {
  CalculatorContent,
  CalculatorDefinition,
  CalculatorPreset,
  FieldText,
  ResultItem,
  TableSpec,
  ViewContext,
  WorkingStep,
} from './types.ts';
export { PREFS_KEY, useCalculator, type CalculatorNotice, type CalculatorState } from './use-calculator.ts';
export { LazyWorking, WorkingList } from './WorkingList.tsx';
