// One measurement of the survey stage, in a process of its own so its peak memory is its own:
// `node scripts/bench/survey-child.ts <rows> parse|analyse` generates an export of <rows> rows of
// 20 columns in memory, then either parses it with PapaParse alone (the floor) or runs the survey
// tool's whole analysis (inspect, then every row through the aggregator), and prints
// {"ms", "cpuMs", "bytes", "peakRssMb"} as JSON (cpuMs: the process's user + system CPU time over
// the same span, steadier than wall time on a shared machine).
import Papa from 'papaparse';
import { analyse, CHUNK_CHARS, inspect } from '../../src/calculators/survey/read.ts';
import { surveyExport } from './survey-data.ts';

const rows = Number(process.argv[2]);
const mode = process.argv[3];
if (!Number.isInteger(rows) || rows < 1 || (mode !== 'parse' && mode !== 'analyse')) {
  console.error('usage: node scripts/bench/survey-child.ts <rows> parse|analyse');
  process.exit(2);
}
const text = surveyExport(rows);
const start = performance.now();
const cpuStart = process.cpuUsage();
if (mode === 'parse') {
  let seen = 0;
  const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk: (r: Papa.ParseResult<string[]>) => void } = {
    chunkSize: CHUNK_CHARS,
    chunk: (r) => {
      seen += r.data.length;
    },
  };
  Papa.parse<string[]>(text, config);
  if (seen < rows) throw new Error(`parsed ${seen} rows of ${rows}`);
} else {
  const inspection = inspect(text);
  const tallies = analyse(text, inspection, inspection.mapping);
  if (tallies.used !== rows) throw new Error(`used ${tallies.used} rows of ${rows}`);
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    bytes: text.length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
