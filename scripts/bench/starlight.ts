// Starlight for the benchmark: installed with npm into the bench's scratch folder (never into the
// project's package.json or lockfile) and given the same synthetic MDX pages as the floor, so the
// playbook is compared with a Starlight build of the same pages on the same machine in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { STUB_COMPONENTS, writeFiles } from './build.ts';

/**
 * The Starlight release built against. 0.42.x is the line whose peer range (`astro: ^7.2.10`)
 * includes the project's Astro 7.3.5 (`npm view @astrojs/starlight versions peerDependencies`).
 */
export const STARLIGHT_VERSION = '0.42.4';

/** What was installed, or why it could not be. */
export interface StarlightInstall {
  /** The @astrojs/starlight version asked for. */
  starlight: string;
  /** The astro version asked for: the project's own, so all three builds run the same Astro. */
  astro: string;
  /** `installed` by this run, or `reused` from an earlier run's scratch folder. */
  how?: 'installed' | 'reused';
  /** Seconds `npm install` took (not part of any build time). */
  installSeconds?: number;
  /** Why Starlight could not be installed; the builds are skipped and the report says this. */
  error?: string;
}

const versionOf = (dir: string, pkg: string): string | undefined => {
  const file = join(dir, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
};

/**
 * Makes `dir` a Starlight project with its dependencies installed: @astrojs/starlight at
 * STARLIGHT_VERSION and astro at `astroVersion`. An install already there at those versions
 * (from an earlier bench run) is reused. Never throws: a failed install comes back as `error`.
 */
export function installStarlight(dir: string, astroVersion: string): StarlightInstall {
  const wanted: StarlightInstall = { starlight: STARLIGHT_VERSION, astro: astroVersion };
  if (versionOf(dir, '@astrojs/starlight') === STARLIGHT_VERSION && versionOf(dir, 'astro') === astroVersion)
    return { ...wanted, how: 'reused' };
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pkg = {
    name: 'cxp-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const started = performance.now();
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  const installSeconds = Math.round((performance.now() - started) / 100) / 10;
  if (r.status === 0 && versionOf(dir, '@astrojs/starlight') === STARLIGHT_VERSION && versionOf(dir, 'astro') === astroVersion) {
    return { ...wanted, how: 'installed', installSeconds };
  }
  // npm's own reason (e.g. "npm error code ENOTFOUND ... registry.npmjs.org"), not its log-file hint.
  const lines = (r.stderr ?? '')
    .split('\n')
    .filter((l) => /^npm (?:error|ERR!)/.test(l))
    .map((l) => l.replace(/^npm (?:error|ERR!)\s*/, ''))
    .filter((l) => l && !/^(?:syscall|errno)\b|complete log/.test(l));
  const why = r.error ? r.error.message : lines.slice(0, 3).join(' / ') || `exit ${r.status}`;
  return { ...wanted, installSeconds, error: `npm install @astrojs/starlight@${STARLIGHT_VERSION} astro@${astroVersion} failed: ${why}` };
}

const COLLECTIONS = ['failures', 'pyramid', 'tools', 'pages'];

/**
 * Writes a default Starlight site into `dir` (installed by installStarlight) whose docs are the
 * MDX files of `contentDir`: the same files the floor renders, each under
 * src/content/docs/<collection>/, so the URLs match the floor's. The body of every file is
 * unchanged; an import of the three stub components goes after its front matter, since Starlight
 * renders the content without a components prop. Starlight's configuration is its default
 * (sidebar generated from every page, Pagefind search, Expressive Code); only the output and cache
 * folders are set from the environment, as for the other two builds, and Vite's dependency cache
 * goes inside the cache folder instead of node_modules/.vite, so a cold build deletes it too.
 */
export function writeStarlightProject(dir: string, contentDir: string): void {
  for (const d of ['src', 'dist', '.astro', '.bench-cache']) rmSync(join(dir, d), { recursive: true, force: true });
  const files: Record<string, string> = {
    'astro.config.mjs': [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      "export default defineConfig({ integrations: [starlight({ title: 'Bench' })], trailingSlash: 'always', build: { format: 'directory' },",
      '  outDir: process.env.CXP_OUT_DIR, cacheDir: process.env.CXP_CACHE_DIR, devToolbar: { enabled: false },',
      '  vite: { cacheDir: `${process.env.CXP_CACHE_DIR}/vite` } });',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    ].join('\n'),
    ...Object.fromEntries(Object.entries(STUB_COMPONENTS).map(([name, text]) => [`src/components/${name}.astro`, text])),
  };
  const imports = Object.keys(STUB_COMPONENTS)
    .map((name) => `import ${name} from '../../../components/${name}.astro';`)
    .join('\n');
  for (const c of COLLECTIONS.filter((c) => existsSync(join(contentDir, c)))) {
    for (const f of readdirSync(join(contentDir, c)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(contentDir, c, f), 'utf8');
      const end = text.startsWith('---\n') ? text.indexOf('\n---\n', 3) : -1;
      if (end < 0) throw new Error(`${join(contentDir, c, f)}: no front matter`);
      const at = end + '\n---\n'.length;
      files[`src/content/docs/${c}/${f}`] = `${text.slice(0, at)}${imports}\n${text.slice(at)}`;
    }
  }
  writeFiles(dir, files);
}
