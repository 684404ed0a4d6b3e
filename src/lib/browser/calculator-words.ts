// The words of the shared calculator frame (src/islands/calculator/): headings, buttons, status
// lines. They come from the `calculator.*` strings of the page's language (content/strings/),
// reach the island as props in the HTML, and so add no JavaScript. `{name}` is filled in the island.

/**
 * The keys of the field messages (./inputs.ts): what is wrong with a value typed, in a link or in
 * storage, the allowed range in words, and how a number that could be read two ways would be read;
 * then what a link or saved inputs had that could not be used (./url-state.ts).
 */
export const FIELD_WORD_KEYS = [
  'quoted',
  'enteredYou',
  'fieldNotAnOption',
  'fieldTooLong',
  'fieldText',
  'fieldTextUnreadable',
  'fieldEmpty',
  'fieldNotANumber',
  'fieldTooSmall',
  'fieldTooBig',
  'fieldNotWhole',
  'fieldConflict',
  'fieldConflictDefault',
  'fieldUnclear',
  'fieldUnclearDefault',
  'fieldEnter',
  'rangeNumber',
  'rangeWhole',
  'unitPoint',
  'unitPoints',
  'unitYear',
  'unitYears',
  'unitAfterPoints',
  'unitAfterYears',
  'numberMarks',
  'numberSpace',
  'numberIntro',
  'numberWrite',
  'numberDecimalOrGroups',
  'numberGroups',
  'numberGroupsOfThree',
  'numberOtherWay',
  'numberNotOne',
  'linkHad',
  'savedHad',
  'linkWhere',
  'savedWhere',
  'stateMissing',
  'stateAllReset',
  'stateReset',
  'stateNoValueOne',
  'stateNoValueMany',
  'linkEmpty',
  'linkUnknown',
  'linkCurrency',
  'linkLocale',
] as const;

/** The field messages' words in one language. */
export type FieldWords = Record<(typeof FIELD_WORD_KEYS)[number], string>;

/**
 * The keys of the saved scenarios' words (./scenarios.ts, ../../islands/calculator/ScenarioPanel.tsx):
 * the list, its buttons and status lines, the comparison, and the messages about a scenario from
 * storage or a link. The panel also uses `quoted`, `dismiss` and the CSV heads (`csvTool`…).
 */
export const SCENARIO_WORD_KEYS = [
  'scenarioLinkHad',
  'scenarioLinkWhere',
  'scenarioLinkList',
  'scenarioSavedHad',
  'scenarioSavedWhere',
  'scenarioSavedList',
  'scenarioNameEmpty',
  'scenarioNameTooLong',
  'scenarioNameTaken',
  'scenarioFull',
  'scenarioUnknownFields',
  'scenarioPlace',
  'scenarioNoName',
  'scenarioNoValues',
  'scenarioLongName',
  'scenarioListFull',
  'scenarioNameClash',
  'scenarioCsvDiffers',
  'scenarioLine',
  'scenarioLines',
  'scenarioNotice',
  'scenarioAdded',
  'scenarioAlreadyIn',
  'scenarioFixFirst',
  'scenarioSaved',
  'scenarioSavedFirst',
  'scenarioRenamed',
  'scenarioDeleted',
  'scenarioRestored',
  'scenarioLoaded',
  'scenarioCopiedOne',
  'scenarioCopiedMany',
  'scenarioCopyManual',
  'scenarioCsvDone',
  'scenarioNameHelp',
  'scenarioName',
  'scenarioSave',
  'scenarioListTitle',
  'scenarioPick',
  'scenarioNewName',
  'scenarioSaveName',
  'scenarioCancel',
  'scenarioLoad',
  'scenarioLoadHidden',
  'scenarioRename',
  'scenarioDelete',
  'scenarioUndo',
  'scenarioUndoHidden',
  'scenarioNone',
  'scenarioCopyLink',
  'scenarioCsv',
  'scenarioLink',
  'scenarioTickMore',
  'scenarioCompareTitle',
  'scenarioCompareNote',
  'scenarioCompareRegion',
  'scenarioCompareCaption',
  'scenarioColumn',
  'scenarioInputs',
  'scenarioResults',
  'scenarioDiffers',
  'scenarioPrinted',
] as const;

