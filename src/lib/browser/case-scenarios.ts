// Reading the scenarios saved in the tools for the business case (/tools/business-case/). The
// stored lists are untrusted: each scenario is checked with its tool's own form, exactly as the
// tool's scenario panel checks it (checkScenarioValues), and one that does not pass is left out
// with a sentence saying which tool, which scenario and what was wrong. Unlike the tool's panel,
// which puts a bad value back to its default, the business case never uses a default in place of
// a saved number: a figure taken to a board must be the one that was saved.
import { cleanName, FROM_STORAGE, isStoredScenarios, NAME_MAX, type Scenario, type ScenarioCheck } from './scenarios.ts';
import { isRecord } from './storage.ts';

/** One tool's usable scenarios, and a sentence per scenario (or list) that was left out. */
export interface SavedScenarios {
  scenarios: Scenario[];
  problems: string[];
}

/**
 * Sorts one tool's stored list (its raw text) into the scenarios the business case can use and
 * the problems with the rest. `tool` names the tool in the messages ("Customer lifetime value").
 */
export function readSavedScenarios(text: string | null, check: ScenarioCheck, tool: string): SavedScenarios {
  if (text === null) return { scenarios: [], problems: [] };
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
    };
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  stored.scenarios.forEach((item, i) => {
    const name = isRecord(item) && typeof item.name === 'string' ? cleanName(item.name) : '';
    const values = isRecord(item) && isRecord(item.values) ? item.values : null;
    const place = `${tool}: saved scenario ${i + 1}`;
    if (!values || !name) return void problems.push(`${place} has no ${values ? 'name' : 'values'}, so it was left out.`);
    if ([...name].length > NAME_MAX)
      return void problems.push(`${place} has a name longer than ${NAME_MAX} characters, so it was left out.`);
    if (scenarios.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      return void problems.push(`${place} repeats the name “${name}”, so it was left out.`);
    const checked = check(values, FROM_STORAGE);
    // The sentences are the tool's own (a share link gets the same ones), so they say what the tool would do.
    if (checked.problems.length)
      return void problems.push(
        `${tool}: “${name}” was left out, because the calculator would have to change it: ${checked.problems.join(' ')}`,
      );
    scenarios.push({ name, values: checked.values });
  });
  return { scenarios, problems };
}
