import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  astroVersionMismatch,
  installedAstroVersion,
  RenderWorker,
  reviveError,
  TESTED_ASTRO_VERSION,
  workerCount,
} from '../../../src/integrations/prerender.ts';

describe('workerCount', () => {
  it('uses one worker thread per spare core, at most three', () => {
    expect(workerCount({}, 1)).toBe(0); // one core: the main thread renders alone
    expect(workerCount({}, 2)).toBe(1);
    expect(workerCount({}, 4)).toBe(3);
    expect(workerCount({}, 16)).toBe(3);
  });

  it('follows CXP_RENDER_WORKERS when it is set', () => {
    expect(workerCount({ CXP_RENDER_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount({ CXP_RENDER_WORKERS: '5' }, 2)).toBe(5);
    expect(workerCount({ CXP_RENDER_WORKERS: '' }, 2)).toBe(1);
  });

  it('names the variable and the bad value', () => {
    expect(() => workerCount({ CXP_RENDER_WORKERS: 'two' }, 2)).toThrow(
      'CXP_RENDER_WORKERS must be a whole number of 0 or more, not "two"',
    );
    expect(() => workerCount({ CXP_RENDER_WORKERS: '-1' }, 2)).toThrow('not "-1"');
    expect(() => workerCount({ CXP_RENDER_WORKERS: '1.5' }, 2)).toThrow('not "1.5"');
  });
});

describe('the Astro release', () => {
  it('package.json pins exactly the release the render workers are tested against, and it is the one installed', () => {
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies.astro;
    expect(pinned).toBe(TESTED_ASTRO_VERSION);
    expect(installedAstroVersion()).toBe(TESTED_ASTRO_VERSION);
    expect(astroVersionMismatch(installedAstroVersion())).toBeUndefined();
  });

  it('any other release falls back to the main thread, and the log line names both versions', () => {
    expect(astroVersionMismatch('7.4.0', '7.3.5')).toBe('Astro 7.4.0 is installed; the render workers are tested against 7.3.5 only');
  });
});

describe('reviveError', () => {
  it('keeps what Astro prints of an error thrown while a worker rendered a page', () => {
    const error = reviveError({
      name: 'AstroError',
      message: 'Missing parameter: id',
      stack: 'AstroError: Missing parameter: id\n    at page.astro:3',
      hint: 'Pass id.',
      title: 'Missing parameter',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Missing parameter: id');
    expect(error.name).toBe('AstroError');
    expect(error.stack).toContain('at page.astro:3');
    expect(error).toMatchObject({ hint: 'Pass id.', title: 'Missing parameter' });
    expect(String(error)).toBe('AstroError: Missing parameter: id');
  });
});

describe('RenderWorker', () => {
  // A stand-in for Astro's prerender bundle: an app with one route, whose page fails for /broken/.
  const dir = mkdtempSync(join(tmpdir(), 'cxp-render-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entry = join(dir, 'prerender-entry.mjs');
  writeFileSync(
    entry,
    `export const app = {
      manifest: { routes: [{ routeData: { route: '/[page]', component: 'src/pages/[page].astro' } }] },
      setInternals() {}, setOptions() {},
      async render(request) {
        if (request.url.endsWith('/broken/')) throw Object.assign(new Error('page failed'), { hint: 'Look at the page.' });
        return new Response('<p>' + new URL(request.url).pathname + '</p>', { headers: { 'content-type': 'text/html' } });
      },
    };`,
  );
  const route = { route: '/[page]', component: 'src/pages/[page].astro' };
  const start = (at: string) => new RenderWorker({ entry: at, pages: [], scripts: [] }, () => {});

  it("renders a page through the bundle's app and counts it", async () => {
    const worker = start(entry);
    const response = await worker.render('http://localhost/about/', route);
    expect(await response.text()).toBe('<p>/about/</p>');
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(worker.rendered).toBe(1);
    await worker.close();
  });

  it("passes on a page's error with its message and hint", async () => {
    const worker = start(entry);
    await expect(worker.render('http://localhost/broken/', route)).rejects.toMatchObject({
      message: 'page failed',
      hint: 'Look at the page.',
    });
    await worker.close();
  });

  it('names a route the bundle does not have', async () => {
    const worker = start(entry);
    await expect(worker.render('http://localhost/x/', { route: '/x', component: 'src/pages/x.astro' })).rejects.toThrow(
      'no route /x (src/pages/x.astro) in the prerender bundle',
    );
    await worker.close();
  });

  it('fails every page it holds when the thread fails, and says how to render without it', async () => {
    const worker = start(join(dir, 'missing-entry.mjs'));
    await expect(worker.render('http://localhost/about/', route)).rejects.toThrow(
      'a page-rendering worker thread failed (CXP_RENDER_WORKERS=0 renders on the main thread only): Cannot find module',
    );
    expect(worker.available).toBe(false);
    await worker.close();
  });

  it('fails the pages it holds when the thread stops on its own', async () => {
    const exits = join(dir, 'exits.mjs');
    writeFileSync(exits, `export const app = { manifest: { routes: [] }, setInternals() {}, setOptions() {} }; process.exit(3);`);
    const worker = start(exits);
    await expect(worker.render('http://localhost/about/', route)).rejects.toThrow('a page-rendering worker thread stopped (exit 3)');
    await worker.close();
  });
});