/** The saved scenarios' words in one language, with the calculator's words they share. */
export type ScenarioWords = Record<
  (typeof SCENARIO_WORD_KEYS)[number] | 'quoted' | 'csvTool' | 'csvCurrency' | 'csvInput' | 'csvResult' | 'csvUnit',
  string
>;

/** Fills a text's `{name}` placeholders; a name without a value stays as it is. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The keys of a chart's words (../../islands/calculator/ChartFigure.tsx, ChartExport.tsx,
 * chart-render.ts): its label, the table's disclosure, the PNG buttons and their status lines,
 * and the slide's value-axis titles and footer. `table` is the calculator's own.
 */
export const CHART_WORD_KEYS = [
  'table',
  'chartLabel',
  'chartFailed',
  'chartTable',
  'pngDownload',
  'pngCopy',
  'pngCopied',
  'pngCopyRefused',
  'pngSaved',
  'pngFailed',
  'axisAmount',
  'axisPercent',
  'axisNumber',
  'slideSource',
] as const;

/** Lists of keys as one; marked pure, so a bundle that never reads the result leaves them out. */
const joined = <A extends readonly string[], B extends readonly string[], C extends readonly string[]>(
  a: A,
  b: B,
  c: C,
): readonly [...A, ...B, ...C] => [...a, ...b, ...c];

/** Every key of the calculator's words, as in `calculator:` of the strings files. */
export const CALCULATOR_WORD_KEYS = /* @__PURE__ */ joined(
  [
    'yourNumbers',
    'presets',
    'styleMoney',
    'styleNumbers',
    'currency',
    'numberFormat',
    'currencyHelp',
    'reset',
    'results',
    'allResults',
    'staleOne',
    'staleMany',
    'stalePeek',
    'back',
    'share',
    'csv',
    'print',
    'shareLink',
    'shareCopied',
    'shareManual',
    'csvDone',
    'csvFailed',
    'printNote',
    'charts',
    'table',
    'dismiss',
    'scenarios',
    'scenariosIntro',
    'scenariosOpen',
    'scenariosHide',
    'scenariosLoading',
    'working',
    'workingFailed',
    'workingLoading',
    'noticeLink',
    'noticeSaved',
    'noticeUnreadable',
    'noticeReload',
    'notUpdated',
    'presetLoaded',
    'resetDone',
    'csvTool',
    'csvCurrency',
    'csvInput',
    'csvResult',
    'csvValue',
    'csvUnit',
    // The chart's words (CHART_WORD_KEYS, but for `table`, which comes earlier), written out: a
    // spread would keep CHART_WORD_KEYS in every bundle that imports this file.
    'chartLabel',
    'chartFailed',
    'chartTable',
    'pngDownload',
    'pngCopy',
    'pngCopied',
    'pngCopyRefused',
    'pngSaved',
    'pngFailed',
    'axisAmount',
    'axisPercent',
    'axisNumber',
    'slideSource',
  ] as const,
  FIELD_WORD_KEYS,
  SCENARIO_WORD_KEYS,
);

/** The calculator's words in one language. */
export type CalculatorWords = Record<(typeof CALCULATOR_WORD_KEYS)[number], string>;

/** A chart's words in one language (every key is one of the calculator's). */
export type ChartWords = Pick<CalculatorWords, (typeof CHART_WORD_KEYS)[number]>;

/** Only the field messages' words, for a page that checks saved values but shows no calculator. */
export function fieldWords(words: CalculatorWords): FieldWords {
  return Object.fromEntries(FIELD_WORD_KEYS.map((k) => [k, words[k]])) as FieldWords;
}

/** Only a chart's words, for a page that draws charts outside the calculator (the business case). */
export function chartWords(words: ChartWords): ChartWords {
  return Object.fromEntries(CHART_WORD_KEYS.map((k) => [k, words[k]])) as ChartWords;
}
