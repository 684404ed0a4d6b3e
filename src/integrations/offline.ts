import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { precacheEntries, SERVICE_WORKER_FILE, serviceWorkerScript } from '../lib/build/offline.ts';

/**
 * The dev server's answer at <base>sw.js: the retiring worker. `npm start` (the built site, with
 * its worker) and `npm run dev` share http://127.0.0.1:4321/; without this, a worker installed from
 * the build would keep answering the dev server's pages from its copy. Dev pages register no worker
 * (BaseLayout names it only in a build); an installed one checks sw.js, gets this one and retires.
 */
export function devServiceWorker(base: string) {
  const path = `${base.endsWith('/') ? base : `${base}/`}${SERVICE_WORKER_FILE}`;
  let script: string | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== path) return next();
    script ??= serviceWorkerScript([]);
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(script);
  };
}

/**
 * Writes the offline service worker, <outDir>/sw.js, after the build: when `offline` is on, with a
 * precache manifest of every built page and asset (src/lib/build/offline.ts); when it is off, the
 * retiring worker, which releases readers who installed an earlier one. It must come after the
 * integrations that write files into the output folder (search index), so the manifest sees them.
 */
export function offline(enabled: boolean): AstroIntegration {
  let base = '/';
  return {
    name: 'cx-playbook:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(devServiceWorker(base));
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = enabled ? precacheEntries(outDir) : [];
        const script = serviceWorkerScript(entries);
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), script);
        const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
        const worker = `${SERVICE_WORKER_FILE} ${kb(Buffer.byteLength(script))} (${kb(gzipSync(script, { level: 9 }).length)} gzip)`;
        if (enabled) logger.info(`${worker} precaches ${entries.length} files, ${kb(entries.reduce((n, e) => n + e.bytes, 0))}`);
        else logger.info(`offline is off: ${worker} only retires a worker installed earlier`);
      },
    },
  };
}
