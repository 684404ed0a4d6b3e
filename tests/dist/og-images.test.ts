// Every page of the build names an Open Graph image that exists, is a 1200 x 630 PNG, and carries
// the tags link previews read.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaContent } from '../../src/integrations/og-images.ts';
import { DIST, htmlPages } from './dist-helpers.ts';
import { pngPixel, pngSize } from './png.ts';

const pages = htmlPages();
const nameContent = (html: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('Open Graph images', () => {
  it('every HTML page has og:image pointing at an existing 1200 x 630 PNG, and the preview tags', () => {
    expect(pages.length).toBeGreaterThan(30);
    const problems: string[] = [];
    const images = new Set<string>();
    for (const p of pages) {
      const image = metaContent(p.html, 'og:image');
      if (!image) {
        problems.push(`${p.path}: no og:image`);
        continue;
      }
      // Absolute, on the site's own origin (content/site.yaml: siteUrl https://cx-playbook.example.org, base /).
      expect(image, p.path).toMatch(/^https:\/\/cx-playbook\.example\.org\/og\/.+\.png$/);
      const file = join(DIST, new URL(image).pathname);
      if (!existsSync(file)) {
        problems.push(`${p.path}: ${image} is not in the build`);
        continue;
      }
      const size = pngSize(readFileSync(file));
      if (size.width !== 1200 || size.height !== 630) problems.push(`${p.path}: ${image} is ${size.width} x ${size.height}`);
      images.add(image);
      for (const property of ['og:title', 'og:description']) if (!metaContent(p.html, property)) problems.push(`${p.path}: no ${property}`);
      if (nameContent(p.html, 'twitter:card') !== 'summary_large_image') problems.push(`${p.path}: twitter:card is not summary_large_image`);
    }
    expect(problems).toEqual([]);
    // One image per page: no two pages share a card.
    expect(images.size).toBe(pages.length);
  });

  it("cards use the site's light colours (content/site.yaml: accent #1d4ed8, background #ffffff)", () => {
    const png = readFileSync(join(DIST, 'og', 'failures', 'no-clear-ownership.png'));
    expect(pngPixel(png, 600, 10)).toBe('#1d4ed8');
    expect(pngPixel(png, 1190, 300)).toBe('#ffffff');
  });
});
