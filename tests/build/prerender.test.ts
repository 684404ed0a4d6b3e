// Pages rendered in a worker thread (src/integrations/prerender.ts) must be exactly the pages
// Astro renders on the main thread: this builds the site both ways and compares every file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'cxp-prerender-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(name: string, workers: string) {
  const run = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CXP_RENDER_WORKERS: workers,
      CXP_OUT_DIR: join(scratch, name),
      CXP_CACHE_DIR: join(scratch, `${name}-cache`),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 240_000,
  });
  return { ...run, dir: join(scratch, name), output: run.stdout + run.stderr };
}

/**
 * Every built file by path, except Pagefind's index, whose page numbers follow arrival order, and
 * the offline worker, whose precache list carries the index's hashes (tests/dist/offline.test.ts
 * checks that list against the files of each build).
 */
function files(dir: string): Map<string, Buffer> {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    all
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .filter((p) => !p.startsWith('pagefind/') && p !== 'sw.js')
      .sort()
      .map((p) => [p, readFileSync(join(dir, p))]),
  );
}

describe('rendering pages in worker threads', () => {
  it('writes the same files as rendering on the main thread, and says how many pages the worker rendered', () => {
    const main = build('main-thread', '0');
    expect(main.status, main.output).toBe(0);
    expect(main.output).toContain('rendering on the main thread only (CXP_RENDER_WORKERS is 0)');
    const workers = build('worker', '1');
    expect(workers.status, workers.output).toBe(0);
    const rendered = /rendered (\d+) of (\d+) pages in 1 worker thread/.exec(workers.output);
    expect(rendered, workers.output).not.toBeNull();
    expect(Number(rendered![1])).toBeGreaterThan(0);

    const expected = files(main.dir);
    const actual = files(workers.dir);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    expect([...expected.keys()].filter((p) => p.endsWith('.html')).length).toBeGreaterThan(30);
    const differing = [...expected].filter(([p, bytes]) => !bytes.equals(actual.get(p)!)).map(([p]) => p);
    expect(differing).toEqual([]);
  }, 480_000);
});
