// Reading the scenarios saved in the tools for the business case (/tools/business-case/). The
// stored lists are untrusted: each scenario is checked with its tool's own form, exactly as the
// tool's scenario panel checks it (checkScenarioValues), and one that does not pass is left out
// with a sentence saying which tool, which scenario and what was wrong. Unlike the tool's panel,
// which puts a bad value back to its default, the business case never uses a default in place of
// a saved number: a figure taken to a board must be the one that was saved. The one exception is
// an input the scenario was saved without (a tool that gained an input since, such as a range on
// ROI): it takes the tool's default, as the tool itself would, and a note says so; an input the
// tool no longer has is ignored, with a note.
import { CASE_WORDS, type CaseWords } from '../../calculators/business-case/words.ts';
import { fillWords } from '../../calculators/shared/words.ts';
import { cleanName, FROM_STORAGE, isStoredScenarios, NAME_MAX, storedCurrency, type Scenario, type ScenarioCheck } from './scenarios.ts';
import type { InputValue } from './inputs.ts';
import { isRecord } from './storage.ts';

/** One tool's usable scenarios, a sentence per scenario (or list) that was left out, and a note per scenario used with a change. */
export interface SavedScenarios {
  scenarios: Scenario[];
  problems: string[];
  notes: string[];
}

/** What the reader needs to fill in inputs a scenario was saved without: the tool's inputs, their defaults and labels. */
export interface ToolInputs {
  keys: readonly string[];
  defaults: Readonly<Record<string, InputValue>>;
  labels: Readonly<Record<string, string>>;
}

/** The words of the messages (`businessCase.saved*`). */
export type SavedWords = Pick<
  CaseWords,
  | 'savedUnreadable'
  | 'savedPlace'
  | 'savedNoName'
  | 'savedNoValues'
  | 'savedLongName'
  | 'savedRepeated'
  | 'savedRefused'
  | 'savedWithoutOne'
  | 'savedWithoutMany'
  | 'savedUnknown'
  | 'savedKey'
>;

const list = (items: readonly string[]) => items.join(', ');

/**
 * Sorts one tool's stored list (its raw text) into the scenarios the business case can use and
 * the problems with the rest, in the default language's words (`readSavedScenariosIn` takes a
 * page's). `tool` names the tool in the messages ("Customer lifetime value").
 */
export const readSavedScenarios = (text: string | null, check: ScenarioCheck, tool: string, inputs: ToolInputs): SavedScenarios =>
  readSavedScenariosIn(text, check, tool, inputs, CASE_WORDS);

/** `readSavedScenarios` with its messages in the words `w` (the page's `businessCase.saved*`). */
export function readSavedScenariosIn(
  text: string | null,
  check: ScenarioCheck,
  tool: string,
  inputs: ToolInputs,
  w: SavedWords,
): SavedScenarios {
  if (text === null) return { scenarios: [], problems: [], notes: [] };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    stored = undefined;
  }
  if (!isStoredScenarios(stored))
    return {
      scenarios: [],
      problems: [fillWords(w.savedUnreadable, { tool })],
      notes: [],
    };
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  stored.scenarios.forEach((item, i) => {
    const name = isRecord(item) && typeof item.name === 'string' ? cleanName(item.name) : '';
    const values = isRecord(item) && isRecord(item.values) ? item.values : null;
    const place = fillWords(w.savedPlace, { tool, number: i + 1 });
    if (!values || !name) return void problems.push(fillWords(values ? w.savedNoName : w.savedNoValues, { place }));
    if ([...name].length > NAME_MAX) return void problems.push(fillWords(w.savedLongName, { place, max: NAME_MAX }));
    if (scenarios.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      return void problems.push(fillWords(w.savedRepeated, { place, name }));
    const missing = inputs.keys.filter((key) => !(key in values));
    const unknown = Object.keys(values).filter((key) => !inputs.keys.includes(key));
    const complete = Object.fromEntries([
      ...missing.map((key) => [key, inputs.defaults[key]]),
      ...Object.entries(values).filter(([key]) => inputs.keys.includes(key)),
    ]) as Record<string, unknown>;
    const checked = check(complete, FROM_STORAGE);
    // The sentences are the tool's own (a share link gets the same ones), so they say what the tool would do.
    if (checked.problems.length) return void problems.push(fillWords(w.savedRefused, { tool, name, problems: checked.problems.join(' ') }));
    if (missing.length)
      notes.push(
        fillWords(missing.length === 1 ? w.savedWithoutOne : w.savedWithoutMany, {
          tool,
          name,
          inputs: list(missing.map((k) => inputs.labels[k] ?? k)),
        }),
      );
    if (unknown.length)
      notes.push(fillWords(w.savedUnknown, { tool, name, keys: list(unknown.map((k) => fillWords(w.savedKey, { key: k.slice(0, 24) }))) }));
    scenarios.push({ name, values: checked.values, ...storedCurrency(item) });
  });
  return { scenarios, problems, notes };
}
