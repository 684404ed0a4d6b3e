// Every word the business case writes that is not a tool's own (its results, labels and charts
// come from the tool's definition and content): the page's interface and the Markdown export's
// headings. Kept in one module so they can move into content/strings/ with the other interface
// strings; the island (src/islands/business-case/) and the export both read them from here.

export const CASE_WORDS = {
  /** The document's heading. */
  title: 'Business case',
  /** The line under the heading; `{date}` is replaced with the date the document was made. */
  prepared: 'Prepared with the CX Playbook on {date}. Every figure was recalculated in the browser from the saved inputs below.',
  summary: 'Summary',
  patternsAddressed: 'Failure patterns this case addresses',
  noPatterns: 'No failure patterns chosen.',
  inputs: 'Inputs',
  results: 'Results',
  input: 'Input',
  result: 'Result',
  value: 'Value',
  chartData: 'Chart data',
  tables: 'Tables',
  method: 'Method',
  methodLink: 'The full method',
  toolLink: 'Open the tool',
  scenario: 'Scenario',
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
  savedIn: 'Saved in this browser',
  nothingChosen: 'Tick at least one scenario or failure pattern above and the document appears here.',
  document: 'Your business case',
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
} as const;

export type CaseWords = typeof CASE_WORDS;

/** The "prepared on" line for a date already written in the reader's locale. */
export const preparedLine = (date: string): string => CASE_WORDS.prepared.replace('{date}', date);
