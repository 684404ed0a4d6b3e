// `npm run bench`: build scale, page weight, tool latency and Lighthouse scores, printed as a
// table and written to bench-results/latest.json. Every build runs in a scratch copy under the
// system temp folder; the working tree and its dist/ are never touched.
//
//   npm run bench -- [--sizes 100,1000] [--only build,floor,starlight,latency,lighthouse,survey,survey-engines]
//                    [--runs 3] [--skip-build] [--skip-floor] [--skip-starlight] [--skip-latency]
//                    [--skip-lighthouse] [--skip-survey] [--survey-rows 10000,100000,1000000]
//                    [--engine-rows 1000000]
//                    [--changes 100] [--lighthouse-runs 3] [--dist <built site>]
//                    [--port 4391] [--keep] [--scratch <dir>] [--out bench-results/latest.json]
//                    [--chromium /usr/bin/chromium]
//
// Stages:
//   build      N synthetic failure patterns added to a copy of the playbook, built cold: time, CPU,
//              memory, bytes per page type, and whether a page grows with the site.
//   floor      a bare Astro + MDX project rendering the same MDX files into bare pages, with a
//              Pagefind index of its output (as the playbook and Starlight have search).
//   starlight  Starlight (@astrojs/starlight, pinned in scripts/bench/starlight.ts, with the
//              project's Astro version), default configuration, on the same MDX files. It is
//              installed with npm into <scratch>/starlight (reused by later runs at the same
//              versions; --keep leaves the last size's site there), never into the project; if
//              the install or a build fails, its row says why and the bench goes on.
//   latency    input change to updated results and chart in each tool, in Chromium; then the ROI
//              simulation: 10,000 draws in its Web Worker after a change of seed (target p95 200 ms).
//   lighthouse the four scores per page type, mobile.
//   survey     the survey tool's analysis of a generated 20-column export at each --survey-rows
//              size, against PapaParse alone on the same text (the floor): time, rows per
//              second, peak memory, the ratio (target at most 1.5); in Node, best of --runs.
//   survey-engines  the engine choice, in Chromium on a generated export of --engine-rows rows:
//              PapaParse in the tool's own worker against DuckDB-WASM (a devDependency, only
//              here) grouping in SQL, both ending in NPS per segment and per month; wall time,
//              start-up, the renderer's peak memory, the longest main-thread task and the gzip
//              bytes each would ship; median of --runs, a fresh browser per run. Not part of the
//              default run (about 5 minutes at 1,000,000 rows): name it with --only.
// Every build is cold: its output and cache folders are deleted first. The builds of a size are
// run in turn, --runs times each (the order rotating each round), and the median run of each is
// kept, so a busy moment on a shared machine does not decide a ratio; the playbook's time is
// reported over the floor's and over Starlight's, in wall and CPU seconds.
// Latency and Lighthouse use a cold build of the real playbook in a scratch copy (or --dist),
// served with gzip on 127.0.0.1:<port>; Chromium's debugging port is <port>+1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium as playwright } from '@playwright/test';
import { htmlPages } from '../../tests/dist/dist-helpers.ts';
import { basePath, coldBuild, copyProject, writeFloorProject, type BuildResult } from './build.ts';
import { measureLatency, type ToolLatency } from './latency.ts';
import { measureSimulation } from './simulation.ts';
import { CHROMIUM_FLAGS } from '../chromium.mjs';
import { measureLighthouse } from './lighthouse.ts';
import { printReport, type BenchResults, type SizeResult, type StoredBuild } from './report.ts';
import { installStarlight, writeStarlightProject, type StarlightInstall } from './starlight.ts';
import { measureSurvey } from './survey.ts';
import { measureEngines } from './survey-engines.ts';
import { addSyntheticPatterns, syntheticId } from './synthetic.ts';
import { TOOL_PAGES, htmlBytesOf, weighBuild } from './weights.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const STAGES = ['build', 'floor', 'starlight', 'latency', 'lighthouse', 'survey', 'survey-engines'] as const;
/** Stages that run only when --only names them. */
const ON_REQUEST: readonly Stage[] = ['survey-engines'];
type Stage = (typeof STAGES)[number];

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'skip-floor': { type: 'boolean', default: false },
    'skip-starlight': { type: 'boolean', default: false },
    'skip-latency': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-survey': { type: 'boolean', default: false },
    'survey-rows': { type: 'string', default: '10000,100000,1000000' },
    'engine-rows': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    changes: { type: 'string', default: '100' },
    'lighthouse-runs': { type: 'string', default: '3' },
    dist: { type: 'string' },
    keep: { type: 'boolean', default: false },
    scratch: { type: 'string', default: join(tmpdir(), 'cxp-bench') },
    out: { type: 'string', default: join(ROOT, 'bench-results', 'latest.json') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    port: { type: 'string', default: '4391' },
    help: { type: 'boolean', default: false },
  },
});

