import { chromium } from '/work/wt-assesswords/node_modules/playwright/index.mjs';
const base = 'http://localhost:4517/';
const FRAG = 'v=1&a=444-230-555-333-111-333-444-222-333-000&p=yyny0';
const OTHER = 'v=1&a=333-333-333-333-333-333-333-333-333-333&p=yyynn';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const cases = JSON.parse(process.argv[2]);
for (const [name, path, width, theme, chunk] of cases) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  const page = await ctx.newPage();
  await page.goto(base + 'failures/no-clear-ownership/');
  await page.locator('input[type=checkbox]').nth(0).check();
  await page.locator('input[type=checkbox]').nth(5).check();
  await page.goto(base + path);
  await page.waitForTimeout(600);
  if (name.includes('workshop') || name.includes('team')) {
    await page.locator('#as-team-links').fill([FRAG, OTHER].map((f) => `http://x/tools/assessment/#${f}`).join('\n'));
    await page.waitForTimeout(300);
  }
  await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 80)); } window.scrollTo(0, 0); });
  await page.waitForTimeout(800);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = chunk ?? 2000;
  for (let y = 0, i = 0; y < h; y += step, i++)
    await page.screenshot({ path: `/tmp/aw/shots/c-${name}-${width}-${theme}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, h - y) } });
  await ctx.close();
}
await browser.close();
