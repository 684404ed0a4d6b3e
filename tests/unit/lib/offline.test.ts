// The offline service worker: its precache manifest (src/lib/build/offline.ts) and the worker
// itself (src/scripts/sw.js), run in a fake worker scope with an in-memory Cache Storage, so each
// event's effect can be checked without a browser (tests/e2e/offline.spec.ts runs it in one).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { precacheEntries, serviceWorkerScript, serviceWorkerUrl, urlPathOf, type PrecacheEntry } from '../../../src/lib/build/offline.ts';

// SHA-256 test vectors from FIPS 180-2 (and of the empty message); a revision is the first 12 hex digits.
const SHA_ABC = 'ba7816bf8f01'; // SHA-256("abc") = ba7816bf 8f01cfea 414140de …
const SHA_EMPTY = 'e3b0c44298fc'; // SHA-256("") = e3b0c442 98fc1c14 9afbf4c8 …

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fake output folder holding `files` (path -> content). */
function outDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cxp-offline-unit-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('urlPathOf', () => {
  it('serves index.html at its folder, the home page at ./, other files at their own path, percent-encoded', () => {
    expect(urlPathOf('index.html')).toBe('./');
    expect(urlPathOf('failures/no-clear-ownership/index.html')).toBe('failures/no-clear-ownership/');
    expect(urlPathOf('404.html')).toBe('404.html');
    expect(urlPathOf('_astro/a b.js')).toBe('_astro/a%20b.js');
  });
});

describe('precacheEntries', () => {
  const site = {
    'index.html': 'abc',
    'search/index.html': '',
    '_astro/client.js': 'x',
    'pagefind/pagefind.js': 'p',
    'pagefind/wasm.en.pagefind': 'w',
    'pagefind/fragment/en_1.pf_fragment': 'f',
    // Not precached: link-preview cards, sitemaps, Pagefind's unused ready-made interfaces, the worker.
    'og/index.png': 'png',
    'sitemap-index.xml': '<x/>',
    'sitemap-0.xml': '<x/>',
    'pagefind/pagefind-ui.js': 'u',
    'pagefind/pagefind-component-ui.css': 'u',
    'sw.js': 'old worker',
  };

  it('lists every page and asset a reader needs, sorted, with a content hash and size, and nothing else', () => {
    expect(precacheEntries(outDir(site))).toEqual([
      { path: '_astro/client.js', revision: expect.stringMatching(/^[0-9a-f]{12}$/), bytes: 1 },
      { path: './', revision: SHA_ABC, bytes: 3 },
      { path: 'pagefind/fragment/en_1.pf_fragment', revision: expect.any(String), bytes: 1 },
      { path: 'pagefind/pagefind.js', revision: expect.any(String), bytes: 1 },
      { path: 'pagefind/wasm.en.pagefind', revision: expect.any(String), bytes: 1 },
      { path: 'search/', revision: SHA_EMPTY, bytes: 0 },
    ]);
  });

  it("changes a file's revision when its content changes, and no other", () => {
    const dir = outDir(site);
    const before = precacheEntries(dir);
    writeFileSync(join(dir, 'index.html'), '');
    const after = precacheEntries(dir);
    expect(after.find((e) => e.path === './')?.revision).toBe(SHA_EMPTY);
    expect(after.filter((e) => e.path !== './')).toEqual(before.filter((e) => e.path !== './'));
  });
});

describe('serviceWorkerUrl', () => {
  it('is <base>sw.js when offline is on, under a sub-folder too, and nothing when it is off', () => {
    expect(serviceWorkerUrl(true, '/')).toBe('/sw.js');
    expect(serviceWorkerUrl(true, '/handbook/')).toBe('/handbook/sw.js');
    expect(serviceWorkerUrl(true, '/handbook')).toBe('/handbook/sw.js');
    expect(serviceWorkerUrl(false, '/handbook/')).toBeUndefined();
  });
});

// ---- the worker in a fake scope ----

type Listener = (event: Record<string, unknown>) => void;
const SCOPE = 'https://example.test/handbook/';

