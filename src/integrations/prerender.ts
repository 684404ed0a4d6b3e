import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import type { Plugin } from 'vite';
import { SEARCH_SINK, searchableDocument, type SearchSink } from '../lib/search-index.ts';
import type { PageStyles, RenderReply, RenderRequest, WorkerData } from './prerender-worker.ts';

/** What Astro's default prerenderer holds after setup (not in its public type). */
interface BuildApp {
  getSettings(): { scripts: { stage: string; content: string }[] };
  getOptions(): { logger: { options: { destination: { write(event: unknown): unknown } } } };
}
type DefaultPrerenderer = AstroPrerenderer & { app?: BuildApp };

/** Pages a worker may have in flight: enough that it never waits on the main thread. */
const PER_WORKER = 6;

interface Slot {
  worker: Worker;
  /** Set when the thread has stopped; no page is sent to it after that. */
  stopped?: Error;
  inFlight: number;
  rendered: number;
  pending: Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>;
}

/** Worker threads to use beside the main thread: one per spare core, `CXP_RENDER_WORKERS` to override. */
export function workerCount(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  const asked = env.CXP_RENDER_WORKERS;
  if (asked !== undefined && asked !== '') {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0) throw new Error(`CXP_RENDER_WORKERS must be a whole number of 0 or more, not "${asked}"`);
    return n;
  }
  return Math.min(Math.max(cores - 1, 0), 3);
}

/** Rebuilds in this thread the error a worker thread reported, keeping what Astro prints. */
export function reviveError(error: NonNullable<RenderReply['error']>): Error {
  return Object.assign(new Error(error.message), error);
}

/**
 * Owns how `astro build` renders pages:
 * - Pages render in worker threads as well as the main thread, so a build uses every core. Astro
 *   renders on the main thread only; that thread was the bottleneck of a 1,000-page build while the
 *   other core did little (README, Performance). Each worker loads Astro's own prerender bundle and
 *   renders through the same app, so the HTML is byte for byte what the main thread renders
 *   (tests/build/prerender.test.ts builds both ways and compares).
 * - Each rendered page's searchable part goes to the search index (src/integrations/search-index.ts).
 *
 * Workers need two things Astro keeps inside its build: the prerender bundle's file name (taken from
 * the bundle as Vite writes it) and each page's stylesheets (the page data Astro passes to
 * `astro:build:setup`). Without them, or with page-stage scripts a worker could not place, every
 * page renders on the main thread as before, and the log says why.
 */
