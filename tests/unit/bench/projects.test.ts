// The bench's comparison projects get the same MDX as the playbook: Starlight's copies differ from
// the originals only by the stub-component imports after the front matter.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STUB_COMPONENTS, writeFloorProject } from '../../../scripts/bench/build.ts';
import { writeStarlightProject } from '../../../scripts/bench/starlight.ts';
import { addSyntheticPatterns } from '../../../scripts/bench/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'cxp-bench-projects-'));
const content = join(scratch, 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true });
addSyntheticPatterns(content, 3);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COLLECTIONS = ['failures', 'pyramid', 'tools', 'pages'];
const mdx = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

describe('writeStarlightProject', () => {
  const dir = join(scratch, 'starlight');
  writeStarlightProject(dir, content);

  it('writes every MDX file of the four collections as a Starlight doc, body unchanged', () => {
    const imports = Object.keys(STUB_COMPONENTS)
      .map((name) => `import ${name} from '../../../components/${name}.astro';\n`)
      .join('');
    let files = 0;
    for (const c of COLLECTIONS) {
      expect(mdx(join(dir, 'src', 'content', 'docs', c))).toEqual(mdx(join(content, c)));
      for (const f of mdx(join(content, c))) {
        const original = readFileSync(join(content, c, f), 'utf8');
        const copy = readFileSync(join(dir, 'src', 'content', 'docs', c, f), 'utf8');
        expect(copy.replace(imports, '')).toBe(original);
        files++;
      }
    }
    expect(files).toBeGreaterThan(3);
  });

  it('keeps every cache inside the folders a cold build deletes', () => {
    const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
    expect(config).toContain('cacheDir: process.env.CXP_CACHE_DIR');
    expect(config).toContain('vite: { cacheDir: `${process.env.CXP_CACHE_DIR}/vite` }');
    for (const name of Object.keys(STUB_COMPONENTS)) expect(existsSync(join(dir, 'src', 'components', `${name}.astro`))).toBe(true);
  });
});

describe('writeFloorProject', () => {
  it('indexes its output with Pagefind, only the <main> of each page', () => {
    const dir = writeFloorProject(join(scratch, 'floor'), ROOT, content);
    expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toMatch(/integrations: \[mdx\(\), search\]/);
    expect(readFileSync(join(dir, 'src', 'pages', '[collection]', '[id].astro'), 'utf8')).toContain('<main data-pagefind-body>');
  });
});
