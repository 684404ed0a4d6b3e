// Lighthouse's four category scores for one page of each type, with its default (mobile)
// settings: a mid-range phone's screen and simulated slow 4G with a 4x CPU slowdown. Lighthouse
// drives a Chromium this module starts with a remote-debugging port (Debian's, by default).
// The performance score moves with the load on the machine, so each page is run several times
// and the run with the median performance score is kept (as Lighthouse's own docs advise).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

/** Scores 0-100 of one page, or the error that stopped the run. */
export interface PageScores {
  type: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Largest contentful paint and total blocking time, simulated, in ms. */
  lcpMs: number | null;
  tbtMs: number | null;
  /** Audits below a perfect score, e.g. `color-contrast 0` (what to fix for 100). */
  failing: string[];
  /** Performance scores of every run, the kept (median) run's first. */
  performanceRuns: number[];
  error?: string | undefined;
}

async function startChromium(chromium: string, port: number): Promise<{ child: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'cxp-lh-'));
  const child = spawn(chromium, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (r.ok) return { child, profile };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`Chromium (${chromium}) did not open its debugging port ${port}`);
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null);

type Run = Omit<PageScores, 'type' | 'path' | 'performanceRuns'>;

async function once(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  const failing = Object.values(categories)
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
    .filter((a): a is NonNullable<typeof a> => !!a && typeof a.score === 'number' && a.score < 1)
    .map((a) => `${a.id} ${a.score}`);
  return {
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    bestPractices: score(categories['best-practices']?.score),
    seo: score(categories.seo?.score),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: audits['total-blocking-time']?.numericValue ?? null,
    failing: [...new Set(failing)],
    error: result.lhr.runtimeError?.message,
  };
}

/** Runs Lighthouse `runs` times on each `{type, path}` of the site at `origin` + `base`, one page after another. */
export async function measureLighthouse(
  chromium: string,
  port: number,
  origin: string,
  base: string,
  pages: { type: string; path: string }[],
  runs = 3,
): Promise<PageScores[]> {
  const { child, profile } = await startChromium(chromium, port);
  const out: PageScores[] = [];
  try {
    for (const { type, path } of pages) {
      const url = `${origin}${base.replace(/\/$/, '')}${path}`;
      try {
        const all: Run[] = [];
        for (let i = 0; i < runs; i++) all.push(await once(url, port));
        const sorted = [...all].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
        const kept = sorted[Math.floor((sorted.length - 1) / 2)]!;
        const rest = all.filter((r) => r !== kept).map((r) => r.performance ?? -1);
        out.push({ type, path, ...kept, performanceRuns: [kept.performance ?? -1, ...rest] });
        console.log(
          `   ${path}: ${[kept.performance, kept.accessibility, kept.bestPractices, kept.seo].join(' / ')} (performance runs ${all.map((r) => r.performance).join(', ')})`,
        );
      } catch (e) {
        out.push({
          type,
          path,
          performance: null,
          accessibility: null,
          bestPractices: null,
          seo: null,
          lcpMs: null,
          tbtMs: null,
          failing: [],
          performanceRuns: [],
          error: (e as Error).message.split('\n')[0],
        });
      }
    }
  } finally {
    // Chromium writes to its profile until it has exited; remove the profile only then.
    const exited = new Promise((ok) => child.once('exit', ok));
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
