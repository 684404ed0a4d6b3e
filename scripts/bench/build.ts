// Scratch copies and cold builds for the benchmark. Each build runs in a copy of the project under
// the system temp folder (node_modules symlinked), with its own output and cache folders deleted
// first, so nothing is reused from an earlier build and nothing of the working tree is touched.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Top-level folders of the project a scratch copy leaves out (installed, built or generated). */
const SKIP = /^(?:node_modules|dist|dist-.*|bench-results|test-results|playwright-report|coverage|\.astro|\.cache|\.tools)$/;

/** Copies the project at `root` to `dest` without installed or built folders, and links its node_modules. */
export function copyProject(root: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.test(name)) continue;
    // .git comes along so "last updated" dates are read as in a real build; lock files of a
    // concurrent git command in the working tree are left behind.
    cpSync(join(root, name), join(dest, name), { recursive: true, filter: (src) => !src.endsWith('.lock') });
  }
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dest, 'node_modules'), 'dir');
}

/** What one cold build cost. */
export interface BuildResult {
  /** Wall-clock seconds of `astro build`. */
  seconds: number;
  /** CPU seconds (user + system) of the build and its children, from GNU time; null without it. Less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  /** 1-minute load average when the build started (other work on the machine slows it). */
  loadAverage: number;
  /** Peak resident memory of the build process, in MB (1 MB = 1,000,000 bytes). */
  peakRssMb: number | null;
  /** How the peak was measured: GNU time's maximum RSS, or polling /proc (main process only). */
  peakRssFrom: 'GNU time' | '/proc' | 'none';
  /** HTML files written. */
  htmlPages: number;
  /** HTML pages per second. */
  pagesPerSecond: number;
  /** The build's output folder. */
  outDir: string;
}

const GNU_TIME = '/usr/bin/time';

function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

const hasGnuTime = () => existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;

/**
 * Runs `astro build` in `cwd` cold: output and cache folders (under `cwd`) are deleted first.
 * `env` is added to the environment. The log goes to `<cwd>/build.log`; on failure its tail is thrown.
 */
