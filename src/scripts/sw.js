// @ts-check
// The offline service worker, served at <base>sw.js with the site as its scope. After every build
// src/integrations/offline.ts minifies this file and puts the precache manifest in place of
// __CXP_MANIFEST__: every page and asset a reader needs (pages, CSS, JavaScript, images, the search
// index), each as [path relative to the scope, hash of its content].
// - install: fetch every listed file not already cached at its hash; skip waiting, so an update
//   takes over at once (the page then shows its "updated" note, see bootstrap.js).
// - activate: drop cached files the new manifest no longer lists, then control open pages.
// - fetch: a listed file comes from the cache (query string ignored: /search/?q=… is /search/);
//   anything else goes to the network; a page that is neither listed nor reachable gets 404.html.
// With an empty manifest (offline: false in content/site.yaml) the worker retires: it deletes its
// cache and unregisters itself, so readers who installed an earlier version are released.

// The project type-checks with the DOM library, which has no worker types; these name what is used.
/**
 * @typedef {{ waitUntil(p: Promise<unknown>): void }} LifecycleEvent
 * @typedef {LifecycleEvent & { request: Request, respondWith(r: Promise<Response>): void }} RequestEvent
 * @typedef {{
 *   registration: ServiceWorkerRegistration,
 *   skipWaiting(): Promise<void>,
 *   clients: { claim(): Promise<void> },
 *   addEventListener(type: 'install' | 'activate', f: (e: LifecycleEvent) => void): void,
 *   addEventListener(type: 'fetch', f: (e: RequestEvent) => void): void,
 * }} WorkerScope
 */
const sw = /** @type {WorkerScope} */ (/** @type {unknown} */ (self));
/* global __CXP_MANIFEST__ -- replaced at build time by the manifest */
/** @type {[string, string][]} */
// @ts-expect-error replaced at build time by the manifest
const MANIFEST = __CXP_MANIFEST__;
const scope = sw.registration.scope;
const CACHE = `cxp-offline:${scope}`;
/** Absolute URL of each listed file, without query, to the cache key that carries its hash. */
const keys = new Map(MANIFEST.map(([path, rev]) => [new URL(path, scope).href, `${new URL(path, scope).href}?cxp-rev=${rev}`]));

sw.addEventListener('install', (event) => {
  sw.skipWaiting();
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        [...keys].map(async ([url, key]) => {
          if (await cache.match(key)) return;
          // 'no-cache': revalidate with the server, so a stale HTTP cache cannot pass for this hash.
          const res = await fetch(url, { cache: 'no-cache' });
          if (!res.ok) throw new Error(`offline: ${url} answered ${res.status}`);
          await cache.put(key, res);
        }),
      ),
    ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      if (!keys.size) {
        await caches.delete(CACHE);
        await sw.registration.unregister();
        return;
      }
      const cache = await caches.open(CACHE);
      const keep = new Set(keys.values());
      await Promise.all((await cache.keys()).filter((r) => !keep.has(r.url)).map((r) => cache.delete(r)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !keys.size) return;
  const url = new URL(request.url);
  url.search = '';
  const key = keys.get(url.href);
  const cached = (/** @type {string | undefined} */ k) => caches.open(CACHE).then((c) => (k ? c.match(k) : undefined));
  if (key) event.respondWith(cached(key).then((hit) => hit || fetch(request)));
  else if (request.mode === 'navigate')
    event.respondWith(fetch(request).catch(() => cached(keys.get(new URL('404.html', scope).href)).then((hit) => hit || Response.error())));
});
