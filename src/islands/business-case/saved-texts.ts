// What the business case reads from this browser's storage, on the page's own thread: the raw text
// of each tool's saved scenarios and of the reader's currency and locale. Everything else (parsing,
// checking, recalculating) happens in the page's worker (./case-worker.ts). The keys are written out
// here rather than imported from the scenario and calculator modules, which would bring those into
// this page's first download; tests/unit/islands/business-case-assemble.test.ts holds them equal.
import { storageKey } from '../../lib/browser/storage.ts';
import type { CaseToolId } from './case-tools-ids.ts';

/** Where a tool keeps its scenarios: scenariosKey() of src/lib/browser/scenarios.ts. */
export const savedScenariosKey = (tool: string): string => storageKey(`scenarios:${tool}`);
/** Where the tools keep the reader's currency and locale: PREFS_KEY of src/islands/calculator/use-calculator.ts. */
export const NUMBER_STYLE_KEY = storageKey('number-style');

/** The raw text stored under `key`, or null when there is none or storage cannot be read. */
function text(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null; // storage blocked: as if nothing was saved
  }
}

/** The raw texts the worker needs. */
export interface SavedTexts {
  scenarios: Partial<Record<CaseToolId, string | null>>;
  prefs: string | null;
}

export function readSavedTexts(tools: readonly CaseToolId[]): SavedTexts {
  return { scenarios: Object.fromEntries(tools.map((id) => [id, text(savedScenariosKey(id))])), prefs: text(NUMBER_STYLE_KEY) };
}
