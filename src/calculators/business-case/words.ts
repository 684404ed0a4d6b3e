// Every word the business case writes that is not a tool's own (its results, labels and charts
// come from the tool's definition and content): the page's interface, the document's headings, the
// Markdown export's, the ROI section's range of outcomes and the messages about saved scenarios.
// Pages take them from `businessCase.*` of content/strings/<lang>.yaml (the page's language) and
// hand them to the island as props, which passes them on to its worker; this copy is the
// default-language text for code that runs without a page (unit tests), and
// tests/unit/calculators/business-case-words.test.ts checks that it is exactly content/strings/en.yaml's.
// `{name}` is filled in code.

export const CASE_WORDS = {
  /** The document's heading. */
  title: 'Business case',
  /** The line under the heading; `{date}` is replaced with the date the document was made. */
  prepared: 'Prepared on {date}. Every figure was recalculated in the browser from the saved inputs below.',
  summary: 'Summary',
  /** A summary line's text: the scenario's name, then its headline results (joined with "; "). */
  summaryLine: '“{scenario}”: {results}.',
  patternsAddressed: 'Failure patterns this case addresses',
  noPatterns: 'No failure patterns chosen.',
  /** A section's heading: the tool's title and the scenario's name. */
  sectionTitle: '{tool}: “{scenario}”',
  inputs: 'Inputs',
  /** The inputs table's caption, read by screen readers. */
  inputsCaption: 'Inputs: {tool}, “{scenario}”',
  /** A text input's value in the inputs table: how many lines it has (`{count}` already in the page's number format). */
  line: '{count} line',
  lines: '{count} lines',
  results: 'Results',
  input: 'Input',
  result: 'Result',
  value: 'Value',
  chartData: 'Chart data',
  /** The name of a scrolling table, read by screen readers. */
  tableLabel: 'Table: {title}',
  method: 'Method',
  methodLink: 'The full method',
  toolLink: 'Open the tool',
  evidence: 'Evidence from the playbook',
  noEvidence: 'The playbook records no study or survey figures for this pattern.',
  patternLink: 'Read the pattern',
  sources: 'Sources',
  // The page around the document.
  chooseScenarios: 'Choose scenarios',
  chooseHelp: 'Tick the saved scenarios to include. Each is recalculated here from its saved inputs; stored results are never used.',
  choosePatterns: 'Choose the failure patterns the case addresses',
  choosePatternsHelp: 'Their evidence, with its sources, goes into the document.',
  noScenariosTitle: 'No saved scenarios yet',
  noScenarios:
    'A business case is built from scenarios you have saved in the tools. Open a tool below, enter your numbers, open “Save or compare scenarios” under the results, give the numbers a name and save them. Then come back here.',
  noneForTool: 'No saved scenarios.',
  nothingChosen: 'Tick at least one scenario or failure pattern above and the document appears here.',
  print: 'Print the business case',
  download: 'Download as Markdown',
  downloaded: 'Downloaded the business case as Markdown.',
  problemsTitle: 'Some saved scenarios could not be used and were left out:',
  notesTitle: 'Some saved scenarios were used with a change:',
  loading: 'Reading your saved scenarios…',
  loadFailed: 'Your saved scenarios could not be read: the page’s code did not load. Reload the page to try again.',
  noScript: 'The business case reads the scenarios saved in this browser and needs JavaScript.',
  privacy:
    'Everything is assembled in your browser from the scenarios saved in it. Nothing is sent anywhere: the document is printed or downloaded on this device.',
  // The ROI section's range of outcomes.
  rangeTitle: 'Risk-adjusted range',
  rangeRiskTable: 'Risk adjustment per benefit line',
  rangeBenefitLine: 'Benefit line',
  rangeTakenOff: 'Taken off',
  rangeAdjusted:
    'The results above are risk-adjusted: each benefit line is cut by its risk adjustment, and the table “Risk-adjusted and unadjusted” sets them beside the figures before it.',
  rangeUnadjusted: 'No benefit line has a risk adjustment, so the results above are unadjusted: the risk-adjusted figures are the same.',
  rangeSingle:
    'This scenario gives single values (no range) for every driver, so there is no range of outcomes to show: the results above are the one case its inputs describe. Give low and high values under “Ranges and risk” on the ROI page to see one.',
  /** `{draws}` is the number of simulated cases, `{seed}` the simulation's seed. */
  rangeSimulated:
    '{draws} simulated cases, each drawing every driver given a range from a triangular distribution (low, most likely, high), with seed {seed}; every other input as saved, risk adjustments included. P10 is the value one case in ten falls below; P90 the value one in ten rises above. The ROI page gives the same figures for the same inputs and seed.',
  /** Added to the ROI scenario's line of the summary. */
  rangeHeadline: 'simulated NPV from {p10} (P10) to {p90} (P90)',
  rangesTable: 'Ranges given',
  rangesLow: 'Low',
  rangesLikely: 'Most likely',
  rangesHigh: 'High',
  chancesTable: 'Chances and draws',
  chancesFigure: 'Figure',
  draws: 'Simulated cases (draws)',
  seed: 'Seed',
  // What was wrong with a saved scenario. `{tool}` is the tool's title, `{name}` the scenario's
  // name, `{place}` is `savedPlace` filled, `{number}` the scenario's place in its tool's list.
  savedUnreadable: '{tool}: the saved list could not be read (it is not in the form the tool writes), so none of its scenarios are used.',
  savedPlace: '{tool}: saved scenario {number}',
  savedNoName: '{place} has no name, so it was left out.',
  savedNoValues: '{place} has no values, so it was left out.',
  savedLongName: '{place} has a name longer than {max} characters, so it was left out.',
  savedRepeated: '{place} repeats the name “{name}”, so it was left out.',
  /** `{problems}` are the tool's own sentences about the values it would change. */
  savedRefused: '{tool}: “{name}” was left out, because the calculator would have to change it: {problems}',
  /** `{inputs}` lists the labels of the inputs the scenario lacks, joined with ", ". */
  savedWithoutOne: '{tool}: “{name}” was saved without {inputs}, so the document uses the tool’s default for it, as the tool would.',
  savedWithoutMany: '{tool}: “{name}” was saved without {inputs}, so the document uses the tool’s default for them, as the tool would.',
  /** `{keys}` lists the names of the values, each in `savedKey`, joined with ", ". */
  savedUnknown: '{tool}: “{name}” has values the tool no longer uses, which were ignored: {keys}.',
  savedKey: '“{key}”',
} as const;

/** The business case's words in one language (`businessCase.*`). */
export type CaseWords = { readonly [K in keyof typeof CASE_WORDS]: string };

/** Every key of the business case's words, for the page to read from the strings files. */
export const CASE_WORD_KEYS = /* @__PURE__ */ Object.keys(CASE_WORDS) as (keyof CaseWords)[];