/** Runs the built worker with `entries` in a fake ServiceWorkerGlobalScope whose network is `network`. */
function startWorker(entries: PrecacheEntry[], network: (url: string) => Response | Promise<Response>) {
  const listeners = new Map<string, Listener>();
  const store = new Map<string, Map<string, Response>>();
  const keyOf = (k: string | { url: string }) => (typeof k === 'string' ? k : k.url);
  const open = (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const m = store.get(name)!;
    return {
      match: async (k: string) => m.get(keyOf(k))?.clone(),
      put: async (k: string, r: Response) => void m.set(keyOf(k), r),
      keys: async () => [...m.keys()].map((url) => ({ url })),
      delete: async (k: { url: string }) => m.delete(keyOf(k)),
    };
  };
  const registration = { scope: SCOPE, unregister: vi.fn(async () => true) };
  const self = {
    registration,
    skipWaiting: vi.fn(async () => undefined),
    clients: { claim: vi.fn(async () => undefined) },
    addEventListener: (type: string, f: Listener) => listeners.set(type, f),
  };
  const fetch = vi.fn(async (req: string | { url: string }) => network(keyOf(req)));
  const caches = { open: async (name: string) => open(name), delete: async (name: string) => store.delete(name) };
  runInNewContext(serviceWorkerScript(entries), { self, caches, fetch, URL, Response, Promise, Map, Set, Error });

  /** Dispatches an extendable event; resolves with what it waited on (or undefined). */
  const extendable = async (type: string) => {
    let waited: Promise<unknown> | undefined;
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (waited = p) });
    return waited;
  };
  /** Dispatches a fetch event; resolves with the response, or undefined when the worker leaves it to the browser. */
  const request = async (url: string, init: { method?: string; mode?: string } = {}) => {
    let answer: Promise<Response> | undefined;
    listeners.get('fetch')!({
      request: { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' },
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    return answer;
  };
  const cacheName = `cxp-offline:${SCOPE}`;
  return {
    self,
    registration,
    fetch,
    store,
    cacheName,
    install: () => extendable('install'),
    activate: () => extendable('activate'),
    request,
  };
}

const entry = (path: string, revision: string): PrecacheEntry => ({ path, revision, bytes: 1 });
const ok = (body: string) => new Response(body, { status: 200 });

describe('the service worker', () => {
  const ENTRIES = [entry('./', 'r1'), entry('search/', 'r2'), entry('404.html', 'r3'), entry('pagefind/pagefind-entry.json', 'r4')];

  it('install: fetches every listed file under the scope, revalidating, keeps it under its revision, and takes over at once', async () => {
    const w = startWorker(ENTRIES, (url) => ok(`body of ${url}`));
    await w.install();
    expect(w.self.skipWaiting).toHaveBeenCalled();
    expect([...w.store.get(w.cacheName)!.keys()].sort()).toEqual([
      `${SCOPE}404.html?cxp-rev=r3`,
      `${SCOPE}?cxp-rev=r1`,
      `${SCOPE}pagefind/pagefind-entry.json?cxp-rev=r4`,
      `${SCOPE}search/?cxp-rev=r2`,
    ]);
    expect(w.fetch).toHaveBeenCalledWith(`${SCOPE}search/`, { cache: 'no-cache' });
  });

  it('install: does not fetch again a file already cached at the same revision', async () => {
    const w = startWorker(ENTRIES, (url) => ok(url));
    await w.install();
    w.fetch.mockClear();
    await w.install();
    expect(w.fetch).not.toHaveBeenCalled();
  });

  it('install: fails, naming the file and the status, when a listed file cannot be fetched', async () => {
    const w = startWorker(ENTRIES, (url) => (url.endsWith('search/') ? new Response('', { status: 404 }) : ok(url)));
    await expect(w.install()).rejects.toThrow(`offline: ${SCOPE}search/ answered 404`);
  });

  it('fetch: answers a listed file from the cache, its query string ignored (/search/?q=…); leaves other requests alone', async () => {
    const w = startWorker(ENTRIES, (url) => ok(`network ${url}`));
    await w.install();
    w.fetch.mockClear();
    expect(await (await w.request(`${SCOPE}search/?q=ownership`, { mode: 'navigate' }))?.text()).toBe(`network ${SCOPE}search/`);
    expect(await (await w.request(`${SCOPE}pagefind/pagefind-entry.json?ts=123`))?.text()).toBe(
      `network ${SCOPE}pagefind/pagefind-entry.json`,
    );
    expect(w.fetch).not.toHaveBeenCalled();
    expect(await w.request(`${SCOPE}og/index.png`)).toBeUndefined();
    expect(await w.request(`${SCOPE}search/`, { method: 'POST' })).toBeUndefined();
  });

  it('fetch: a page neither listed nor reachable gets the cached 404 page; reachable, the network answers', async () => {
    let online = true;
    const w = startWorker(ENTRIES, (url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return ok(`network ${url}`);
    });
    await w.install();
    expect(await (await w.request(`${SCOPE}no-such-page/`, { mode: 'navigate' }))?.text()).toBe(`network ${SCOPE}no-such-page/`);
    online = false;
    expect(await (await w.request(`${SCOPE}no-such-page/`, { mode: 'navigate' }))?.text()).toBe(`network ${SCOPE}404.html`);
  });

  it('activate: drops files the manifest no longer lists (or lists at another revision), then controls open pages', async () => {
    const old = startWorker([...ENTRIES, entry('gone.js', 'g1')], (url) => ok(url));
    await old.install();
    // The next release: search/ changed (r2 -> r9), gone.js removed. Same scope, so the same cache.
    const next = startWorker(
      [entry('./', 'r1'), entry('search/', 'r9'), entry('404.html', 'r3'), entry('pagefind/pagefind-entry.json', 'r4')],
      (url) => ok(url),
    );
    next.store.set(next.cacheName, old.store.get(old.cacheName)!);
    await next.install();
    await next.activate();
    expect([...next.store.get(next.cacheName)!.keys()].sort()).toEqual([
      `${SCOPE}404.html?cxp-rev=r3`,
      `${SCOPE}?cxp-rev=r1`,
      `${SCOPE}pagefind/pagefind-entry.json?cxp-rev=r4`,
      `${SCOPE}search/?cxp-rev=r9`,
    ]);
    expect(next.self.clients.claim).toHaveBeenCalled();
  });

  it('with an empty manifest (offline: false) it deletes its cache, unregisters itself and answers nothing', async () => {
    const w = startWorker([], (url) => ok(url));
    w.store.set(w.cacheName, new Map([[`${SCOPE}?cxp-rev=r1`, ok('old')]]));
    await w.install();
    await w.activate();
    expect(w.store.has(w.cacheName)).toBe(false);
    expect(w.registration.unregister).toHaveBeenCalled();
    expect(w.self.clients.claim).not.toHaveBeenCalled();
    expect(await w.request(SCOPE, { mode: 'navigate' })).toBeUndefined();
  });
});
