// The handoff between the content-check integration (src/integrations/content-check.ts) and
// the code that reads content: the collections' loaders (src/content.config.ts) and every query
// of the data layer (src/data/). Both sides run in the same process but in different module
// graphs (the config's and Vite's), hence a global slot.
//
// In a build the check runs in a worker thread and the loaders wait for its result before they
// read a file, so a broken file is reported with our message (file:line: field) before Astro's
// content sync trips over it with its own. In `astro dev` the check re-runs on every save of a
// content file; while it has errors, every page throws them (Astro shows them in its error
// overlay) and a changed file that breaks a rule is refused before Astro parses it, so nothing the
// rules forbid is ever served.
import { isAbsolute, resolve } from 'node:path';
import { formatReport, sortErrors, type ContentError } from './errors.ts';

const GATE = Symbol.for('cx-playbook.content-check');
interface Slot {
  /** The build's check, settled once the worker reports. */
  build?: Promise<void>;
  /** The latest errors of the dev server's check, and the root their paths are relative to. */
  dev?: { errors: ContentError[]; root: string };
}
const slot = (): Slot => ((globalThis as { [GATE]?: Slot })[GATE] ??= {});

/** Holds the loaders until `check` settles; a rejection carries the report. */
export function gateContentOn(check: Promise<void>): void {
  slot().build = check;
}

/** Records the dev server's latest check (an empty list when the content passes). */
export function setDevCheck(errors: ContentError[], root: string): void {
  slot().dev = { errors, root };
}

/** The error a page throws while the content breaks a rule: the report, and where the first problem is. */
export class ContentCheckError extends Error {
  override readonly name = 'ContentCheckError';
  /** Where the first problem is, for Astro's error overlay. */
  readonly loc: { file: string; line: number; column: number } | undefined;
  readonly hint = 'Fix the file and save: the content check runs again and the page reloads. `npm run check:content` prints the same list.';
  /** Shown as the overlay's heading. */
  readonly title = 'Content check failed';

  constructor(errors: ContentError[], root: string) {
    super(formatReport(errors));
    const first = sortErrors(errors)[0];
    this.loc = first && !first.file.endsWith('/') ? { file: resolve(root, first.file), line: first.line ?? 1, column: 1 } : undefined;
  }
}

/**
 * Resolves once the content check has passed: in a build, when the worker reports; in dev, at once
 * unless the latest check found errors. Rejects with a ContentCheckError carrying the report.
 */
export function contentCheckPassed(): Promise<void> {
  const { build, dev } = slot();
  if (dev?.errors.length) return Promise.reject(new ContentCheckError(dev.errors, dev.root));
  return build ?? Promise.resolve();
}

/** The build's check alone (the loaders wait for it; in dev there is none to wait for). */
export function buildCheckPassed(): Promise<void> {
  return slot().build ?? Promise.resolve();
}

/** The dev server's latest errors in one file (`file` absolute or relative to the project root). */
function devErrorsIn(file: string): ContentError[] {
  const dev = slot().dev;
  if (!dev) return [];
  const target = isAbsolute(file) ? file : resolve(dev.root, file);
  return dev.errors.filter((e) => resolve(dev.root, e.file) === target);
}

/**
 * An error refusing `file` when the dev server's latest check found problems in it (the check has
 * printed them already, so this only says why the file was not reloaded), or undefined.
 */
export function devErrorFor(file: string): Error | undefined {
  const errors = devErrorsIn(file);
  return errors.length ? new Error(`kept the last version that passed: the content check found ${errors.length} problem(s) in this file (listed above)`) : undefined;
}