if (flags.help) {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('//')),
      )
      .map((l) => l.slice(3))
      .join('\n'),
  );
  process.exit(0);
}

const only = flags.only?.split(',').map((s) => s.trim()) ?? STAGES.filter((s) => !ON_REQUEST.includes(s));
for (const s of only)
  if (!(STAGES as readonly string[]).includes(s)) throw new Error(`--only: unknown stage "${s}" (stages: ${STAGES.join(', ')})`);
const skipped: Record<Stage, boolean> = {
  build: flags['skip-build'],
  floor: flags['skip-floor'],
  starlight: flags['skip-starlight'],
  latency: flags['skip-latency'],
  lighthouse: flags['skip-lighthouse'],
  survey: flags['skip-survey'],
  'survey-engines': false,
};
const run = (s: Stage) => only.includes(s) && !skipped[s];
const sizes = flags.sizes.split(',').map(Number);
if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes: whole numbers of pages, e.g. 100,1000 (got "${flags.sizes}")`);
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs: a whole number of cold builds per size, at least 1 (got "${flags.runs}")`);
const changes = Number(flags.changes);
const lighthouseRuns = Number(flags['lighthouse-runs']);
if (!(changes >= 1) || !(lighthouseRuns >= 1)) throw new Error('--changes and --lighthouse-runs must be at least 1');
const scratch = resolve(flags.scratch);
/** A build as stored in the JSON: its scratch output folder is gone by then. */
const stored = ({ outDir: _, ...rest }: BuildResult): StoredBuild => rest;
const load = () => Math.round(loadavg()[0]! * 100) / 100;

