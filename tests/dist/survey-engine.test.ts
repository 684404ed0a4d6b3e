// The survey tool ships PapaParse in a worker; DuckDB-WASM is a devDependency for the bench's
// survey-engines stage only (docs/performance.md). Nothing of it may reach the built site: no
// WebAssembly file, no file naming it, and no import of the package from the site's source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './dist-helpers.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('DuckDB-WASM stays out of the site', () => {
  it('no built file is DuckDB or mentions it', () => {
    const all = files(DIST);
    expect(all.filter((f) => /duckdb/i.test(f))).toEqual([]);
    const text = all.filter((f) => /\.(js|mjs|html|json)$/.test(f));
    expect(text.filter((f) => /duckdb/i.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
  it('no module under src/ imports it', () => {
    const sources = files('src').filter((f) => /\.(ts|tsx|astro|mjs|js)$/.test(f));
    expect(sources.filter((f) => readFileSync(f, 'utf8').includes('@duckdb/'))).toEqual([]);
  });
});
