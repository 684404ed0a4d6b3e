// `npm run build`: `astro build` with a quiet log. Astro prints one line per page written (a
// thousand lines for a thousand pages); this keeps one summary line per phase and every warning
// and error, so a problem is never lost among page names. `--verbose` (or CXP_BUILD_LOG=full)
// prints Astro's log unfiltered. Exits with astro's status.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const args = process.argv.slice(2);
const full = args.includes('--verbose') || process.env.CXP_BUILD_LOG === 'full';

/** Whether a line of Astro's log is one of its per-page lines (`├─ /path/index.html (+12ms)`, or a stray timing). */
export function isPageLine(line: string): boolean {
  // eslint-disable-next-line no-control-regex -- colour codes
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  return /[├└]─ /.test(plain) || /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/.test(plain) || /^\s*generating static routes\s*$/.test(plain);
}

const child = spawn('npx', ['astro', 'build', ...args.filter((a) => a !== '--verbose')], { stdio: ['inherit', 'pipe', 'pipe'] });
let skipped = 0;
const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
  createInterface({ input: stream }).on('line', (line) => {
    if (!full && isPageLine(line)) return void skipped++;
    out.write(`${line}\n`);
  });
pipe(child.stdout!, process.stdout);
pipe(child.stderr!, process.stderr);
child.on('close', (code) => {
  if (skipped && code === 0) console.log(`(${skipped} per-page log lines left out; npm run build -- --verbose prints them)`);
  process.exit(code ?? 1);
});
