import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { checkContent, formatReport } from '../lib/content/check.ts';
import { gateContentOn } from '../lib/content/check-gate.ts';
import type { ContentError } from '../lib/content/errors.ts';
import { CONTENT_DIR, SITE_CONFIG_FILE } from '../lib/paths.ts';

/** Runs the content check in a worker thread; resolves to its errors (empty when all is well). */
function checkInWorker(options: { root: string; contentDir: string; siteConfigFile: string }): Promise<ContentError[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: options });
    worker.once('message', (errors: ContentError[]) => resolve(errors));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit ${code}) without a result`)));
  });
}

/**
 * Fails `astro build` (and reports in `astro dev` and `astro check`) when the content breaks a rule.
 * Astro itself only logs a dangling reference and builds anyway; this runs every rule before Astro
 * reads a content file, so editors see our messages (file:line: field) rather than Astro's.
 *
 * In a build the check runs in a worker thread while Astro sets up Vite and its dependencies, and the
 * collections' loaders wait for it before reading any file (src/lib/content/check-gate.ts): the check
 * costs no wall time (about half a second at 1,000 pages when it ran first; docs/performance.md).
 */
export function contentCheck(): AstroIntegration {
  const options = { root: process.cwd(), contentDir: CONTENT_DIR, siteConfigFile: SITE_CONFIG_FILE };
  let result: Promise<void> | undefined;
  return {
    name: 'cx-playbook:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') {
          const errors = checkContent(options);
          if (errors.length) logger.error(formatReport(errors));
          return;
        }
        result = checkInWorker(options).then((errors) => {
          if (errors.length) throw new Error(formatReport(errors));
        });
        // Nothing may go unhandled while the first await is still ahead.
        result.catch(() => {});
        gateContentOn(result);
      },
      // Should the sync ever skip a loader, no page renders unchecked either.
      'astro:build:start': async () => {
        await result;
      },
    },
  };
}