export async function coldBuild(cwd: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = join(cwd, 'dist');
  const cacheDir = join(cwd, '.bench-cache');
  // Only folders inside the scratch copy: its node_modules is the project's own (symlinked).
  for (const d of [outDir, cacheDir, join(cwd, '.astro')]) rmSync(d, { recursive: true, force: true });
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const timeFile = join(cwd, 'build.time');
  const gnu = hasGnuTime();
  const cmd = gnu ? GNU_TIME : process.execPath;
  const args = gnu ? ['-f', '%M %U %S', '-o', timeFile, process.execPath, astro, 'build'] : [astro, 'build'];
  const loadAverage = Math.round(loadavg()[0]! * 100) / 100;
  const log = join(cwd, 'build.log');
  const started = performance.now();
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CXP_OUT_DIR: outDir, CXP_CACHE_DIR: cacheDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  child.stderr.on('data', (b: Buffer) => chunks.push(b));
  // Without GNU time, poll the peak (VmHWM) of the build process; it only rises, so the last read is close.
  let procPeakKb = 0;
  const poll = gnu
    ? undefined
    : setInterval(() => {
        try {
          const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
          if (kb) procPeakKb = Math.max(procPeakKb, Number(kb));
        } catch {
          /* the process has ended */
        }
      }, 100);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (poll) clearInterval(poll);
  const output = Buffer.concat(chunks).toString('utf8');
  writeFileSync(log, output);
  if (code !== 0) {
    throw new Error(`astro build failed in ${cwd} (exit ${code}); last lines of ${log}:\n${output.split('\n').slice(-25).join('\n')}`);
  }
  let peakKb = procPeakKb;
  let cpuSeconds: number | null = null;
  if (gnu && existsSync(timeFile)) {
    // GNU time writes "<maxRSS KB> <user s> <system s>" on its last line.
    const [rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    peakKb = rss || 0;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = Math.round((user! + sys!) * 100) / 100;
  }
  const htmlPages = countHtml(outDir);
  return {
    seconds,
    cpuSeconds,
    loadAverage,
    peakRssMb: peakKb ? Math.round((peakKb * 1024) / 1e6) : null,
    peakRssFrom: gnu ? 'GNU time' : peakKb ? '/proc' : 'none',
    htmlPages,
    pagesPerSecond: htmlPages / seconds,
    outDir,
  };
}

/** The site's base path as the project reads it from its site config (e.g. `/` or `/handbook/`). */
export function basePath(cwd: string): string {
  const r = spawnSync(process.execPath, [join('scripts', 'base-path.ts')], { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || '/' : '/';
}

/**
 * Stand-ins for the playbook's three content components, for the floor and Starlight: the synthetic
 * MDX uses them, and neither project has the playbook's own.
 */
export const STUB_COMPONENTS: Record<string, string> = {
  Term: '---\nconst { id } = Astro.props;\n---\n<a href={`/glossary/#${id}`}><slot /></a>\n',
  Stat: '---\nconst { id } = Astro.props;\n---\n<span data-stat={id}>a statistic</span>\n',
  Callout: '---\nconst { title } = Astro.props;\n---\n<aside><strong>{title}</strong><slot /></aside>\n',
};

/** Writes `files` (paths relative to `dir`), creating folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text.endsWith('\n') ? text : `${text}\n`);
  }
}

/**
 * Writes the floor: a minimal Astro + MDX project (no React, layout, styles or content check) that
 * renders every MDX file of `contentDir` into a bare page, the three content components stubbed,
 * and indexes its output with Pagefind after the build (the `<main>` of each page, as the playbook
 * and Starlight index only their content), so search is part of the floor as it is of the other
 * two. Returns its folder.
 */
export function writeFloorProject(dir: string, root: string, contentDir: string): string {
  rmSync(dir, { recursive: true, force: true });
  const collections = ['failures', 'pyramid', 'tools', 'pages'].filter((c) => existsSync(join(contentDir, c)));
  writeFiles(dir, {
    'package.json': JSON.stringify({ name: 'cxp-floor', private: true, type: 'module' }, null, 2),
    'astro.config.mjs': [
      "import mdx from '@astrojs/mdx';",
      "import { fileURLToPath } from 'node:url';",
      "import { defineConfig } from 'astro/config';",
      "import * as pagefind from 'pagefind';",
      '',
      '/** Pagefind over the built folder, as Starlight runs it. */',
      'const search = {',
      "  name: 'cxp-floor:pagefind',",
      '  hooks: {',
      "    'astro:build:done': async ({ dir, logger }) => {",
      '      const outDir = fileURLToPath(dir);',
      '      const { index, errors } = await pagefind.createIndex({});',
      "      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);",
      '      const added = await index.addDirectory({ path: outDir });',
      "      if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);",
      '      const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });',
      "      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);",
      '      await pagefind.close();',
      '      logger.info(`indexed ${added.page_count} pages for search`);',
      '    },',
      '  },',
      '};',
      '',
      "export default defineConfig({ integrations: [mdx(), search], trailingSlash: 'always', build: { format: 'directory' },",
      '  outDir: process.env.CXP_OUT_DIR, cacheDir: process.env.CXP_CACHE_DIR, devToolbar: { enabled: false } });',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      'export const collections = {',
      ...collections.map(
        (c) =>
          `  ${JSON.stringify(c)}: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(join(contentDir, c))} }) }),`,
      ),
      '};',
    ].join('\n'),
    ...Object.fromEntries(Object.entries(STUB_COMPONENTS).map(([name, text]) => [`src/components/${name}.astro`, text])),
    'src/pages/[collection]/[id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Term from '../../components/Term.astro';",
      "import Stat from '../../components/Stat.astro';",
      "import Callout from '../../components/Callout.astro';",
      'export async function getStaticPaths() {',
      `  const names = ${JSON.stringify(collections)};`,
      '  const lists = await Promise.all(names.map(async (collection) => (await getCollection(collection)).map((entry) => ({ params: { collection, id: entry.id }, props: { entry } }))));',
      '  return lists.flat();',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{entry.data.title}</title></head>',
      '<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={{ Term, Stat, Callout }} /></main></body></html>',
    ].join('\n'),
  });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'), 'dir');
  return dir;
}
