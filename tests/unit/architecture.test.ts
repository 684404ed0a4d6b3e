// The layers of src/ and the one rule between them: a file imports only from its own group or from
// a lower layer. Type-only imports count (a type names what a file depends on as much as a value
// does), and so do dynamic `import()`s and the frontmatter and scripts of .astro files.
// docs/architecture.md explains each layer; when this test fails, move the shared piece DOWN to the
// lowest layer that needs it rather than adding an exception here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Every folder (or file) of src/, lowest layer first. Inside a layer the groups stand side by side:
 * none imports another (the browser never gets build-time code, islands never render .astro
 * components). A path ending in `/` is a folder; the longest matching path wins.
 */
export const LAYERS: readonly { layer: string; groups: Readonly<Record<string, readonly string[]>> }[] = [
  // Pure helpers that both the build and the browser run: number, money, percent and date
  // formatting; the pyramid's geometry. They import nothing from src/.
  { layer: 'shared helpers', groups: { shared: ['src/shared/'], styles: ['src/styles/'] } },
  // The calculators' pure models: inputs, formulas, charts as data. No content, no DOM, no Astro.
  { layer: 'models', groups: { calculators: ['src/calculators/'] } },
  // The tool registry: every tool, its form schema (from its model) and its pages.
  { layer: 'tool registry', groups: { tools: ['src/tools/'] } },
  // The content schemas: what every file in content/ must hold (a tool entry names a registry id).
  { layer: 'content schemas', groups: { schemas: ['src/schemas/'] } },
  // Helpers by who runs them: the browser (islands' form reading, share links, storage, CSV, and the
  // plain page scripts), or node at build time (the content check, git dates, search index, URLs).
  {
    layer: 'helpers',
    groups: {
      browser: ['src/lib/browser/', 'src/scripts/'],
      build: ['src/lib/build/', 'src/lib/content/'],
    },
  },
  // Checked content, queried for pages and shaped for islands, at build time.
  { layer: 'data', groups: { data: ['src/data/'] } },
  // What renders: Astro components (build time only) and React islands (server-rendered, then run in the browser).
  { layer: 'views', groups: { components: ['src/components/'], islands: ['src/islands/'] } },
  // The page frame.
  { layer: 'layouts', groups: { layouts: ['src/layouts/'] } },
  // What Astro loads: pages (routes), integrations (build hooks), the collections' config.
  {
    layer: 'entry points',
    groups: {
      pages: ['src/pages/'],
      integrations: ['src/integrations/'],
      'content config': ['src/content.config.ts'],
      middleware: ['src/middleware.ts'],
    },
  },
];

interface Place {
  layer: number;
  group: string;
}

/** The layer and group of a path under src/, or undefined when LAYERS does not name it. */
export function placeOf(path: string): Place | undefined {
  let best: (Place & { length: number }) | undefined;
  LAYERS.forEach(({ groups }, layer) => {
    for (const [group, prefixes] of Object.entries(groups))
      for (const prefix of prefixes)
        if ((prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix) && prefix.length > (best?.length ?? -1))
          best = { layer, group, length: prefix.length };
  });
  return best && { layer: best.layer, group: best.group };
}

/** Every specifier a file imports: static imports and re-exports (type-only too), side-effect imports, `import()`. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
    /^\s*import\s+(['"])([^'"]+)\1/gm,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[2]!);
  return found;
}

/** The path under the repository root that a specifier names, or undefined for a package. */
function resolveSpecifier(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return posix.join('src', specifier.slice(2));
  if (specifier.startsWith('.')) return posix.normalize(posix.join(posix.dirname(file), specifier));
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|astro)$/.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles('src');

describe('the layers of src/', () => {
  it('name every file under src/', () => {
    const unplaced = files.filter((f) => !placeOf(f));
    expect(unplaced, `add these to LAYERS in ${relative(root, fileURLToPath(import.meta.url))}`).toEqual([]);
  });

  it('no import points up a layer or across to a neighbouring group', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = placeOf(file);
      if (!from) continue;
      for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'))) {
        const target = resolveSpecifier(file, specifier);
        if (!target?.startsWith('src/')) continue;
        const to = placeOf(target) ?? placeOf(`${target}.ts`);
        if (!to) continue;
        const [fromName, toName] = [LAYERS[from.layer]!.layer, LAYERS[to.layer]!.layer];
        if (to.layer > from.layer)
          wrong.push(
            `${file} imports '${specifier}': ${fromName} (${from.group}) may not import from ${toName} (${to.group}), a higher layer`,
          );
        else if (to.layer === from.layer && to.group !== from.group)
          wrong.push(
            `${file} imports '${specifier}': ${from.group} and ${to.group} stand side by side in ${fromName}; neither imports the other`,
          );
      }
    }
    expect(wrong, 'move the shared piece down to the lowest layer that needs it (docs/architecture.md)').toEqual([]);
  });

  it('formats numbers and dates in one module: only src/shared/format.ts makes Intl formatters', () => {
    const own = 'src/shared/format.ts';
    const elsewhere = files.filter(
      (f) =>
        f !== own &&
        /\bIntl\.(NumberFormat|DateTimeFormat)|\.toLocale(String|DateString|TimeString)\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(elsewhere, `call the functions of ${own} instead`).toEqual([]);
  });

  it('reads every kind of import', () => {
    const text = [
      "import type { A } from '../a.ts';",
      'import {\n  b,\n  type C,\n} from "../b.ts";',
      "export { d } from './d.ts';",
      "import './e.css';",
      "const f = await import('./f.ts');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../a.ts', '../b.ts', './d.ts', './f.ts', './e.css']);
    expect(placeOf('src/islands/calculator/Calculator.tsx')).toEqual({ layer: 6, group: 'islands' });
    expect(placeOf('src/lib/build/url.ts')?.group).toBe('build');
  });
});
