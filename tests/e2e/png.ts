// Checks of a chart's slide image (issue 14), shared by the calculators' and the assessment's specs.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Decodes the PNG in the page (img-src allows data:) and expects its corner to be light although
 * the page itself is dark: the slide is drawn in the light theme whatever the page shows. Returns
 * how many pixels of the band at y = `titleY` are dark, so a caller can check the title was drawn.
 */
export async function expectLightSlideOnDarkPage(page: Page, png: Buffer, titleY = 56): Promise<number> {
  const [corner, pageBg, darkInTitle] = await page.evaluate(
    async ([b64, y]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const row = ctx.getImageData(0, y as number, c.width, 1).data;
      let dark = 0;
      for (let i = 0; i < row.length; i += 4) if (Math.max(row[i]!, row[i + 1]!, row[i + 2]!) < 100) dark++;
      return [Array.from(ctx.getImageData(4, 4, 1, 1).data), getComputedStyle(document.body).backgroundColor, dark];
    },
    [png.toString('base64'), titleY] as const,
  );
  const [r, g, b] = corner as number[];
  expect(Math.min(r!, g!, b!), `corner pixel rgb(${r}, ${g}, ${b}) of a PNG made on a ${String(pageBg)} page`).toBeGreaterThan(200);
  const [pr, pg, pb] = String(pageBg).match(/\d+/g)!.map(Number);
  expect(Math.max(pr!, pg!, pb!), 'the page really is dark').toBeLessThan(100);
  return darkInTitle as number;
}
