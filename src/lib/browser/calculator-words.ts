// The words of the shared calculator frame (src/islands/calculator/): headings, buttons, status
// lines. They come from the `calculator.*` strings of the page's language (content/strings/),
// reach the island as props in the HTML, and so add no JavaScript. `{name}` is filled in the island.

/** Every key of the calculator's words, as in `calculator:` of the strings files. */
export const CALCULATOR_WORD_KEYS = [
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
] as const;

/** The calculator's words in one language. */
export type CalculatorWords = Record<(typeof CALCULATOR_WORD_KEYS)[number], string>;
