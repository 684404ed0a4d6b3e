// Shared by the engine pages of the bench's survey-engines stage (bundled for the browser by
// scripts/bench/survey-engines.ts, never part of the site): fetches the generated export into a
// Blob before the clock starts, watches the page's thread for long tasks, and turns each engine's
// counts into NPS with its 95% interval by the NPS tool's own estimator, so both engines end alike.
import { estimateNps } from '../../../src/calculators/nps/estimate.ts';
import type { NpsCounts } from '../../../src/calculators/nps/parse.ts';

/** What an engine hands back: NPS counts per segment value and per month, and the rows it used and excluded. */
export interface EngineCounts {
  segments: Record<string, [string, NpsCounts][]>;
  months: [string, NpsCounts][];
  used: number;
  excluded: number;
}

/** What a page reports to the bench (on window.__result). */
export interface EngineRun {
  /** From the Blob in hand to every NPS computed, ms. */
  ms: number;
  /** The engine's start-up inside `ms` (DuckDB: worker and WebAssembly instantiated), ms. */
  startMs: number;
  /** Longest task on the page's thread during the run, ms (0 when none reached 50 ms). */
  longestTaskMs: number;
  used: number;
  excluded: number;
  /** NPS of the first month, to check both engines agree. */
  firstMonthNps: number | undefined;
  /** Every segment value's and month's NPS, rounded to 0.01, for the bench to compare the engines. */
  scores: string;
  error?: string;
}

declare global {
  interface Window {
    __result?: EngineRun;
  }
}

/** Runs `engine` on the export at ./survey.csv and leaves the outcome on window.__result. */
export async function runEngine(engine: (file: File, started: () => void) => Promise<EngineCounts>): Promise<void> {
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
  try {
    const blob = await (await fetch('survey.csv')).blob();
    const file = new File([blob], 'survey.csv', { type: 'text/csv' });
    const start = performance.now();
    let startMs = 0;
    const counts = await engine(file, () => (startMs = performance.now() - start));
    const score = (c: NpsCounts) => estimateNps(c)?.score;
    const named = [
      ...Object.entries(counts.segments).flatMap(([column, values]) => values.map(([v, c]) => [`${column}=${v}`, score(c)] as const)),
      ...counts.months.map(([m, c]) => [`month=${m}`, score(c)] as const),
    ].sort(([a], [b]) => (a < b ? -1 : 1));
    if (named.length === 0 || named.some(([, v]) => v === undefined)) throw new Error('an engine gave a group without an NPS');
    const ms = performance.now() - start;
    // Long-task entries arrive after the task ends: one frame lets the last one in.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    window.__result = {
      ms,
      startMs,
      longestTaskMs: longest,
      used: counts.used,
      excluded: counts.excluded,
      firstMonthNps: counts.months[0] ? score(counts.months[0][1]) : undefined,
      scores: named.map(([k, v]) => `${k}:${v?.toFixed(2)}`).join(' '),
    };
  } catch (error) {
    window.__result = {
      ms: 0,
      startMs: 0,
      longestTaskMs: longest,
      used: 0,
      excluded: 0,
      firstMonthNps: undefined,
      scores: '',
      error: String(error),
    };
  }
}
