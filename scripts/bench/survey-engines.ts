// The bench's survey-engines stage: the two engines the survey tool could read an export with,
// measured on the same generated file in the same Chromium. PapaParse in a Web Worker is what the
// tool ships (its own worker, src/islands/survey/survey-worker.ts); DuckDB-WASM
// (@duckdb/duckdb-wasm, a devDependency used only here, never imported by the site) reads the
// file and groups it in SQL. Each engine turns its counts into NPS per segment and per month by
// the NPS tool's estimator (scripts/bench/engines/). Per run and engine a fresh headless browser:
// its renderer process (the page and its workers) reports its peak resident memory (VmHWM from
// /proc), so each peak is its own. Bytes are what the engine would add to the page, gzip level 9.
import { execFileSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_FLAGS } from '../chromium.mjs';
import type { EngineRun } from './engines/harness.ts';
import { surveyExport } from './survey-data.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINES_DIR = join(ROOT, 'scripts', 'bench', 'engines');
const DUCKDB_DIST = join(ROOT, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist');

/** The contenders: the page each opens, and what it would ship. */
const ENGINES = [
  { name: 'baseline', label: 'no engine (the page and the file in a Blob)', page: 'baseline.html' },
  { name: 'papaparse', label: 'PapaParse in a worker (shipped), NPS mapping only', page: 'papa.html' },
  { name: 'papaparse-full', label: 'PapaParse in a worker (shipped), whole analysis', page: 'papa.html?mapping=full' },
  { name: 'duckdb', label: 'DuckDB-WASM 1.x (EH build), SQL', page: 'duckdb.html' },
] as const;

/** One engine's figures. */
export interface EngineBench {
  name: string;
  label: string;
  /** Every run's wall time, ms, in run order. */
  runsMs: number[];
  /** Median wall time from the file in hand to every NPS computed, ms. */
  ms: number;
  /** Median start-up inside `ms` (worker, WebAssembly), ms. */
  startMs: number;
  /** Largest peak resident memory of the renderer process (page and workers) over the runs, MB. */
  rendererPeakMb: number;
  /** Longest task on the page's thread over the runs, ms (0 when none reached 50 ms). */
  longestTaskMs: number;
  used: number;
  excluded: number;
  /** What the engine adds to the page: each file's gzip-9 bytes. */
  ships: { file: string; rawBytes: number; gzipBytes: number }[];
  /** Set when the engine failed; the other figures are then from the runs that did not. */
  error?: string;
}

/** The whole stage. */
export interface EnginesBench {
  rows: number;
  bytes: number;
  runs: number;
  duckdbVersion: string;
  engines: EngineBench[];
  /** True when PapaParse and DuckDB gave the same NPS for every segment value and month (to 0.01). */
  agree: boolean | undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': statSync(path).size });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Every process under `pid` (the browser's), by walking /proc's parent links. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Field 4 of /proc/<pid>/stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, of] of parent)
      if (of === p) {
        out.push(child);
        walk(child);
      }
  };
  walk(pid);
  return out;
}

/** Peak resident memory (VmHWM) of the browser's renderer processes, MB (the largest, as one page is open). */
function rendererPeakMb(browserPid: number): number {
  let peak = 0;
  for (const pid of descendants(browserPid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // The process ended while being read.
    }
  }
  return Math.round(peak);
}

async function once(chromiumPath: string, origin: string, page: string): Promise<EngineRun & { peakMb: number }> {
  const server = await chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_FLAGS.filter((f) => f !== '--headless') });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const tab = await browser.newPage();
    await tab.goto(`${origin}/${page}`);
    await tab.waitForFunction(() => window.__result !== undefined, undefined, { timeout: 15 * 60_000 });
    const result = (await tab.evaluate(() => window.__result))!;
    const peakMb = rendererPeakMb(server.process().pid!);
    await browser.close();
    return { ...result, peakMb };
  } finally {
    await server.close();
  }
}

