// The benchmark's result shape and its printed tables, with each target marked met or MISSED.
import type { BuildResult } from './build.ts';
import type { ToolLatency } from './latency.ts';
import type { PageScores } from './lighthouse.ts';
import type { StarlightInstall } from './starlight.ts';
import type { SimulationBench } from './simulation.ts';
import type { SurveyBench } from './survey.ts';
import type { EnginesBench } from './survey-engines.ts';
import type { TypeWeight } from './weights.ts';

/** What the report checks. */
export const TARGETS = {
  /** Playbook build time over the plain Astro + MDX floor's, same pages, at 1,000 pages. */
  floorRatio: 1.3,
  /** How many times faster than Starlight (same pages, same run) the 1,000-page build must be. */
  starlightSpeedup: 2,
  /** Most a content page's HTML may grow from the smallest to the largest size (0.05 = 5%). */
  htmlGrowth: 0.05,
  /** 95th percentile of input change to results and chart updated, ms. */
  updateP95Ms: 16,
  /** Each Lighthouse category score. */
  lighthouse: 100,
  /** The survey tool's whole analysis over PapaParse alone on the same file. */
  surveyRatio: 1.5,
  /** The ROI simulation's 10,000 draws, from a change to the shown answer, p95 ms. */
  simulationP95: 200,
};

/** A build without its (scratch) output folder, as stored. */
export type StoredBuild = Omit<BuildResult, 'outDir'> & {
  /** Wall seconds of every cold build of this size, in order; the figures above are the median one's. */
  runs?: number[] | undefined;
  /** CPU seconds of every cold build of this size, in order (runs without a figure left out). */
  cpuRuns?: number[] | undefined;
  /** The median of `cpuRuns`: steadier than the median wall run's own CPU when the machine is shared. */
  cpuMedian?: number | undefined;
  /** Raw HTML bytes of the first synthetic failure page in this build (`/failures/bench-pattern-0001/`). */
  pageBytes?: number | null | undefined;
};

/** One synthetic build size: the playbook, the floor and Starlight, built on the same MDX pages. */
export interface SizeResult {
  n: number;
  site?: (StoredBuild & { weights: TypeWeight[] }) | undefined;
  floor?: StoredBuild | undefined;
  starlight?: StoredBuild | undefined;
  /** Why Starlight was not built at this size (its install or its build failed). */
  starlightError?: string | undefined;
  /** Playbook build seconds over floor build seconds (wall clock, median runs). */
  ratio?: number | undefined;
  /** The same in CPU seconds (user + system; median of the runs' CPU), steadier when the machine is shared. */
  cpuRatio?: number | undefined;
  /** Playbook build seconds over Starlight's (wall clock, median runs); 0.5 is twice as fast. */
  starlightRatio?: number | undefined;
  /** The same in CPU seconds (median of the runs' CPU). */
  starlightCpuRatio?: number | undefined;
  /** Raw HTML bytes of pages that exist at every size, to show whether a page grows with the site. */
  samePage: Record<string, number | null>;
}

/** What `bench-results/latest.json` holds; stages not run this time keep their earlier result. */
export interface BenchResults {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    loadAverageStart: number[];
    loadAverageEnd?: number[];
    node: string;
    chromium: string;
    commit: string;
    /** Tracked files differed from the commit when the bench ran. */
    uncommittedChanges?: boolean;
  };
  /** When each section was last measured (ISO time). */
  updated: Record<string, string>;
  /** 1-minute load average when each section started. */
  loadAverage: Record<string, number>;
  sizes?: SizeResult[];
  /** The Starlight the sizes were compared with (installed in the bench's scratch folder). */
  starlightInstall?: StarlightInstall | undefined;
  real?: (StoredBuild & { weights: TypeWeight[] }) | undefined;
  latency?: ToolLatency[];
  lighthouse?: PageScores[];
  survey?: SurveyBench[];
  simulation?: SimulationBench;
  surveyEngines?: EnginesBench;
}

const kb = (b: number | null | undefined) => (b ? (b / 1000).toFixed(1) : '-');
const num = (x: number | null | undefined, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : '-');
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

