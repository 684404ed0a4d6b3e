// The saved scenarios' words in the default language (src/lib/browser/scenarios.ts and
// src/islands/calculator/ScenarioPanel.tsx): the `calculator.scenario*` strings, plus the quotation
// marks and CSV heads they share with the calculator. A tool page hands the panel its own
// language's words (CalculatorContent.words); this copy is for code without a page (the business
// case's worker, unit tests), and tests/unit/lib/scenario-words.test.ts checks that it is exactly
// content/strings/en.yaml's. `{name}` is filled in code.
import type { ScenarioWords } from './calculator-words.ts';

/** Where a scenario came from, in its messages (the business case's worker reads these). */
export const SCENARIO_SOURCE_WORDS = {
  scenarioLinkHad: 'the link had',
  scenarioLinkWhere: 'The link',
  scenarioLinkList: 'the link',
  scenarioSavedHad: 'your saved scenario had',
  scenarioSavedWhere: 'Your saved scenario',
  scenarioSavedList: 'your saved list',
} as const;

/** The check of a scenario's values (the business case's worker reads these too). */
export const SCENARIO_CHECK_WORDS = {
  quoted: '“{text}”',
  scenarioUnknownFields: '{where} had fields this calculator does not use, which were ignored: {fields}.',
} as const;

/** The list's operations and the comparison's CSV (./scenarios.ts). */
export const SCENARIO_LIST_WORDS = {
  quoted: '“{text}”',
  scenarioNameEmpty: 'Give the scenario a name, such as “Base case”.',
  scenarioNameTooLong: 'A name can have at most {max} characters; this one has {length}.',
  scenarioNameTaken: 'There is already a scenario called {name}: choose another name.',
  scenarioFull: 'You can keep at most {max} scenarios: delete one first.',
  scenarioPlace: 'Scenario {number} of {list}',
  scenarioNoName: '{place} has no name, so it was left out.',
  scenarioNoValues: '{place} has no values, so it was left out.',
  scenarioLongName: '{place} has a name longer than {max} characters, so it was left out.',
  scenarioListFull: '{name} was left out: at most {max} scenarios are kept, so delete one and open the link again.',
  scenarioNameClash: '{name} differs from your scenario of that name, so it was added as {kept}.',
  scenarioCsvDiffers: 'Differs from {name}',
  csvTool: 'Tool',
  csvCurrency: 'Currency',
  csvInput: 'Input',
  csvResult: 'Result',
  csvUnit: 'Unit',
} as const;

/** The panel's own (ScenarioPanel.tsx, which has the page's words as props; kept here for the test of the copy). */
export const SCENARIO_PANEL_WORDS = {
  scenarioLine: '{count} line',
  scenarioLines: '{count} lines',
  scenarioNotice: 'Some scenarios could not be used exactly as they were:',
  scenarioAdded: 'Added from the link: {names}.',
  scenarioAlreadyIn: 'The link’s scenarios were already in your list.',
  scenarioFixFirst: 'Fix the inputs that have a message first: a scenario keeps only numbers the calculator can use.',
  scenarioSaved: 'Saved {name}.',
  scenarioSavedFirst: 'Saved {name}. Save another, then tick both to compare them.',
  scenarioRenamed: 'Renamed {from} to {to}.',
  scenarioDeleted: 'Deleted {name}.',
  scenarioRestored: '{name} is back.',
  scenarioLoaded: 'Loaded {name} into the form.',
  scenarioCopiedOne: 'Link copied: it carries your numbers and the scenario.',
  scenarioCopiedMany: 'Link copied: it carries your numbers and all {count} scenarios.',
  scenarioCopyManual: 'Copy the link from the box below.',
  scenarioCsvDone: 'Comparison downloaded as CSV.',
  scenarioNameHelp: 'At most {max} characters; each name once.',
  scenarioName: 'Scenario name',
  scenarioSave: 'Save as a scenario',
  scenarioListTitle: 'Saved scenarios ({count})',
  scenarioPick: 'Tick two or three to compare',
  scenarioNewName: 'New name for {name}',
  scenarioSaveName: 'Save name',
  scenarioCancel: 'Cancel',
  scenarioLoad: 'Load',
  scenarioLoadHidden: '{name} into the form',
  scenarioRename: 'Rename',
  scenarioDelete: 'Delete',
  scenarioUndo: 'Undo delete',
  scenarioUndoHidden: 'of {name}',
  scenarioNone: 'None yet: put numbers in the form, name them above and save.',
  scenarioCopyLink: 'Copy link with scenarios',
  scenarioCsv: 'Download comparison (CSV)',
  scenarioLink: 'Link with scenarios',
  scenarioTickMore: 'Tick one or two more to compare.',
  scenarioCompareTitle: 'Comparison',
  scenarioCompareNote: 'A value in bold marked ≠ differs from {name}.',
  scenarioCompareRegion: 'Comparison of scenarios',
  scenarioCompareCaption: 'Inputs and results of {names}',
  scenarioColumn: 'Scenario',
  scenarioInputs: 'Inputs',
  scenarioResults: 'Results',
  scenarioDiffers: '(differs)',
  scenarioPrinted: 'The comparison is printed with the page.',
} as const;

/** Words of one of the groups above, in any language. */
export type WordsOf<T> = Record<keyof T, string>;

/** Every scenario word in the default language: the groups above as one (for tests). */
export const SCENARIO_WORDS: ScenarioWords = /* @__PURE__ */ Object.assign(
  {},
  SCENARIO_SOURCE_WORDS,
  SCENARIO_CHECK_WORDS,
  SCENARIO_LIST_WORDS,
  SCENARIO_PANEL_WORDS,
);
