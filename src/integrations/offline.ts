import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { precacheEntries, SERVICE_WORKER_FILE, serviceWorkerScript } from '../lib/build/offline.ts';

/**
 * Writes the offline service worker, <outDir>/sw.js, after the build: when `offline` is on, with a
 * precache manifest of every built page and asset (src/lib/build/offline.ts); when it is off, the
 * retiring worker, which releases readers who installed an earlier one. It must come after the
 * integrations that write files into the output folder (search index), so the manifest sees them.
 */
export function offline(enabled: boolean): AstroIntegration {
  return {
    name: 'cx-playbook:offline',
    hooks: {
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