const gz = (dir: string, file: string) => {
  const bytes = readFileSync(join(dir, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
};

/** Builds the engine pages into `dir` beside a generated export of `rows` rows, and measures each engine `runs` times. */
export async function measureEngines(dir: string, rows: number, runs: number, chromiumPath: string): Promise<EnginesBench> {
  mkdirSync(dir, { recursive: true });
  const text = surveyExport(rows);
  writeFileSync(join(dir, 'survey.csv'), text);
  const common = {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir: dir,
    logLevel: 'error',
  } as const;
  await build({ ...common, entryPoints: { 'papa-worker': join(ROOT, 'src', 'islands', 'survey', 'survey-worker.ts') } });
  await build({
    ...common,
    entryPoints: {
      'papa-page': join(ENGINES_DIR, 'papa-page.ts'),
      'duckdb-page': join(ENGINES_DIR, 'duckdb-page.ts'),
      'baseline-page': join(ENGINES_DIR, 'baseline-page.ts'),
    },
  });
  for (const f of ['duckdb-browser-eh.worker.js', 'duckdb-eh.wasm']) copyFileSync(join(DUCKDB_DIST, f), join(dir, f));
  for (const name of ['papa', 'duckdb', 'baseline'])
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><title>${name}</title><script type="module" src="${name}-page.js"></script>\n`,
    );
  const ships: Record<string, EngineBench['ships']> = {
    baseline: [gz(dir, 'baseline-page.js')],
    papaparse: [gz(dir, 'papa-page.js'), gz(dir, 'papa-worker.js')],
    duckdb: [gz(dir, 'duckdb-page.js'), gz(dir, 'duckdb-browser-eh.worker.js'), gz(dir, 'duckdb-eh.wasm')],
  };
  ships['papaparse-full'] = ships.papaparse!;

  const server = await serve(resolve(dir));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results = new Map<string, (EngineRun & { peakMb: number })[]>(ENGINES.map((e) => [e.name, []]));
  try {
    for (let i = 0; i < runs; i++) {
      // Turns, the order rotating each round, so no engine always follows the heaviest.
      const round = ENGINES.map((_, k) => ENGINES[(k + i) % ENGINES.length]!);
      for (const e of round) {
        process.stdout.write(`   ${e.name} (run ${i + 1} of ${runs})… `);
        const r = await once(chromiumPath, origin, e.page);
        console.log(r.error ? `failed: ${r.error}` : `${Math.round(r.ms)} ms, renderer peak ${r.peakMb} MB`);
        results.get(e.name)!.push(r);
      }
    }
  } finally {
    server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const engines = ENGINES.map((e): EngineBench => {
    const all = results.get(e.name)!;
    const ok = all.filter((r) => !r.error);
    return {
      name: e.name,
      label: e.label,
      runsMs: ok.map((r) => Math.round(r.ms)),
      ms: Math.round(median(ok.map((r) => r.ms))),
      startMs: Math.round(median(ok.map((r) => r.startMs))),
      rendererPeakMb: Math.max(0, ...ok.map((r) => r.peakMb)),
      longestTaskMs: Math.round(Math.max(0, ...ok.map((r) => r.longestTaskMs))),
      used: ok[0]?.used ?? 0,
      excluded: ok[0]?.excluded ?? 0,
      ships: ships[e.name]!,
      ...(all.find((r) => r.error) ? { error: all.find((r) => r.error)!.error } : {}),
    };
  });
  const papa = results.get('papaparse')!.find((r) => !r.error);
  const duck = results.get('duckdb')!.find((r) => !r.error);
  const version = (JSON.parse(readFileSync(join(DUCKDB_DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    rows,
    bytes: text.length,
    runs,
    duckdbVersion: version,
    engines,
    agree: papa && duck ? papa.scores === duck.scores && papa.used === duck.used : undefined,
  };
}

/** The Chromium version, for the record. */
export const chromiumVersion = (path: string) => execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
