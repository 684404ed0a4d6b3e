// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { prerender } from './src/integrations/prerender.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { offline } from './src/integrations/offline.ts';
import { BOOTSTRAP_SCRIPT, TICKS_SCRIPT, cspHash } from './src/lib/build/inline-scripts.ts';
import { checkSiteConfig } from './src/lib/content/check.ts';
import { formatReport } from './src/lib/content/check.ts';
import { baseLinks } from './src/lib/build/markdown/base-links.ts';
import { CONTENT_DIR, SITE_CONFIG_FILE } from './src/lib/build/paths.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { languagesOf } from './src/schemas/site.ts';

/** Browser code gets zod without its eval-probing JIT (see src/lib/browser/zod-client.ts). */
const ZOD_CLIENT = fileURLToPath(new URL('./src/lib/browser/zod-client.ts', import.meta.url));
/** @type {import('vite').Plugin} */
const zodWithoutJit = {
  name: 'cx-playbook:zod-without-jit',
  enforce: 'pre',
  resolveId(id, importer) {
    if (id === 'astro/zod' && importer !== ZOD_CLIENT && this.environment?.config.consumer === 'client') return ZOD_CLIENT;
    return undefined;
  },
};

const { config: site, errors } = checkSiteConfig(SITE_CONFIG_FILE, process.cwd());
if (!site) throw new Error(formatReport(errors));
const languages = languagesOf(site);
const codes = languages.all.map((l) => l.code);
/** @type {import('astro').AstroUserConfig<string[]>['i18n']} */
const i18n =
  codes.length > 1
    ? {
        locales: codes,
        defaultLocale: languages.default.code,
        routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' },
        // Astro types `fallback` from literal locale names; with names read from the config it
        // collapses to `undefined` values, hence the cast.
        fallback: /** @type {{ [x: string]: undefined }} */ (
          /** @type {unknown} */ (Object.fromEntries(codes.slice(1).map((c) => [c, languages.default.code])))
        ),
      }
    : undefined;

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  // More than one language: each page of the default language at the root is rendered again under
  // every other language's code (/de/…), with Astro.currentLocale set to that language. The pages
  // pick the translation or fall back with a notice (src/data/i18n.ts); src/middleware.ts points
  // their links at their own language. One language: no i18n routing at all, as before.
  ...(i18n ? { i18n } : {}),
  // Separate output and cache folders let tests build a second site (white-label, base path)
  // without touching the main build.
  outDir: process.env.CXP_OUT_DIR ?? './dist',
  cacheDir: process.env.CXP_CACHE_DIR ?? './node_modules/.astro',
  publicDir: process.env.CXP_PUBLIC_DIR ?? './public',
  build: {
    format: 'directory',
    // build.concurrency (pages in flight) is set by src/integrations/prerender.ts from its workers.
    // Styles of components used inside MDX are only covered by the CSP when emitted as files.
    inlineStylesheets: 'never',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // The offline service worker (<base>sw.js) and Pagefind's search worker, both files of this site.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; it does not allow eval or
      // inline scripts. The head bootstrap is allowed by its hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(BOOTSTRAP_SCRIPT), cspHash(TICKS_SCRIPT)] },
    },
  },
  markdown: {
    // Prism, not Shiki: Shiki's inline styles cannot pass the CSP.
    syntaxHighlight: 'prism',
    // Sätteri (Astro's native Markdown and MDX compiler) with one plugin for base-path links: the
    // JavaScript remark pipeline took about 7 of the 27 seconds of a 1,000-page build (docs/performance.md).
    processor: satteri({ mdastPlugins: [baseLinks({ base: site.basePath })] }),
  },
  integrations: [
    contentCheck(),
    mdx(),
    react(),
    sitemap({
      filter: (page) => !/\/(search|print|404)\/$/.test(page),
      // Astro hands the sitemap the pages of dynamic routes in the default language only; their
      // twins in the other languages (/de/failures/x/) are listed here, one per content file.
      customPages: codes.slice(1).flatMap((code) =>
        ['failures', 'pyramid'].flatMap((dir) =>
          readdirSync(join(CONTENT_DIR, dir))
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => new URL(`${site.basePath}${code}/${dir}/${f.replace(/\.mdx$/, '')}/`, site.siteUrl).href),
        ),
      ),
      // Each page's entry lists the same page in every language (xhtml:link hreflang).
      ...(codes.length > 1
        ? { i18n: { defaultLocale: languages.default.code, locales: Object.fromEntries(codes.map((c) => [c, c])) } }
        : {}),
    }),
    searchIndex(),
    ogImages(site),
    // After the integrations that write into the output folder: it lists every file it precaches.
    offline(site.offline),
    prerender(),
  ],
  vite: {
    plugins: [zodWithoutJit],
    build: {
      rollupOptions: {
        output: {
          // Every island page needs format.ts, DataTable, storage, the fragment writer and Vite's
          // preload helper up front; left to itself the bundler gives each its own tiny chunk (one
          // request and about 0.2 KB of import/export overhead each). Grouped, a numeric tool page
          // loads about 1 KB less (docs/performance.md). React gets its own group first, so the
          // core group cannot pull it in.
          codeSplitting: {
            groups: [
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
              {
                name: 'core',
                test: /src[\\/](shared[\\/]format|islands[\\/]shared[\\/]DataTable|lib[\\/]browser[\\/](storage|url-fragment))\.|preload-helper/,
                priority: 30,
              },
            ],
          },
        },
        // Astro marks every MDX module with its own "use astro:head-inject" directive, and the
        // bundler warns once per MDX file that it may not keep it (31 warnings of 14 lines each
        // per build). Astro handles the directive itself; every other warning is kept.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
