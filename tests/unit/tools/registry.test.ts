// The tool registry (src/tools/registry.ts) against the files a tool needs. Adding a tool is the
// steps of docs/adding-a-tool.md; each test below is one step and, when a declared tool lacks it,
// fails with a message naming the step and the file to create.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type * as Registry from '../../../src/tools/registry.ts';

const root = process.cwd();
const REGISTRY = 'src/tools/registry.ts';

// Imported here rather than at the top, so a model the registry names but nobody wrote (step 1)
// fails one test that says so instead of stopping the whole file.
let registry: typeof Registry | undefined;
let importError: unknown;
try {
  registry = await import('../../../src/tools/registry.ts');
} catch (error) {
  importError = error;
}
const { TOOL_IDS = [] as Registry.ToolId[], TOOL_PAGES = [], TOOLS = {} as typeof Registry.TOOLS } = registry ?? {};
type ToolId = Registry.ToolId;
// Read directly (not through the content check, which imports the registry) so that a registry
// that does not load still fails only the step-1 test.
const toolEntries = readdirSync(join(root, 'content/tools'))
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => ({
    file: `content/tools/${n}`,
    data: parse(readFileSync(join(root, 'content/tools', n), 'utf8').split(/^---$/m)[1] ?? '') as unknown,
  }));

/** The source file Astro builds a page path from (`/tools/clv/` -> src/pages/tools/clv/index.astro or src/pages/tools/clv.astro). */
function pageFile(path: string): string | undefined {
  const trimmed = path.replace(/^\/|\/$/g, '');
  return [`src/pages/${trimmed}/index.astro`, `src/pages/${trimmed}.astro`].find((f) => existsSync(join(root, f)));
}

/** Modules in a folder whose exports include an island definition (`{ id, form, calculate }`). */
async function definitionsIn(dir: string): Promise<{ file: string; id: unknown; form: unknown }[]> {
  if (!existsSync(join(root, dir))) return [];
  const found: { file: string; id: unknown; form: unknown }[] = [];
  for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.ts'))) {
    const mod = (await import(join(root, dir, name))) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'form' in value && 'calculate' in value && 'id' in value)
        found.push({ file: `${dir}/${name}`, id: value.id, form: value.form });
    }
  }
  return found;
}

describe('the tool registry', () => {
  it('step 1, the model: every module the registry imports exists', () => {
    const imports = [...readFileSync(join(root, REGISTRY), 'utf8').matchAll(/from '\.\.\/(calculators\/[^']+)'/g)].map(
      (m) => `src/${m[1]}`,
    );
    const missing = imports.filter((f) => !existsSync(join(root, f)));
    expect(
      missing,
      `step 1 (the model) is missing: ${REGISTRY} imports ${missing.join(', ')}; create the model in that folder (docs/adding-a-tool.md)`,
    ).toEqual([]);
    expect(importError, `${REGISTRY} does not load: ${String(importError)}`).toBeUndefined();
  });

  it('declares at least the shipped tools, each with a page under /tools/<id>/ first', () => {
    expect(TOOL_IDS).toEqual(expect.arrayContaining(['clv', 'roi', 'nps', 'assessment']));
    for (const id of TOOL_IDS) expect(TOOLS[id].pages[0].path, `${id}: its first page`).toBe(`/tools/${id}/`);
  });

  it('gives every page a JavaScript budget: positive, and "after the chart" at least "before"', () => {
    for (const p of TOOL_PAGES) {
      expect(p.js.before, `${p.path}: js.before`).toBeGreaterThan(0);
      expect(p.js.after, `${p.path}: js.after`).toBeGreaterThanOrEqual(p.js.before);
      if (!p.lazyChart) expect(p.js.after, `${p.path}: a page without a lazy chart loads nothing later`).toBe(p.js.before);
    }
  });

  it('lists each page path once', () => {
    const paths = TOOL_PAGES.map((p) => p.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });
});

describe.each(TOOL_IDS)('the "%s" tool', (id: ToolId) => {
  const tool = TOOLS[id];

  it('step 1, the model: has its folder in src/calculators/', () => {
    const dir = `src/calculators/${id}`;
    expect(
      existsSync(join(root, dir)),
      `step 1 (the model) is missing: create ${dir}/ with fields.ts, schema.ts and calculate.ts (docs/adding-a-tool.md)`,
    ).toBe(true);
  });

  it('step 2, the island: has its folder in src/islands/, and its form is the one the registry declares', async () => {
    const dir = `src/islands/${id}`;
    expect(existsSync(join(root, dir)), `step 2 (the island) is missing: create ${dir}/ (docs/adding-a-tool.md)`).toBe(true);
    if (!tool.form) return;
    const definitions = (await definitionsIn(dir)).filter((d) => d.id === id);
    expect(
      definitions.map((d) => d.file),
      `step 2 (the island): no module in ${dir}/ exports a CalculatorDefinition with id "${id}"`,
    ).not.toEqual([]);
    for (const d of definitions)
      expect(
        d.form === tool.form,
        `step 2 (the island): ${d.file} checks input with another form than src/tools/registry.ts declares for "${id}"; use the same one`,
      ).toBe(true);
  });

  it('step 3, the page: every page it declares has a source file that hydrates its island', () => {
    for (const { path } of tool.pages) {
      const file = pageFile(path);
      expect(file, `step 3 (the page) is missing: create src/pages${path}index.astro for ${path} (docs/adding-a-tool.md)`).toBeDefined();
      const source = readFileSync(join(root, file!), 'utf8');
      expect(source, `step 3 (the page): ${file} does not import anything from src/islands/${id}/`).toMatch(new RegExp(`islands/${id}/`));
      expect(source, `step 3 (the page): ${file} renders no island with client:load`).toMatch(/client:load/);
    }
  });

  it('step 4, the content: has exactly one entry in content/tools/ that names it', () => {
    const entries = toolEntries.filter((e) => (e.data as { calculator?: unknown }).calculator === id);
    expect(
      entries.length,
      `step 4 (the content) is missing: create content/tools/${id}.mdx with calculator: ${id} (templates/tool.mdx)`,
    ).toBe(1);
  });

  it('step 6, the tests: has unit tests and a browser spec of its own', () => {
    const units = readdirSync(join(root, 'tests/unit/calculators')).filter(
      (n) => n === id || n.startsWith(`${id}-`) || n.startsWith(`${id}.`),
    );
    expect(units, `step 6 (the tests): no tests/unit/calculators/${id}-*.test.ts or tests/unit/calculators/${id}/`).not.toEqual([]);
    const spec = `tests/e2e/${id}.spec.ts`;
    expect(existsSync(join(root, spec)), `step 6 (the tests): no browser spec ${spec}`).toBe(true);
  });
});
