// Makes sense of what the tools saved in this browser (the page reads the raw texts, ./saved-texts.ts):
// the reader's currency and locale, and each tool's scenarios, checked with the tool's own form
// (src/lib/browser/case-scenarios.ts says how a bad one is left out). Runs in the page's worker.
import { fieldSpecs, type FormDecl } from '../../calculators/shared/fields.ts';
import { readSavedScenariosIn, type SavedWords } from '../../lib/browser/case-scenarios.ts';
import type { MessageStyle, Rules } from '../../lib/browser/inputs.ts';
import { checkScenarioValues, type Scenario, type ScenarioCheck } from '../../lib/browser/scenarios.ts';
import { isRecord } from '../../lib/browser/storage.ts';
import type { NumberStyle } from '../../shared/format.ts';
import { labelsOf, type CaseToolInfo } from './assemble.ts';
import { CASE_FORMS, type CaseToolId } from './case-views.ts';
import type { SavedTexts } from './saved-texts.ts';

/**
 * The check a tool's saved scenarios go through: the tool's own form, rules and defaults, as in its
 * scenario panel (`form`: the tool's form with its rules in the page's words; the default
 * language's when left out).
 */
export function scenarioCheck(tool: CaseToolInfo, style: MessageStyle, form: FormDecl = CASE_FORMS[tool.id]): ScenarioCheck {
  return checkScenarioValues({
    rules: form.rules?.bind(form) as Rules | undefined,
    specs: fieldSpecs(form.fields),
    labels: labelsOf(tool.content),
    defaults: tool.content.defaults,
    style,
  });
}

/** Each message as its key, for a caller without words (one that only asks which scenarios are usable). */
const KEYS = new Proxy({} as SavedWords, { get: (_, key) => String(key) });

const isPrefs = (v: unknown): v is { currency?: string; locale?: string } =>
  isRecord(v) && [v['currency'], v['locale']].every((x) => x === undefined || typeof x === 'string');

/** The reader's currency and locale from their stored text; none when it is missing or unreadable (the site's are used). */
function parsePrefs(text: string | null): { currency?: string; locale?: string } | null {
  try {
    const value: unknown = text === null ? null : JSON.parse(text);
    return isPrefs(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Everything saved (messages in the words of `site` and `words`, the page's `businessCase.saved*`;
 * without them each message is its key): the number style (the site's where the reader chose none),
 * each tool's usable scenarios, and what was left out. `formsIn` gives each tool's form with its
 * rules' messages in the page's words, their numbers for the reader's locale (the default
 * language's forms when left out).
 */
export function readSaved(
  tools: readonly CaseToolInfo[],
  site: MessageStyle,
  texts: SavedTexts,
  words?: SavedWords,
  formsIn?: (locale: string) => Record<CaseToolId, FormDecl>,
): { style: NumberStyle; lists: Partial<Record<CaseToolId, Scenario[]>>; problems: string[]; notes: string[] } {
  const prefs = parsePrefs(texts.prefs);
  const style = { currency: prefs?.currency ?? site.currency, locale: prefs?.locale ?? site.locale };
  const forms = formsIn?.(style.locale) ?? CASE_FORMS;
  const lists: Partial<Record<CaseToolId, Scenario[]>> = {};
  const problems: string[] = [];
  const notes: string[] = [];
  for (const tool of tools) {
    const inputs = { keys: Object.keys(CASE_FORMS[tool.id].fields), defaults: tool.content.defaults, labels: labelsOf(tool.content) };
    const read = readSavedScenariosIn(
      texts.scenarios[tool.id] ?? null,
      scenarioCheck(tool, { ...style, words: site.words }, forms[tool.id]),
      tool.title,
      inputs,
      words ?? KEYS,
    );
    lists[tool.id] = read.scenarios;
    problems.push(...read.problems);
    notes.push(...read.notes);
  }
  return { style, lists, problems, notes };
}
