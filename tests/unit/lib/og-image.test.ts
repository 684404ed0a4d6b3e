import { describe, expect, it } from 'vitest';
import { metaContent, previewTags } from '../../../src/integrations/og-images.ts';
import { cardKey, OG_HEIGHT, OG_WIDTH, ogImagePath, renderOgImage, titleSize } from '../../../src/lib/build/og-image.ts';
import { pngPixel, pngSize } from '../../dist/png.ts';

describe('ogImagePath', () => {
  it('names one PNG per page under /og/, the home page index.png', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/failures/')).toBe('/og/failures.png');
    expect(ogImagePath('/failures/no-clear-ownership/')).toBe('/og/failures/no-clear-ownership.png');
    // The 404 page is rendered from /404 (no trailing slash) and /404.html alike.
    expect(ogImagePath('/404')).toBe('/og/404.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });
});

describe('titleSize', () => {
  it('shrinks the title as it grows: 76 px up to 32 characters, 64 up to 60, then 52', () => {
    expect(titleSize('x'.repeat(32))).toBe(76);
    expect(titleSize('x'.repeat(33))).toBe(64);
    expect(titleSize('x'.repeat(60))).toBe(64);
    expect(titleSize('x'.repeat(61))).toBe(52);
  });
});

describe('metaContent', () => {
  it('reads a meta property and decodes its entities', () => {
    const html =
      '<meta property="og:title" content="Brand&#39;s problem &amp; &quot;more&quot;"><meta property="og:image" content="https://x/og/a.png">';
    expect(metaContent(html, 'og:title')).toBe('Brand\'s problem & "more"');
    expect(metaContent(html, 'og:image')).toBe('https://x/og/a.png');
    expect(metaContent(html, 'og:description')).toBeUndefined();
  });
});

const colours = { accent: '#8a2be2', onAccent: '#ffffff', background: '#fffdf7', text: '#222222' };

describe('previewTags', () => {
  it('returns the image and title, and names the file and the missing tags otherwise', () => {
    const image = '<meta property="og:image" content="https://x/og/a.png">';
    const title = '<meta property="og:title" content="A">';
    expect(previewTags('a.html', image + title)).toEqual({ image: 'https://x/og/a.png', title: 'A' });
    expect(() => previewTags('dist/a/index.html', title)).toThrow(
      'dist/a/index.html: no og:image meta tag; pages must use BaseLayout, which writes both',
    );
    expect(() => previewTags('b.html', '<p>')).toThrow('b.html: no og:image or og:title meta tag;');
  });
});

describe('renderOgImage', () => {
  it('draws a 1200 x 630 PNG: an accent bar along the top on the site background', async () => {
    const png = await renderOgImage({ title: 'Lack of ownership', siteTitle: 'Acme Service Handbook', colours });
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    // The bar is 24 px tall: row 10 is accent; row 300 at x 1190 is inside the 80 px right margin.
    expect(pngPixel(png, 600, 10)).toBe('#8a2be2');
    expect(pngPixel(png, 1190, 300)).toBe('#fffdf7');
  });

  it('keys the cache on everything drawn', () => {
    const card = { title: 'A', siteTitle: 'S', colours };
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardKey({ ...card, title: 'B' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, siteTitle: 'T' })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, colours: { ...colours, accent: '#000000' } })).not.toBe(cardKey(card));
    expect(cardKey({ ...card, logo: 'data:image/svg+xml;base64,AA==' })).not.toBe(cardKey(card));
  });
});

describe('pngSize', () => {
  it('refuses a file that is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a........................'))).toThrow('not a PNG file');
  });
});
