// Screenshots pages at phone and desktop widths in both themes, for looking at what you build.
// Usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [path...]
// e.g. node scripts/screenshot.mjs http://127.0.0.1:4321 /tmp/shots / /pyramid/
// FULL=0 takes only the first screen of each page instead of the whole page.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const [baseUrl, outDir, ...paths] = process.argv.slice(2);
if (!baseUrl || !outDir || !paths.length) {
  console.error('usage: node scripts/screenshot.mjs <base-url> <out-dir> <path> [path...]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
for (const theme of ['light', 'dark']) {
  for (const [name, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href);
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
