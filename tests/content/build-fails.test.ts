// Astro itself only logs a dangling reference and builds anyway; our integration must stop the
// build with the same message the content check prints.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenContent } from './fixture-helpers.ts';

function build(fixture: string) {
  const root = brokenContent(fixture);
  return spawnSync(join('node_modules', '.bin', 'astro'), ['build'], {
    encoding: 'utf8',
    env: { ...process.env, CXP_CONTENT_DIR: join(root, 'content'), CXP_OUT_DIR: join(root, 'dist'), CXP_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
}

describe('astro build with broken content', () => {
  it('fails and names the file, line and field', () => {
    const run = build('dangling-reference');
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('content/failures/pattern-two.mdx:10: field "stats[0]": no stat "fact-onee" in content/stats/ (did you mean "fact-one"?)');
  }, 120_000);

  it("reports a schema error with our message before Astro's content sync reads the file", () => {
    // The check runs in a worker while Vite starts; the collections' loaders wait for it, so
    // Astro's own message for this file (InvalidContentEntryDataError, no line) never comes.
    const run = build('missing-required');
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('content/sources/article-one.yaml:1: field "title": is required but missing');
    expect(output).not.toContain('InvalidContentEntryDataError');
  }, 120_000);
});
