// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { BOOTSTRAP_SCRIPT, cspHash } from './src/lib/inline-scripts.ts';
import { checkSiteConfig } from './src/lib/content/check.ts';
import { formatReport } from './src/lib/content/check.ts';
import { remarkBaseLinks } from './src/lib/markdown/base-links.ts';
import { SITE_CONFIG_FILE } from './src/lib/paths.ts';

const { config: site, errors } = checkSiteConfig(SITE_CONFIG_FILE, process.cwd());
if (!site) throw new Error(formatReport(errors));

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  // Separate output and cache folders let tests build a second site (white-label, base path)
  // without touching the main build.
  outDir: process.env.CXP_OUT_DIR ?? './dist',
  cacheDir: process.env.CXP_CACHE_DIR ?? './node_modules/.astro',
  publicDir: process.env.CXP_PUBLIC_DIR ?? './public',
  build: {
    format: 'directory',
    // Styles of components used inside MDX are only covered by the CSP when emitted as files.
    inlineStylesheets: 'never',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; it does not allow eval or
      // inline scripts. The head bootstrap is allowed by its hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(BOOTSTRAP_SCRIPT)] },
    },
  },
  markdown: {
    // Prism, not Shiki: Shiki's inline styles cannot pass the CSP.
    syntaxHighlight: 'prism',
    processor: unified({ remarkPlugins: [[remarkBaseLinks, { base: site.basePath }]] }),
  },
  integrations: [contentCheck(), mdx(), react(), sitemap({ filter: (page) => !/\/(search|print)\/$/.test(page) }), searchIndex()],
  devToolbar: { enabled: false },
});
