// The one place that says how the project starts Chromium: the browser tests, the dev-loop test,
// the benchmark's latency and Lighthouse stages and scripts/screenshot.mjs all use it.
// Debian's Chromium by default (Playwright cannot download browsers on every machine);
// CHROMIUM_PATH names another (the GitHub workflows use the runner image's Google Chrome).

/** The browser binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium that makes no requests of its own (a closed network refuses them). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
