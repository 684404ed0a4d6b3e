// The handoff between the content-check integration and the collections' loaders: in a build the
// check runs in a worker thread, and the loaders (src/content.config.ts) wait for it here before
// they read a file, so a broken file is reported with our message (file:line: field) before
// Astro's content sync trips over it with its own. Both sides run in the same process but in
// different module graphs (the config's and Vite's), hence a global slot.

const GATE = Symbol.for('cx-playbook.content-check');
type Gate = { [GATE]?: Promise<void> };

/** Holds the loaders until `check` settles; a rejection carries the report. */
export function gateContentOn(check: Promise<void>): void {
  (globalThis as Gate)[GATE] = check;
}

/** Resolves once the content check has passed (at once outside a build); rejects with its report. */
export function contentCheckPassed(): Promise<void> {
  return (globalThis as Gate)[GATE] ?? Promise.resolve();
}
