import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import type { Plugin } from 'vite';
import { SEARCH_SINK, searchableDocument, type SearchSink } from '../lib/build/search-index.ts';
import type { PageStyles, RenderReply, RenderRequest, WorkerData } from './prerender-worker.ts';

/** What Astro's default prerenderer holds after setup (not in its public type). */
interface BuildApp {
  getSettings(): { scripts: { stage: string; content: string }[] };
  getOptions(): { logger: { options: { destination: { write(event: unknown): unknown } } } };
}
type DefaultPrerenderer = AstroPrerenderer & { app?: BuildApp };

/**
 * The Astro release the render workers are tested against (tests/build/prerender.test.ts compares
 * their pages with the main thread's, byte for byte). Workers lean on two details of Astro's build
 * that are not public API, so on any other release every page renders on the main thread, as Astro
 * does, and the build log says so in one line. package.json pins exactly this version (a unit test
 * holds the two together); to upgrade Astro, change both and run `npm test`.
 */
export const TESTED_ASTRO_VERSION = '7.3.5';

/** The installed Astro's version. */
export function installedAstroVersion(): string {
  return (createRequire(import.meta.url)('astro/package.json') as { version: string }).version;
}

/** Why render workers cannot be used with this Astro release, or undefined when they can. */
export function astroVersionMismatch(installed: string, tested = TESTED_ASTRO_VERSION): string | undefined {
  return installed === tested ? undefined : `Astro ${installed} is installed; the render workers are tested against ${tested} only`;
}

/** Pages a worker may have in flight: enough that it never waits on the main thread. */
const PER_WORKER = 6;

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

/** One worker thread rendering pages through the prerender bundle (src/integrations/prerender-worker.ts). */
export class RenderWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();
  #nextId = 0;
  /** Set when the thread has stopped; no page is sent to it after that. */
  #stopped: Error | undefined;
  /** Pages this worker has rendered. */
  rendered = 0;

  /** `log` receives the log events of Astro's logger inside the worker. */
  constructor(data: WorkerData, log: (event: unknown) => void) {
    this.#worker = new Worker(new URL('./prerender-worker.ts', import.meta.url), { workerData: data });
    this.#worker.on('message', (reply: RenderReply) => {
      if (reply.log !== undefined) return void log(reply.log);
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (reply.error) return waiting.reject(reviveError(reply.error));
      this.rendered++;
      waiting.resolve(
        new Response(reply.body ?? null, { status: reply.status ?? 200, statusText: reply.statusText ?? '', headers: reply.headers ?? [] }),
      );
    });
    this.#worker.on('error', (error: Error) =>
      this.#stop(
        new Error(`a page-rendering worker thread failed (CXP_RENDER_WORKERS=0 renders on the main thread only): ${error.message}`, {
          cause: error,
        }),
      ),
    );
    this.#worker.on('exit', (code) => this.#stop(new Error(`a page-rendering worker thread stopped (exit ${code})`)));
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const waiting of this.#pending.values()) waiting.reject(this.#stopped);
    this.#pending.clear();
  }

  /** Whether the worker is running and has room for another page. */
  get available(): boolean {
    return !this.#stopped && this.#pending.size < PER_WORKER;
  }

  /** Whether pages are still being rendered. */
  get busy(): boolean {
    return this.#pending.size > 0;
  }

  render(url: string, route: { route: string; component: string }): Promise<Response> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, url, route: route.route, component: route.component } satisfies RenderRequest);
    });
  }

  /** Stops the thread. Pages still in it are ones Astro no longer waits for (another page failed):
   * they are dropped rather than each reported as a failure of its own. */
  async close(): Promise<void> {
    this.#stopped ??= new Error('the build has finished');
    this.#pending.clear();
    await this.#worker.terminate();
  }
}

/**
 * Owns how `astro build` renders pages:
 * - Pages render in worker threads as well as the main thread, so a build uses every core. Astro
 *   renders on the main thread only; that thread was the bottleneck of a 1,000-page build while the
 *   other core did little (docs/performance.md). Each worker loads Astro's own prerender bundle and
 *   renders through the same app, so the HTML is byte for byte what the main thread renders
 *   (tests/build/prerender.test.ts builds both ways and compares).
 * - Each rendered page's searchable part goes to the search index (src/integrations/search-index.ts).
 *
 * Workers need two things Astro keeps inside its build: the prerender bundle's file name (taken from
 * the bundle as Vite writes it) and each page's stylesheets (the page data Astro passes to
 * `astro:build:setup`). Without them, with page-stage scripts a worker could not place, or with an
 * Astro release other than TESTED_ASTRO_VERSION, every page renders on the main thread as before,
 * and the log says why.
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
    const workers: RenderWorker[] = [];
    let onMain = 0;

    function startWorkers(): void {
      const count = workerCount();
      const app = main.app;
      const scripts = app?.getSettings().scripts ?? [];
      const reason =
        astroVersionMismatch(installedAstroVersion()) ??
        (!count
          ? process.env.CXP_RENDER_WORKERS
            ? 'CXP_RENDER_WORKERS is 0'
            : 'no spare core'
          : !app
            ? 'Astro kept no app'
            : !entry
              ? 'no prerender bundle seen'
              : !pages
                ? 'no page data seen'
                : scripts.some((s) => s.stage === 'page')
                  ? 'the site has page-stage scripts'
                  : undefined);
      if (reason || !app || !entry || !pages) {
        logger?.info(`rendering on the main thread only (${reason})`);
        return;
      }
      const destination = app.getOptions().logger.options.destination;
      const data: WorkerData = {
        entry,
        pages: [...pages].map(([key, page]): [string, PageStyles] => [key, { styles: page.styles }]),
        scripts,
      };
      for (let i = 0; i < count; i++) workers.push(new RenderWorker(data, (event) => destination.write(event)));
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
        // Incremental builds collect metadata in the rendering thread; leave those to Astro. A
        // "fallback" route is a page of the default language rendered under another language's
        // prefix (/de/…, astro.config.mjs): the workers render those too.
        const type = options.routeData.type;
        const worker = (type === 'page' || type === 'fallback') && !options.collectMetadata ? workers.find((w) => w.available) : undefined;
        if (worker) return publish(request, await worker.render(request.url, options.routeData));
        onMain++;
        const rendered = await main.render(request, options);
        if (rendered instanceof Response) return publish(request, rendered);
        return { ...rendered, response: await publish(request, rendered.response) };
      },
      async teardown() {
        if (workers.length && !workers.some((w) => w.busy)) {
          const inWorkers = workers.reduce((n, w) => n + w.rendered, 0);
          logger?.info(
            `rendered ${inWorkers} of ${inWorkers + onMain} pages in ${workers.length} worker thread${workers.length === 1 ? '' : 's'}`,
          );
        }
        await Promise.all(workers.map((w) => w.close()));
        await main.teardown?.();
      },
    };
  }
}