/** Prints an aligned table: the first column (and the last, when `noteLast`) to the left, the others to the right. */
function table(head: string[], rows: (string | number)[][], noteLast = false) {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const left = (i: number) => i === 0 || (noteLast && i === head.length - 1);
  const line = (r: string[]) =>
    r
      .map((c, i) => (left(i) ? c.padEnd(width[i]!) : c.padStart(width[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

function weightsTable(title: string, weights: TypeWeight[]) {
  console.log(`\n${title} (KB, 1 KB = 1,000 B; gzip level 9; median page of each type)`);
  table(
    ['page type', 'pages', 'HTML', 'HTML max', 'HTML gz', 'CSS gz', 'JS gz before', 'JS gz after'],
    weights.map((w) =>
      w.pages
        ? [w.type, w.pages, kb(w.htmlRaw.median), kb(w.htmlRaw.max), kb(w.htmlGzip), kb(w.cssGzip), kb(w.jsBeforeGzip), kb(w.jsAfterGzip)]
        : [w.type, 'missing', '', '', '', '', '', ''],
    ),
  );
}

/**
 * Pages grouped for the growth check. `target` groups are content pages whose own text is the
 * same at every size: their HTML must not grow. The others list content by design (an index, the
 * print page, a level's related patterns, the assessment's patterns per dimension) and are shown
 * for information.
 */
const GROWTH_GROUPS: { name: string; target: boolean; match: (p: string) => boolean }[] = [
  {
    name: 'failure patterns of the playbook',
    target: true,
    match: (p) => /^\/failures\/[^/]+\/$/.test(p) && !p.includes('/bench-pattern-'),
  },
  { name: 'synthetic failure patterns (same page)', target: true, match: (p) => p.includes('/bench-pattern-') },
  {
    name: 'other content pages (glossary, sources, about, indexes of levels and tools, search, 404)',
    target: true,
    match: (p) => ['/glossary/', '/sources/', '/about/', '/pyramid/', '/tools/', '/search/', '/404.html', '/assessment/'].includes(p),
  },
  { name: 'calculator pages (CLV, ROI, NPS)', target: true, match: (p) => /^\/tools\/(?:clv|roi|nps)\/$/.test(p) },
  { name: 'pyramid levels (list the patterns that name the level)', target: false, match: (p) => /^\/pyramid\/[^/]+\/$/.test(p) },
  { name: 'home (lists every group with its patterns\u2019 titles)', target: false, match: (p) => p === '/' },
  { name: '/failures/ (the index of every pattern)', target: false, match: (p) => p === '/failures/' },
  { name: '/print/ (the whole playbook)', target: false, match: (p) => p === '/print/' },
  {
    name: 'assessment and team view (patterns per dimension)',
    target: false,
    match: (p) => p === '/tools/assessment/' || p === '/assessment/team/',
  },
];

/** Growth of each group of pages from the smallest to the largest size: the page that grew most. */
export function growth(
  sizes: SizeResult[],
): { name: string; target: boolean; pages: number; worst: string; from: number; to: number; growth: number }[] {
  const built = sizes.filter((s) => s.site).sort((a, b) => a.n - b.n);
  if (built.length < 2) return [];
  const [small, large] = [built[0]!, built[built.length - 1]!];
  return GROWTH_GROUPS.flatMap((g) => {
    const pages = Object.keys(small.samePage).filter((p) => g.match(p) && small.samePage[p] && large.samePage[p]);
    if (!pages.length) return [];
    const rows = pages.map((p) => ({
      p,
      from: small.samePage[p]!,
      to: large.samePage[p]!,
      growth: large.samePage[p]! / small.samePage[p]! - 1,
    }));
    const worst = rows.sort((a, b) => b.growth - a.growth)[0]!;
    return [{ name: g.name, target: g.target, pages: pages.length, worst: worst.p, from: worst.from, to: worst.to, growth: worst.growth }];
  });
}

/** Prints the sections in `ran` (all sections when empty) as tables, with targets marked. */
export function printReport(r: BenchResults, ran: string[]): void {
  const show = (s: string) => ran.length === 0 || ran.includes(s);
  const m = r.machine;
  console.log(`\n# CX Playbook benchmark (commit ${m.commit}${m.uncommittedChanges ? ' with uncommitted changes' : ''})`);
  console.log(`${m.cpus} CPU(s) ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.chromium}`);
  const loads = Object.entries(r.loadAverage ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `load average (1 min) at start ${m.loadAverageStart[0]}, per section: ${loads || '-'}, at end ${m.loadAverageEnd?.[0] ?? '?'} (timings on a shared machine are noisy)`,
  );

  if (show('sizes') && r.sizes?.length) {
    const sl = r.starlightInstall;
    if (sl) {
      const how = sl.error
        ? `not available: ${sl.error}`
        : `${sl.how === 'reused' ? 'reused from an earlier run' : `installed in ${sl.installSeconds ?? '?'} s`}`;
      console.log(`\nStarlight ${sl.starlight} with Astro ${sl.astro} (default configuration, the same MDX pages as the floor): ${how}`);
    }
    console.log(
      '\nCold builds (output and caches deleted first): wall seconds and peak memory (largest process RSS) of the median run, CPU (user + system) seconds the median of the runs',
    );
    const buildRows: (string | number)[][] = [];
    for (const s of r.sizes) {
      const first = buildRows.length;
      const list = (xs: number[] | undefined, unit: string) =>
        xs && xs.length > 1 ? `${unit} ${xs.map((x) => x.toFixed(1)).join(', ')}` : '';
      const runs = (b?: StoredBuild) => [list(b?.runs, 'wall'), list(b?.cpuRuns, 'CPU')].filter(Boolean).join('; ');
      const row = (name: string, b: StoredBuild | undefined, ratio: string, cpu: string, target: string, note: string) => [
        buildRows.length === first ? s.n : '',
        name,
        num(b?.seconds),
        num(b?.cpuMedian ?? b?.cpuSeconds),
        b?.peakRssMb ?? '-',
        b?.htmlPages ?? '-',
        num(b?.pagesPerSecond),
        kb(b?.pageBytes),
        ratio,
        cpu,
        target,
        num(b?.loadAverage, 2),
        note,
      ];
      const x = (v: number | undefined) => (v ? `${v.toFixed(2)}x` : '-');
      if (s.site) buildRows.push(row('playbook', s.site, '', '', '', runs(s.site)));
      if (s.floor) {
        const target =
          s.n === 1000 ? `<= ${TARGETS.floorRatio}x ${mark(s.ratio === undefined ? undefined : s.ratio <= TARGETS.floorRatio)}` : '';
        buildRows.push(row('floor', s.floor, x(s.ratio), x(s.cpuRatio), target, runs(s.floor)));
      }
      if (s.starlight || s.starlightError) {
        const speedup = s.starlightRatio ? 1 / s.starlightRatio : undefined;
        const target = s.n === 1000 && speedup ? `${speedup.toFixed(2)}x faster ${mark(speedup >= TARGETS.starlightSpeedup)}` : '';
        buildRows.push(
          row(
            'Starlight',
            s.starlight,
            x(s.starlightRatio),
            x(s.starlightCpuRatio),
            target,
            s.starlightError ? `not built: ${s.starlightError}` : runs(s.starlight),
          ),
        );
      }
    }
    table(
      [
        'pages added',
        'build',
        'wall s',
        'CPU s',
        'peak MB',
        'HTML pages',
        'pages/s',
        'page KB',
        'playbook / it',
        'CPU',
        'target',
        'load',
        'every run in order (s) / note',
      ],
      buildRows,
      true,
    );
    console.log(
      `"playbook / it": the playbook's time over that build's; targets at 1,000 pages: within ${TARGETS.floorRatio}x of the floor, at least ${TARGETS.starlightSpeedup}x faster than Starlight. "page KB": raw HTML of the first synthetic failure page. "load": 1-minute load average when the median run started.`,
    );
    const rows = growth(r.sizes);
    if (rows.length) {
      const built = r.sizes
        .filter((s) => s.site)
        .map((s) => s.n)
        .sort((a, b) => a - b);
      console.log(
        `\nDoes a page grow with the site? Raw HTML of the same page at +${built[0]} and +${built[built.length - 1]} patterns (the page of each group that grew most)`,
      );
      table(
        [
          'pages',
          'n',
          'page that grew most',
          `KB +${built[0]}`,
          `KB +${built[built.length - 1]}`,
          'growth',
          `<= +${TARGETS.htmlGrowth * 100}%`,
        ],
        rows.map((g) => [
          g.name,
          g.pages,
          g.worst,
          kb(g.from),
          kb(g.to),
          pct(g.growth),
          g.target ? mark(g.growth <= TARGETS.htmlGrowth) : 'lists content',
        ]),
      );
    }
    for (const s of r.sizes) if (s.site) weightsTable(`Bytes per page type, playbook + ${s.n} synthetic patterns`, s.site.weights);
  }

  if (show('real') && r.real) {
    console.log(`\nThe real playbook: cold build ${num(r.real.seconds)} s, ${r.real.htmlPages} pages, peak ${r.real.peakRssMb ?? '?'} MB`);
    weightsTable('Bytes per page type, real playbook (what tests/dist/budgets.test.ts checks)', r.real.weights);
  }

  if (show('latency') && r.latency?.length) {
    console.log(
      '\nTool latency in Chromium (ms): input change -> results updated and chart redrawn ("update"); "next frame" adds the wait for the display frame that shows it (up to 16.7 ms at 60 Hz)',
    );
    table(
      [
        'tool',
        'changes',
        'update p50',
        'update p95',
        `p95 <= ${TARGETS.updateP95Ms}`,
        'update max',
        'next frame p50',
        'next frame p95',
        'charts',
        'inputs / note',
      ],
      r.latency.map((l) => [
        l.path,
        l.changes,
        num(l.update.median),
        num(l.update.p95),
        mark(Number.isFinite(l.update.p95) ? l.update.p95 <= TARGETS.updateP95Ms : undefined),
        num(l.update.max),
        num(l.frame.median),
        num(l.frame.p95),
        l.charts,
        [l.inputs, l.chartTimeouts ? `${l.chartTimeouts} chart timeouts` : '', l.error ?? ''].filter(Boolean).join('; '),
      ]),
    );
  }

  if (show('lighthouse') && r.lighthouse?.length) {
    console.log('\nLighthouse (mobile: simulated slow 4G, 4x CPU slowdown; the run with the median performance score of each page)');
    table(
      ['page type', 'path', 'perf', 'a11y', 'best pr.', 'SEO', 'all 100', 'perf runs', 'LCP ms', 'TBT ms', 'below 1 / error'],
      r.lighthouse.map((l) => {
        const all = [l.performance, l.accessibility, l.bestPractices, l.seo];
        return [
          l.type,
          l.path,
          l.performance ?? '-',
          l.accessibility ?? '-',
          l.bestPractices ?? '-',
          l.seo ?? '-',
          mark(all.every((s) => s !== null) ? all.every((s) => s === TARGETS.lighthouse) : undefined),
          (l.performanceRuns ?? []).join(' '),
          num(l.lcpMs, 0),
          num(l.tbtMs, 0),
          (l.error ?? l.failing.join(', ')).slice(0, 80),
        ];
      }),
    );
  }

  if (show('latency') && r.simulation) {
    const s = r.simulation;
    console.log(
      `\nROI simulation (Chromium; ${s.draws} draws in a Web Worker after a change of seed, ${s.runs} runs; target page p95 at most ${TARGETS.simulationP95} ms)`,
    );
    table(
      ['measure', 'median ms', 'p95 ms', 'max ms', 'target', 'note'],
      [
        ['draws in the worker', num(s.worker.median), num(s.worker.p95), num(s.worker.max), '', s.error ?? ''],
        [
          'change to answer shown',
          num(s.page.median),
          num(s.page.p95),
          num(s.page.max),
          mark(s.error ? undefined : s.page.p95 <= TARGETS.simulationP95),
          '',
        ],
      ],
      true,
    );
  }

  if (show('survey') && r.survey?.length) {
    console.log(
      `\nSurvey analysis (Node, best run by wall time and by CPU time; a generated 20-column export; floor = PapaParse alone on the same text; target at most ${TARGETS.surveyRatio}x)`,
    );
    table(
      [
        'rows',
        'MB',
        'parse ms',
        'analysis ms',
        'ratio',
        'target',
        'CPU ms parse',
        'CPU ms analysis',
        'CPU ratio',
        'rows/s',
        'peak MB parse',
        'peak MB analysis',
      ],
      r.survey.map((x) => [
        x.rows,
        (x.bytes / 1e6).toFixed(1),
        x.parseMs,
        x.analyseMs,
        num(x.ratio, 2),
        mark(x.ratio <= TARGETS.surveyRatio),
        x.parseCpuMs ?? '-',
        x.analyseCpuMs ?? '-',
        num(x.cpuRatio, 2),
        x.rowsPerSecond,
        x.parsePeakMb,
        x.analysePeakMb,
      ]),
    );
  }

  const e = r.surveyEngines;
  if (show('surveyEngines') && e) {
    console.log(
      `\nSurvey engines (Chromium, median of ${e.runs}; ${e.rows} rows, ${(e.bytes / 1e6).toFixed(1)} MB; NPS per segment and per month; DuckDB-WASM ${e.duckdbVersion}; same NPS from both: ${e.agree === undefined ? '-' : e.agree ? 'yes' : 'NO'})`,
    );
    table(
      ['engine', 'wall ms', 'start-up ms', 'runs ms', 'renderer peak MB', 'longest main-thread task ms', 'ships KB gzip', 'note'],
      e.engines.map((x) => [
        x.label,
        x.ms,
        x.startMs,
        x.runsMs.join(' '),
        x.rendererPeakMb,
        x.longestTaskMs,
        kb(x.ships.reduce((n, f) => n + f.gzipBytes, 0)),
        x.error ?? '',
      ]),
      true,
    );
  }
}
