// Astro itself only logs a dangling reference and builds anyway; our integration must stop the
// build with the same message the content check prints.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenContent } from './fixture-helpers.ts';

describe('astro build with broken content', () => {
  it('fails and names the file, line and field', () => {
    const root = brokenContent('dangling-reference');
    const run = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], {
      encoding: 'utf8',
      env: { ...process.env, CXP_CONTENT_DIR: join(root, 'content'), CXP_OUT_DIR: join(root, 'dist'), CXP_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('content/failures/pattern-two.mdx:10: field "stats[0]": no stat "fact-onee" in content/stats/ (did you mean "fact-one"?)');
  }, 120_000);
});
