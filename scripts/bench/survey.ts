// The bench's survey stage: for each size, the survey tool's whole analysis against the floor of
// parsing the same text with the same parser (PapaParse) alone, each in a fresh Node process (so
// each peak memory is its own), best of `runs`. Node, not the browser: it times the same modules
// the page's worker runs, without the page around them.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One size of the survey stage. */
export interface SurveyBench {
  /** Responses in the generated export (20 columns). */
  rows: number;
  /** Characters of the export's text (ASCII, so also bytes). */
  bytes: number;
  /** PapaParse alone, best run, ms. */
  parseMs: number;
  /** The whole analysis, best run, ms. */
  analyseMs: number;
  /** analyseMs / parseMs. */
  ratio: number;
  /** PapaParse alone, CPU time (user + system) of its fastest run by CPU, ms. */
  parseCpuMs?: number;
  /** The whole analysis, CPU time of its fastest run by CPU, ms. */
  analyseCpuMs?: number;
  /** analyseCpuMs / parseCpuMs: the ratio by CPU time, steadier than by wall time on a busy machine. */
  cpuRatio?: number;
  /** Rows per second of the whole analysis. */
  rowsPerSecond: number;
  /** Peak resident memory of the parse-only process, MB. */
  parsePeakMb: number;
  /** Peak resident memory of the analysis process, MB. */
  analysePeakMb: number;
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'survey-child.ts');

type Run = { ms: number; cpuMs: number; bytes: number; peakRssMb: number };

function once(rows: number, mode: 'parse' | 'analyse'): Run {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', CHILD, String(rows), mode], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`survey ${mode} of ${rows} rows failed: ${(r.stderr || r.stdout).split('\n').slice(0, 5).join(' ')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

/** Measures every size, `runs` times each mode (alternating), keeping the fastest run of each. */
export function measureSurvey(sizes: readonly number[], runs: number): SurveyBench[] {
  return sizes.map((rows) => {
    const parse: Run[] = [];
    const whole: Run[] = [];
    for (let i = 0; i < runs; i++) {
      parse.push(once(rows, 'parse'));
      whole.push(once(rows, 'analyse'));
    }
    const best = (xs: Run[]) => xs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const p = best(parse);
    const a = best(whole);
    const pCpu = Math.min(...parse.map((x) => x.cpuMs));
    const aCpu = Math.min(...whole.map((x) => x.cpuMs));
    return {
      rows,
      bytes: a.bytes,
      parseMs: Math.round(p.ms),
      analyseMs: Math.round(a.ms),
      ratio: Math.round((a.ms / p.ms) * 100) / 100,
      parseCpuMs: Math.round(pCpu),
      analyseCpuMs: Math.round(aCpu),
      cpuRatio: Math.round((aCpu / pCpu) * 100) / 100,
      rowsPerSecond: Math.round((rows / a.ms) * 1000),
      parsePeakMb: Math.max(...parse.map((x) => x.peakRssMb)),
      analysePeakMb: Math.max(...whole.map((x) => x.peakRssMb)),
    };
  });
}