function sh(cmd: string, args: string[], cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function checkContent(site: string) {
  const r = spawnSync(process.execPath, [join('scripts', 'check-content.ts')], { cwd: site, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`synthetic content fails the content check:\n${(r.stdout + r.stderr).split('\n').slice(0, 20).join('\n')}`);
}

// Pages weighed at every size to see whether they grow with the site: every page of the real
// playbook, and two synthetic patterns that exist at the smallest size.
const smallest = Math.min(...sizes);
const isSynthetic = (p: string) => p.includes('/bench-pattern-');
const syntheticSamples = [...new Set([syntheticId(0), syntheticId(Math.floor(Math.min(smallest, 50) / 2))])].map(
  (id) => `/failures/${id}/`,
);

/** The run with the median wall time (the upper middle one of an even count). */
function median(builds: BuildResult[]): BuildResult {
  return [...builds].sort((a, b) => a.seconds - b.seconds)[Math.floor(builds.length / 2)]!;
}

/** Raw HTML bytes of the first synthetic failure page in a build's output (same URL in all three). */
const pageBytes = (outDir: string) => htmlBytesOf(outDir, `/failures/${syntheticId(0)}/`);

/** One of the projects built at each size. */
interface Contender {
  name: 'playbook' | 'floor' | 'Starlight';
  /** How the log names it. */
  label: string;
  dir: string;
  runs: BuildResult[];
  /** Set when a build failed and the contender is dropped from later rounds (Starlight only). */
  error?: string;
}

/** The median run of a contender as stored, with every run's wall and CPU time and the median CPU. */
const summary = (c: Contender): StoredBuild => {
  const m = median(c.runs);
  const cpuRuns = c.runs.flatMap((r) => (r.cpuSeconds === null ? [] : [r.cpuSeconds]));
  const cpuMedian = cpuRuns.length ? [...cpuRuns].sort((a, b) => a - b)[Math.floor(cpuRuns.length / 2)] : undefined;
  return { ...stored(m), runs: c.runs.map((r) => r.seconds), cpuRuns, cpuMedian, pageBytes: pageBytes(m.outDir) };
};

async function buildSize(n: number, starlight: StarlightInstall | undefined): Promise<SizeResult> {
  const site = join(scratch, `site-${n}`);
  const result: SizeResult = { n, samePage: {} };
  console.log(`\n== ${n} synthetic pages: copying the project to ${site} (load average ${load()})`);
  copyProject(ROOT, site);
  const content = join(site, 'content');
  addSyntheticPatterns(content, n);
  checkContent(site);
  const contenders: Contender[] = [];
  if (run('build'))
    contenders.push({ name: 'playbook', label: `the playbook (${n} synthetic failure patterns added)`, dir: site, runs: [] });
  if (run('floor'))
    contenders.push({
      name: 'floor',
      label: 'the plain Astro + MDX floor',
      dir: writeFloorProject(join(scratch, `floor-${n}`), ROOT, content),
      runs: [],
    });
  if (starlight?.error) result.starlightError = starlight.error;
  else if (starlight) {
    const dir = join(scratch, 'starlight');
    writeStarlightProject(dir, content);
    contenders.push({ name: 'Starlight', label: `Starlight ${starlight.starlight}`, dir, runs: [] });
  }
  // The builds take turns, so all see the same moments of a shared machine; the order rotates
  // each round, so none is always the first after a pause or the one after the heaviest.
  for (let i = 0; i < runs; i++) {
    const of = runs > 1 ? ` (run ${i + 1} of ${runs})` : '';
    const round = contenders.map((_, k) => contenders[(k + i) % contenders.length]!);
    for (const c of round) {
      if (c.error) continue;
      console.log(`   cold build of ${c.label}${of}, load average ${load()}…`);
      try {
        const b = await coldBuild(c.dir);
        c.runs.push(b);
        console.log(`   ${b.seconds.toFixed(1)} s (CPU ${b.cpuSeconds ?? '?'} s), ${b.htmlPages} pages, peak ${b.peakRssMb ?? '?'} MB`);
      } catch (e) {
        // Starlight is someone else's package at a pinned version: its failure is reported, not fatal.
        if (c.name !== 'Starlight') throw e;
        c.error = `build failed: ${(e instanceof Error ? e.message : String(e)).split('\n').slice(0, 4).join(' / ')}`;
        console.log(`   ${c.error}`);
      }
    }
  }
  for (const c of contenders) {
    if (c.name === 'playbook' && c.runs.length) {
      // Every run writes the same files; the last run's output is the one still on disk.
      const out = c.runs[c.runs.length - 1]!.outDir;
      for (const p of htmlPages(out).map((x) => x.path)) if (!isSynthetic(p)) result.samePage[p] = htmlBytesOf(out, p);
      for (const p of syntheticSamples) result.samePage[p] = htmlBytesOf(out, p);
      result.site = { ...summary(c), weights: weighBuild(out) };
    }
    if (c.name === 'floor' && c.runs.length) result.floor = summary(c);
    if (c.name === 'Starlight') {
      if (c.error) result.starlightError = c.error;
      else if (c.runs.length) result.starlight = summary(c);
    }
    if (!flags.keep) {
      if (c.name === 'floor') rmSync(c.dir, { recursive: true, force: true });
      // Starlight's folder keeps its install (node_modules) for the next run; its site goes.
      if (c.name === 'Starlight')
        for (const d of ['src', 'dist', '.astro', '.bench-cache']) rmSync(join(c.dir, d), { recursive: true, force: true });
    }
  }
  const { site: s, floor: f, starlight: l } = result;
  const over = (a: number | null | undefined, b: number | null | undefined) => (a && b ? a / b : undefined);
  if (s && f) [result.ratio, result.cpuRatio] = [over(s.seconds, f.seconds), over(s.cpuMedian, f.cpuMedian)];
  if (s && l) [result.starlightRatio, result.starlightCpuRatio] = [over(s.seconds, l.seconds), over(s.cpuMedian, l.cpuMedian)];
  if (!flags.keep) rmSync(site, { recursive: true, force: true });
  return result;
}

/** Starts scripts/bench/serve.ts (gzip, base path) in a child process. */
async function serve(dir: string, base: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts', 'bench', 'serve.ts'), '--dir', dir, '--port', String(port), '--base', base],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (b: Buffer) => b.toString().includes('Serving') && ok());
    child.on('exit', (c) => fail(new Error(`scripts/bench/serve.ts exited (${c}); is port ${port} free? (--port)`)));
  });
  return child;
}

