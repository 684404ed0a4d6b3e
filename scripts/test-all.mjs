// Runs every test suite in order and ends with one line, `N passed, N failed`, summing them all.
// Suites: content check, type check, lint, format, unit + content tests, build, tests over the built output,
// browser tests, originality of the prose. A suite that cannot run counts as a failure.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'cxp-test-'));
const totals = { passed: 0, failed: 0 };
const rows = [];

let lastSeconds = 0;
function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  lastSeconds = (performance.now() - start) / 1000;
  return r.status ?? 1;
}

/** A step that is one check: passed when the command exits 0. */
function step(name, cmd, args, env) {
  const ok = run(cmd, args, env) === 0;
  record(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function record(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  rows.push({ name, passed, failed, seconds: lastSeconds });
  lastSeconds = 0;
}

/** A vitest run, counted per test from its JSON report. */
function vitest(name, config, env = {}) {
  const out = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
  const status = run(
    'npx',
    ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
  );
  if (!existsSync(out)) return record(name, 0, 1);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const failed = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
  record(name, report.numPassedTests, failed);
}

/** A TCP port free on 127.0.0.1 now (listen on port 0, read the port given, close), so the tests run beside `npm start` on 4321. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(String(port)));
      });
  });
}

/** A Playwright run on a free port, counted per test from its JSON report. */
async function playwright(name, env = {}) {
  const out = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
  const status = run('npx', ['playwright', 'test'], { ...env, CXP_E2E_PORT: await freePort(), CXP_E2E_JSON: out });
  if (!existsSync(out)) return record(name, 0, 1);
  const stats = JSON.parse(readFileSync(out, 'utf8')).stats;
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  record(name, stats.expected, failed);
}

const only = process.argv[2];
step('content check', 'node', ['scripts/check-content.ts']);
if (!only) step('type check (astro check)', 'npx', ['astro', 'check']);
if (!only) step('lint (ESLint)', 'npx', ['eslint', '.']);
if (!only) step('format (Prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
vitest('unit and content tests', 'vitest.config.ts');
const built = step('build', 'node', ['scripts/build.ts']);
// The white-label build: same content, a second organisation's config, under /handbook/.
// Its files land in <alt>/handbook/ (what a host serving <alt> at / would serve); the browser
// tests serve <alt>/handbook/ under the /handbook/ base, as a project-site host does.
const alt = join(scratch, 'white-label');
const altBuilt = step('white-label build', 'node', ['scripts/build.ts'], {
  CXP_SITE_CONFIG: 'tests/fixtures/white-label/site.yaml',
  CXP_PUBLIC_DIR: 'tests/fixtures/white-label/public',
  CXP_OUT_DIR: join(alt, 'handbook'),
  CXP_CACHE_DIR: join(scratch, 'white-label-cache'),
});
if (built) {
  vitest('built output tests', 'vitest.dist.config.ts', altBuilt ? { CXP_ALT_DIST: alt } : {});
  await playwright('browser tests');
} else {
  record('built output tests (not run: build failed)', 0, 1);
  record('browser tests (not run: build failed)', 0, 1);
}
if (altBuilt)
  await playwright('browser tests, white-label under /handbook/', {
    CXP_E2E_SUITE: 'white-label',
    CXP_E2E_DIR: join(alt, 'handbook'),
    CXP_E2E_BASE: '/handbook/',
  });
else record('browser tests, white-label (not run: build failed)', 0, 1);
const originality = join('..', 'shared', 'tools', 'check-originality.mjs');
if (existsSync(originality)) step('originality of the prose', 'node', [originality, '.']);
else console.log('\n(../shared/tools/check-originality.mjs not found beside the project; originality not checked)');

const minutes = (s) => {
  const t = Math.round(s);
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, '0')}`;
};
console.log('\nSuite                                  passed  failed    time');
for (const r of rows)
  console.log(`${r.name.padEnd(38)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${minutes(r.seconds).padStart(6)}`);
console.log(`${'total'.padEnd(38)} ${''.padStart(6)}  ${''.padStart(6)}  ${minutes((performance.now() - started) / 1000).padStart(6)}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
