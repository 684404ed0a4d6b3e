// Mutation testing of the calculators (`npm run test:mutation`; not part of `npm test`).
// Stryker changes src/calculators/ one small edit at a time (a `<` into `<=`, a `+` into `-`, a
// condition into `true` ...) and runs the unit tests that cover the edited line; a mutant that no
// test notices ("survived") marks code whose behaviour the tests do not pin down.
// Reports: reports/mutation/ (HTML and JSON); the incremental file there makes reruns test only
// the mutants whose code or tests changed (`-- --force` tests all again).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: ['src/calculators/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A mutant is 'timed out' after its tests' normal time x 1.5 + timeoutMS. On a shared 2-core
  // machine 5 s (the default) let equivalent mutants that rerun the whole suite time out under load.
  timeoutMS: 20_000,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  // The sandbox copies the project; not the Node install, builds or earlier reports.
  ignorePatterns: ['/.tools', '/dist', '/dist-*', '/.astro', '/test-results', '/playwright-report', '/bench-results', '/coverage'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
