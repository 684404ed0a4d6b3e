// The dev server's sw.js (src/integrations/offline.ts): `npm start` and `npm run dev` share a port,
// so a worker installed from the build must find a retiring worker when it checks for updates.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { devServiceWorker } from '../../../src/integrations/offline.ts';
import { serviceWorkerScript } from '../../../src/lib/build/offline.ts';

/** Calls the middleware for `url`; returns what it wrote, or 'next' when it passed the request on. */
function ask(base: string, url: string) {
  const res = { writeHead: vi.fn(), end: vi.fn() };
  const next = vi.fn();
  devServiceWorker(base)({ url } as IncomingMessage, res as unknown as ServerResponse, next);
  if (next.mock.calls.length) return 'next';
  return { head: res.writeHead.mock.calls[0], body: res.end.mock.calls[0]?.[0] as string };
}

describe('devServiceWorker', () => {
  it('answers <base>sw.js (query aside) with the retiring worker, as JavaScript, not to be cached', () => {
    const answer = ask('/handbook/', '/handbook/sw.js?v=1');
    expect(answer).toEqual({
      head: [200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }],
      body: serviceWorkerScript([]),
    });
  });

  it('passes every other request on, sw.js outside the base included', () => {
    expect(ask('/handbook/', '/sw.js')).toBe('next');
    expect(ask('/', '/failures/sw.js')).toBe('next');
    expect(ask('/', '/')).toBe('next');
  });
});
