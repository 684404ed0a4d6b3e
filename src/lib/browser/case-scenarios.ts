// Reading the scenarios saved in the tools for the business case (/tools/business-case/). The
// stored lists are untrusted: each scenario is checked with its tool's own form, exactly as the
// tool's scenario panel checks it (checkScenarioValues), and one that does not pass is left out
// with a sentence saying which tool, which scenario and what was wrong. Unlike the tool's panel,
// which puts a bad value back to its default, the business case never uses a default in place of
// a saved number: a figure taken to a board must be the one that was saved. The one exception is
// an input the scenario was saved without (a tool that gained an input since, such as a range on
// ROI): it takes the tool's default, as the tool itself would, and a note says so; an input the
// tool no longer has is ignored, with a note.
import { cleanName, FROM_STORAGE, isStoredScenarios, NAME_MAX, type Scenario, type ScenarioCheck } from './scenarios.ts';
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

const quote = (name: string) => `“${name}”`;
const list = (items: readonly string[]) => items.join(', ');

/**
 * Sorts one tool's stored list (its raw text) into the scenarios the business case can use and
 * the problems with the rest. `tool` names the tool in the messages ("Customer lifetime value").
 */
export function readSavedScenarios(text: string | null, check: ScenarioCheck, tool: string, inputs: ToolInputs): SavedScenarios {
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
      problems: [`${tool}: the saved list could not be read (it is not in the form the tool writes), so none of its scenarios are used.`],
      notes: [],
    };
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  stored.scenarios.forEach((item, i) => {
    const name = isRecord(item) && typeof item.name === 'string' ? cleanName(item.name) : '';
    const values = isRecord(item) && isRecord(item.values) ? item.values : null;
    const place = `${tool}: saved scenario ${i + 1}`;
    if (!values || !name) return void problems.push(`${place} has no ${values ? 'name' : 'values'}, so it was left out.`);
    if ([...name].length > NAME_MAX)
      return void problems.push(`${place} has a name longer than ${NAME_MAX} characters, so it was left out.`);
    if (scenarios.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      return void problems.push(`${place} repeats the name “${name}”, so it was left out.`);
    const missing = inputs.keys.filter((key) => !(key in values));
    const unknown = Object.keys(values).filter((key) => !inputs.keys.includes(key));
    const complete = Object.fromEntries([
      ...missing.map((key) => [key, inputs.defaults[key]]),
      ...Object.entries(values).filter(([key]) => inputs.keys.includes(key)),
    ]) as Record<string, unknown>;
    const checked = check(complete, FROM_STORAGE);
    // The sentences are the tool's own (a share link gets the same ones), so they say what the tool would do.
    if (checked.problems.length)
      return void problems.push(
        `${tool}: ${quote(name)} was left out, because the calculator would have to change it: ${checked.problems.join(' ')}`,
      );
    if (missing.length)
      notes.push(
        `${tool}: ${quote(name)} was saved without ${list(missing.map((k) => inputs.labels[k] ?? k))}, so the document uses the tool’s default for ${missing.length === 1 ? 'it' : 'them'}, as the tool would.`,
      );
    if (unknown.length)
      notes.push(
        `${tool}: ${quote(name)} has values the tool no longer uses, which were ignored: ${list(unknown.map((k) => quote(k.slice(0, 24))))}.`,
      );
    scenarios.push({ name, values: checked.values });
  });
  return { scenarios, problems, notes };
}