const missingTool = (path: string): ToolLatency => {
  const none = { median: Number.NaN, p95: Number.NaN, max: Number.NaN };
  return { path, changes: 0, update: none, frame: none, charts: 0, chartTimeouts: 0, inputs: '', error: 'page missing from the build' };
};

async function main() {
  const previous: Partial<BenchResults> = existsSync(flags.out) ? (JSON.parse(readFileSync(flags.out, 'utf8')) as BenchResults) : {};
  const results: BenchResults = {
    ...previous,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      memoryGb: Math.round(totalmem() / 1e9),
      loadAverageStart: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      chromium: sh(flags.chromium, ['--version']) || 'not found',
      commit: sh('git', ['rev-parse', '--short', 'HEAD']) || 'unknown',
      uncommittedChanges: sh('git', ['status', '--porcelain', '--untracked-files=no']).length > 0,
    },
    updated: { ...(previous.updated ?? {}) },
    loadAverage: { ...(previous.loadAverage ?? {}) },
  };
  const now = new Date().toISOString();
  const ran: string[] = [];

  if (run('build') || run('floor') || run('starlight')) {
    let starlight: StarlightInstall | undefined;
    if (run('starlight')) {
      const astro = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
      console.log(`\n== Starlight: installing into ${join(scratch, 'starlight')} (Astro ${astro}, as the project)…`);
      starlight = installStarlight(join(scratch, 'starlight'), astro);
      console.log(
        `   ${starlight.error ?? `@astrojs/starlight ${starlight.starlight}, ${starlight.how}${starlight.installSeconds ? ` in ${starlight.installSeconds} s` : ''}`}`,
      );
      results.starlightInstall = starlight;
    }
    results.loadAverage.sizes = load();
    results.sizes = [];
    for (const n of sizes) results.sizes.push(await buildSize(n, starlight));
    results.updated.sizes = now;
    ran.push('sizes');
  }

  if (run('survey')) {
    const rows = flags['survey-rows'].split(',').map(Number);
    if (rows.some((n) => !Number.isInteger(n) || n < 1))
      throw new Error(`--survey-rows: whole numbers of rows (got "${flags['survey-rows']}")`);
    results.loadAverage.survey = load();
    console.log(`\n== survey: ${rows.join(', ')} rows, best of ${runs} (load average ${load()})`);
    results.survey = measureSurvey(rows, runs);
    results.updated.survey = now;
    ran.push('survey');
  }

  if (run('survey-engines')) {
    const rows = Number(flags['engine-rows']);
    if (!Number.isInteger(rows) || rows < 1) throw new Error(`--engine-rows: a whole number of rows (got "${flags['engine-rows']}")`);
    results.loadAverage.surveyEngines = load();
    console.log(`\n== survey engines: ${rows} rows in Chromium, ${runs} run(s) each (load average ${load()})`);
    const dir = join(scratch, 'survey-engines');
    try {
      results.surveyEngines = await measureEngines(dir, rows, runs, flags.chromium);
    } finally {
      if (!flags.keep) rmSync(dir, { recursive: true, force: true });
    }
    results.updated.surveyEngines = now;
    ran.push('surveyEngines');
  }

  if (run('latency') || run('lighthouse')) {
    let dist = flags.dist ? resolve(flags.dist) : '';
    let base: string;
    const site = join(scratch, 'site-real');
    if (!dist) {
      console.log(`\n== the real playbook: cold build in ${site}`);
      copyProject(ROOT, site);
      const b = await coldBuild(site);
      results.real = { ...stored(b), weights: weighBuild(b.outDir) };
      results.updated.real = now;
      ran.push('real');
      dist = b.outDir;
      base = basePath(site);
      console.log(`   ${b.seconds.toFixed(1)} s, ${b.htmlPages} pages`);
    } else {
      if (!existsSync(dist)) throw new Error(`--dist ${dist} does not exist`);
      base = basePath(ROOT);
    }
    const port = Number(flags.port);
    const server = await serve(dist, base, port);
    const origin = `http://127.0.0.1:${port}`;
    const built = new Set(htmlPages(dist).map((p) => p.path));
    const tools = TOOL_PAGES.filter((p) => built.has(p));
    const missing = TOOL_PAGES.filter((p) => !built.has(p));
    if (missing.length) console.log(`   tool pages missing from the build (not measured): ${missing.join(', ')}`);
    try {
      if (run('latency')) {
        results.loadAverage.latency = load();
        console.log(`\n== latency: ${changes} changes per tool in Chromium (load average ${load()})`);
        const browser = await playwright.launch({ executablePath: flags.chromium, args: CHROMIUM_FLAGS.filter((f) => f !== '--headless') });
        try {
          const measured = await measureLatency(browser, origin, base, tools, changes);
          results.latency = TOOL_PAGES.map((p) => measured.find((m) => m.path === p) ?? missingTool(p));
          console.log(`   the ROI simulation: ${changes} runs of 10,000 draws`);
          results.simulation = await measureSimulation(browser, origin, base, changes);
        } finally {
          await browser.close();
        }
        results.updated.latency = now;
        ran.push('latency');
      }
      if (run('lighthouse')) {
        const paths = [...built];
        const first = (re: RegExp) => paths.filter((p) => re.test(p)).sort()[0];
        const pages = [
          { type: 'home', path: '/' },
          { type: 'failure pattern', path: first(/^\/failures\/[^/]+\/$/) },
          { type: 'failures index', path: '/failures/' },
          { type: 'pyramid level', path: first(/^\/pyramid\/[^/]+\/$/) },
          { type: 'pyramid index', path: '/pyramid/' },
          { type: 'glossary', path: '/glossary/' },
          { type: 'sources', path: '/sources/' },
          { type: 'about', path: '/about/' },
          { type: 'print (whole playbook)', path: '/print/' },
          { type: 'tools index', path: '/tools/' },
          ...tools.map((t) => ({ type: `tool ${t}`, path: t })),
        ].filter((p): p is { type: string; path: string } => !!p.path && built.has(p.path));
        results.loadAverage.lighthouse = load();
        console.log(`\n== Lighthouse (mobile): ${pages.length} pages, ${lighthouseRuns} run(s) each (load average ${load()})`);
        results.lighthouse = await measureLighthouse(flags.chromium, port + 1, origin, base, pages, lighthouseRuns);
        results.updated.lighthouse = now;
        ran.push('lighthouse');
      }
    } finally {
      server.kill();
      if (!flags.keep && !flags.dist) rmSync(site, { recursive: true, force: true });
    }
  }

  results.machine.loadAverageEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  mkdirSync(dirname(flags.out), { recursive: true });
  writeFileSync(flags.out, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results, ran);
  console.log(`\nWrote ${flags.out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