export function prerender(): AstroIntegration {
  let entry: string | undefined;
  let pages: Map<string, { styles: unknown }> | undefined;
  let logger: AstroIntegrationLogger | undefined;
  /** Notes where Vite writes Astro's prerender bundle entry. */
  const prerenderEntry: Plugin = {
    name: 'cx-playbook:prerender-entry',
    writeBundle(output, bundle) {
      const file = Object.keys(bundle).find((f) => f.startsWith('prerender-entry'));
      if (file && output.dir) entry = join(output.dir, file);
    },
  };

  return {
    name: 'cx-playbook:prerender',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        // Pages in flight: enough for every worker and the main thread to stay busy. Rendering one
        // page at a time waits on module loads and file writes even with no worker.
        updateConfig({ build: { concurrency: Math.max(4, workerCount() * PER_WORKER + 2) }, vite: { plugins: [prerenderEntry] } });
      },
      'astro:build:setup': ({ pages: buildPages }) => {
        pages = buildPages as unknown as Map<string, { styles: unknown }>;
      },
      'astro:build:start': ({ setPrerenderer, logger: integrationLogger }) => {
        logger = integrationLogger;
        setPrerenderer((fallback) => wrap(fallback as DefaultPrerenderer));
      },
    },
  };

  function wrap(main: DefaultPrerenderer): AstroPrerenderer {
    const slots: Slot[] = [];
    let nextId = 0;
    let onMain = 0;

    function startWorkers(): void {
      const count = workerCount();
      const app = main.app;
      const scripts = app?.getSettings().scripts ?? [];
      const reason = !count ? (process.env.CXP_RENDER_WORKERS ? 'CXP_RENDER_WORKERS is 0' : 'no spare core')
        : !app ? 'Astro kept no app' : !entry ? 'no prerender bundle seen' : !pages ? 'no page data seen'
        : scripts.some((s) => s.stage === 'page') ? 'the site has page-stage scripts' : undefined;
      if (reason || !app || !entry || !pages) {
        logger?.info(`rendering on the main thread only (${reason})`);
        return;
      }
      const destination = app.getOptions().logger.options.destination;
      const workerData: WorkerData = {
        entry,
        pages: [...pages].map(([key, page]): [string, PageStyles] => [key, { styles: page.styles }]),
        scripts,
      };
      for (let i = 0; i < count; i++) {
        const slot: Slot = { worker: new Worker(new URL('./prerender-worker.ts', import.meta.url), { workerData }), inFlight: 0, rendered: 0, pending: new Map() };
        slot.worker.on('message', (reply: RenderReply) => {
          if (reply.log !== undefined) {
            destination.write(reply.log);
            return;
          }
          const waiting = slot.pending.get(reply.id);
          if (!waiting) return;
          slot.pending.delete(reply.id);
          slot.inFlight--;
          if (reply.error) waiting.reject(reviveError(reply.error));
          else {
            slot.rendered++;
            waiting.resolve(new Response(reply.body ?? null, { status: reply.status ?? 200, statusText: reply.statusText ?? '', headers: reply.headers ?? [] }));
          }
        });
        const stop = (error: Error) => {
          slot.stopped ??= error;
          for (const waiting of slot.pending.values()) waiting.reject(slot.stopped);
          slot.pending.clear();
        };
        slot.worker.on('error', (error: Error) => stop(new Error(`a page-rendering worker thread failed (CXP_RENDER_WORKERS=0 renders on the main thread only): ${error.message}`, { cause: error })));
        slot.worker.on('exit', (code) => stop(new Error(`a page-rendering worker thread stopped (exit ${code})`)));
        slots.push(slot);
      }
    }

    function renderInWorker(slot: Slot, request: Request, route: { route: string; component: string }): Promise<Response> {
      const id = nextId++;
      slot.inFlight++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        const message: RenderRequest = { id, url: request.url, route: route.route, component: route.component };
        slot.worker.postMessage(message);
      });
    }

    /** Hands an HTML page's searchable part to the search index, if one is being built. */
    async function publish(request: Request, response: Response): Promise<Response> {
      const sink = (globalThis as { [SEARCH_SINK]?: SearchSink })[SEARCH_SINK];
      if (!sink || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
      const html = await response.text();
      const searchable = searchableDocument(html);
      if (searchable) sink(new URL(request.url).pathname, searchable);
      return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
    }

    return {
      name: 'cx-playbook:prerender',
      async setup() {
        await main.setup?.();
        startWorkers();
      },
      getStaticPaths: () => main.getStaticPaths(),
      async render(request, options) {
        // Incremental builds collect metadata in the rendering thread; leave those to Astro.
        const slot = options.routeData.type === 'page' && !options.collectMetadata ? slots.find((s) => !s.stopped && s.inFlight < PER_WORKER) : undefined;
        if (slot) return publish(request, await renderInWorker(slot, request, options.routeData));
        onMain++;
        const rendered = await main.render(request, options);
        if (rendered instanceof Response) return publish(request, rendered);
        return { ...rendered, response: await publish(request, rendered.response) };
      },
      async teardown() {
        if (slots.length && !slots.some((s) => s.pending.size)) {
          const inWorkers = slots.reduce((n, s) => n + s.rendered, 0);
          logger?.info(`rendered ${inWorkers} of ${inWorkers + onMain} pages in ${slots.length} worker thread${slots.length === 1 ? '' : 's'}`);
        }
        // Pages still in a worker here are ones Astro no longer waits for (another page failed):
        // drop them rather than report each as a failure of its own.
        for (const s of slots) {
          s.stopped ??= new Error('the build has finished');
          s.pending.clear();
        }
        await Promise.all(slots.map((s) => s.worker.terminate()));
        await main.teardown?.();
      },
    };
  }
}
