import { resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { checkContent, formatReport } from '../lib/content/check.ts';
import { ContentCheckError, gateContentOn, setDevCheck } from '../lib/content/check-gate.ts';
import { formatError, type ContentError } from '../lib/content/errors.ts';
import { emitAnnotations } from '../lib/content/annotations.ts';
import { CONTENT_DIR, SITE_CONFIG_FILE } from '../lib/build/paths.ts';

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
 * The dev server's side of the check: the whole check runs again on every save, add or delete of a
 * content file or the site config (about a third of a second), and its result is printed in the
 * terminal, pushed to the browser's error overlay, and recorded for the pages (src/lib/content/check-gate.ts),
 * which throw it until the content passes again.
 */
function devCheck(options: { root: string; contentDir: string; siteConfigFile: string }, logger: AstroIntegrationLogger): Plugin {
  const contentRoot = resolve(options.root, options.contentDir);
  const siteConfig = resolve(options.root, options.siteConfigFile);
  const watched = (file: string) => file === siteConfig || file.startsWith(contentRoot + sep);
  let previous = '';
  return {
    name: 'cx-playbook:content-check-dev',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add([contentRoot, siteConfig]);
      const rerun = (file: string) => {
        if (!watched(resolve(file))) return;
        const errors = checkContent(options);
        setDevCheck(errors, options.root);
        const report = errors.map(formatError).join('\n');
        if (report === previous) return;
        previous = report;
        if (errors.length) {
          logger.error(formatReport(errors));
          const error = new ContentCheckError(errors, options.root);
          server.ws.send({
            type: 'error',
            err: {
              message: error.message,
              stack: '',
              plugin: 'cx-playbook:content-check',
              ...(error.loc ? { id: error.loc.file, loc: error.loc } : {}),
            },
          });
        } else {
          logger.info('content check passed');
          server.ws.send({ type: 'full-reload' });
        }
      };
      // Registered before the content layer's own watchers, so a page reloaded after a save sees this save's result.
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, rerun);
    },
  };
}

/**
 * Fails `astro build` (and reports in `astro dev` and `astro check`) when the content breaks a rule.
 * Astro itself only logs a dangling reference and builds anyway; this runs every rule before Astro
 * reads a content file, so editors see our messages (file:line: field) rather than Astro's.
 *
 * In a build the check runs in a worker thread while Astro sets up Vite and its dependencies, and the
 * collections' loaders wait for it before reading any file (src/lib/content/check-gate.ts): the check
 * costs no wall time (about half a second at 1,000 pages when it ran first; docs/performance.md).
 * In `astro dev` it runs on start and on every save (devCheck above).
 */
export function contentCheck(): AstroIntegration {
  const options = { root: process.cwd(), contentDir: CONTENT_DIR, siteConfigFile: SITE_CONFIG_FILE };
  let result: Promise<void> | undefined;
  return {
    name: 'cx-playbook:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command === 'dev') {
          const errors = checkContent(options);
          setDevCheck(errors, options.root);
          if (errors.length) logger.error(formatReport(errors));
          updateConfig({ vite: { plugins: [devCheck(options, logger)] } });
          return;
        }
        if (command !== 'build') {
          const errors = checkContent(options);
          if (errors.length) logger.error(formatReport(errors));
          return;
        }
        result = checkInWorker(options).then((errors) => {
          if (!errors.length) return;
          emitAnnotations(errors);
          throw new Error(formatReport(errors));
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
