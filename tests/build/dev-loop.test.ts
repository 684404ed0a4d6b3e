// The editor's dev loop: `astro dev` (what `npm run dev` runs) on a scratch copy of the content.
// Every save of a content file re-runs the content check; its message (file:line: field) appears
// in the terminal and in the browser's error overlay, and the page is not served until the
// content passes again. Waits are on state (the server's answer, the overlay), never on time.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { sourceHash } from '../../src/lib/content/translations.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cxp-dev-'));
const content = join(scratch, 'content');
cpSync('content', content, { recursive: true });
const shown = (p: string) => relative(process.cwd(), join(content, p)).split('\\').join('/');
const FILE = 'failures/no-clear-ownership.mdx';
const original = readFileSync(join(content, FILE), 'utf8');
const save = (text: string) => writeFileSync(join(content, FILE), text);

let server: ChildProcess;
let output = '';
let origin = '';
let browser: Browser;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Polls `probe` until it returns a value (not undefined), or fails after `ms` with `what`. */
async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; server output:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const status = async (path: string) => {
  try {
    const res = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) });
    return { code: res.status, body: await res.text() };
  } catch {
    return undefined;
  }
};
const statusIs = (path: string, code: number) => async () => {
  const r = await status(path);
  return r?.code === code ? r : undefined;
};

/** The text of the error overlay the page shows in a browser. */
async function overlayText(path: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}${path}`);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 120_000 }); // a limit, not a wait: Vite's client compiles on first use
    return await until('the overlay to show the message', () =>
      overlay.evaluate((el) => el.shadowRoot?.textContent ?? '').then((t) => (t.includes('Content check failed') ? t : undefined)),
    );
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join('node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    // Without vitest's own variables (VITEST, NODE_ENV=test), which change how Astro and Vite serve.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^VITEST|^NODE_ENV$|^TEST$/.test(k))),
      CXP_CONTENT_DIR: content,
      CXP_CACHE_DIR: join(scratch, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += String(d)));
  server.stderr!.on('data', (d) => (output += String(d)));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  await until('the dev server to serve the page', statusIs(`/${FILE.replace('.mdx', '/')}`, 200), 180_000);
}, 200_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run dev', () => {
  const page = `/${FILE.replace('.mdx', '/')}`;

  it('a misspelt field: message with file, line and field in the terminal and the overlay; page not served; fixed on the next save', async () => {
    // symptoms: is line 8 of the file: after ---, title, group, order, theme, themeOrder and summary.
    const message = `${shown(FILE)}:8: field "symptom": unknown field (did you mean "symptoms"?)`;
    save(original.replace(/^symptoms:/m, 'symptom:'));
    await until('the terminal message', () => (output.includes(message) ? true : undefined));
    const failed = await until('the page to stop being served', statusIs(page, 500));
    expect(failed.body).not.toContain('Lack of ownership');
    expect(await overlayText(page)).toContain(message);
    // Astro's own message for the same mistake (no file, no line) is never printed.
    expect(output).not.toMatch(/\*\*symptoms\*\*: Required/);

    save(original);
    await until('the page to be served again', statusIs(page, 200));
    expect(output).toContain('content check passed');
  }, 180_000);

  it('a <script> in MDX is refused and never served', async () => {
    save(`${original}\n<script>window.injected = 1</script>\n`);
    const line = original.split('\n').length + 1;
    await until('the terminal message', () =>
      output.includes(`${shown(FILE)}:${line}: <script> is not allowed in content`) ? true : undefined,
    );
    const failed = await until('the page to stop being served', statusIs(page, 500));
    expect(failed.body).not.toContain('window.injected');
    save(original);
    const ok = await until('the page to be served again', statusIs(page, 200));
    expect(ok.body).not.toContain('window.injected');
  }, 180_000);

  it('a reference to a missing stat names it, on every page, instead of a bare 500', async () => {
    save(`${original}\n<Stat id="no-such-stat" />\n`);
    const line = original.split('\n').length + 1;
    const message = `${shown(FILE)}:${line}: <Stat id="no-such-stat">: no stat "no-such-stat" in content/stats/`;
    await until('the terminal message', () => (output.includes(message) ? true : undefined));
    await until('the home page to stop being served', statusIs('/', 500));
    expect(await overlayText('/')).toContain(message);
    save(original);
    await until('the home page to be served again', statusIs('/', 200));
  }, 180_000);

  it("a collection's first translation shows on the running server, without a restart", async () => {
    // content/failure-groups has no German translation: /de/failures/ lists its groups in English.
    const source = readFileSync(join(content, 'failure-groups/leadership.yaml'));
    const before = await until('the German patterns page', statusIs('/de/failures/', 200));
    expect(before.body).toContain('Leadership failures');
    mkdirSync(join(content, 'translations/de/failure-groups'), { recursive: true });
    writeFileSync(
      join(content, 'translations/de/failure-groups/leadership.yaml'),
      [
        'title: Fehler der Führung',
        'order: 4',
        'intro: Wie Führungskräfte über Kundenerlebnis sprechen, es finanzieren und Zeit dafür aufwenden, bestimmt, wie ernst alle anderen es nehmen.',
        'source: walters-preventing-cx-failure',
        `sourceHash: '${sourceHash(source)}'`,
        '',
      ].join('\n'),
    );
    const after = await until('the German group title on /de/failures/', async () => {
      const r = await status('/de/failures/');
      return r?.code === 200 && r.body.includes('Fehler der Führung') ? r : undefined;
    });
    expect(after.body).not.toContain('Leadership failures');
  }, 180_000);

  it('a statement added to the English questionnaire: the German page shows that dimension in English, with the notice, until it is translated', async () => {
    const file = join(content, 'assessment/dimensions/ownership.yaml');
    const english = readFileSync(file, 'utf8');
    const before = await until('the German self-assessment', statusIs('/de/tools/assessment/', 200));
    // The notice's element (its style, inlined in dev, names the class too).
    const notice = 'class="fallback-note"';
    expect(before.body.includes('Verantwortung')).toBe(true);
    expect(before.body.includes(notice)).toBe(false);
    const added = 'Every team can name the person who owns the customer experience.';
    writeFileSync(file, `${english.trimEnd()}\n  - id: owner-known\n    text: ${added}\n`);
    // The German translation now has three statements where its source has four. It is older than
    // its source (its sourceHash is the old file's), so this is no error: the page shows the
    // source's dimension until a translator catches up, and says so.
    const after = await until('the added statement on the German page', async () => {
      const r = await status('/de/tools/assessment/');
      return r?.code === 200 && r.body.includes(added) ? r : undefined;
    });
    expect(after.body.includes(notice)).toBe(true);
    expect(after.body.includes('Engagement der Führung')).toBe(true);
    expect(output.includes('ownership.yaml:')).toBe(false);
    writeFileSync(file, english);
    await until('the German dimension again', async () => {
      const r = await status('/de/tools/assessment/');
      return r?.code === 200 && !r.body.includes(added) && !r.body.includes(notice) ? r : undefined;
    });
  }, 180_000);
});
