import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardKey, renderOgImage, type OgCard } from '../lib/build/og-image.ts';
import { withoutBase } from '../lib/build/url.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** How many cards are drawn at once: enough to overlap one card's layout with another's PNG encoding. */
const IN_FLIGHT = 4;

/** The HTML files under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);

/** A `<meta property="…" content="…">` value of a page, decoded; undefined when absent. */
export function metaContent(html: string, property: string): string | undefined {
  const tag = new RegExp(`<meta\\b[^>]*\\bproperty="${property}"[^>]*>`, 'i').exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
  return content === undefined || content === null ? undefined : decode(content);
}

/** A built page's og:image URL and og:title; throws, naming the file, when either is missing. */
export function previewTags(file: string, html: string): { image: string; title: string } {
  const image = metaContent(html, 'og:image');
  const title = metaContent(html, 'og:title');
  const missing = [!image && 'og:image', !title && 'og:title'].filter(Boolean);
  if (!image || !title) throw new Error(`${file}: no ${missing.join(' or ')} meta tag; pages must use BaseLayout, which writes both`);
  return { image, title };
}

/**
 * Draws each page's Open Graph image after the build: every HTML page names its image in
 * `og:image` (BaseLayout, from `ogImagePath`) and its title in `og:title`; this writes that PNG into
 * the output folder. Drawn cards are kept in the build cache by a hash of what they show, so a
 * rebuild draws only cards whose title, name, logo or colours changed.
 */
export function ogImages(site: SiteConfig): AstroIntegration {
  let base = '/';
  let cache = '';
  let publicDir = '';
  return {
    name: 'cx-playbook:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cache = join(fileURLToPath(config.cacheDir), 'og-images');
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const logoFile = join(publicDir, site.logo);
        const logoType = { svg: 'image/svg+xml', png: 'image/png', webp: 'image/webp' }[site.logo.split('.').pop() ?? ''];
        // Satori draws SVG and PNG logos; WebP is left out of the card rather than drawn wrong.
        const logo =
          logoType && logoType !== 'image/webp' && existsSync(logoFile)
            ? `data:${logoType};base64,${readFileSync(logoFile).toString('base64')}`
            : undefined;
        const jobs = new Map<string, OgCard>();
        for (const file of htmlFiles(outDir)) {
          const { image, title } = previewTags(file, readFileSync(file, 'utf8'));
          const target = join(outDir, withoutBase(new URL(image).pathname, base));
          jobs.set(target, { title, siteTitle: site.title, colours: site.colours.light, logo });
        }
        mkdirSync(cache, { recursive: true });
        let drawn = 0;
        const queue = [...jobs];
        const worker = async () => {
          for (let job = queue.shift(); job; job = queue.shift()) {
            const [target, card] = job;
            const cached = join(cache, `${cardKey(card)}.png`);
            let png: Buffer;
            if (existsSync(cached)) png = readFileSync(cached);
            else {
              png = await renderOgImage(card);
              writeFileSync(cached, png);
              drawn++;
            }
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, png);
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`${jobs.size} Open Graph images in ${seconds} s (${drawn} drawn, ${jobs.size - drawn} from the cache)`);
      },
    },
  };
}
