// Renders pages in a worker thread for src/integrations/prerender.ts. It loads the prerender bundle
// Astro just built and renders through that bundle's own app, as Astro's default prerenderer does
// on the main thread, and posts back each page's status, headers and HTML.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

/** A page's stylesheets as Astro's build records them (all the app reads of its page data). */
export interface PageStyles {
  styles: unknown;
}
export interface WorkerData {
  /** Absolute path of Astro's prerender bundle entry. */
  entry: string;
  /** Astro's page data keys with each page's stylesheets. */
  pages: [string, PageStyles][];
  /** Scripts the integrations added (head-inline ones go into every page). */
  scripts: { stage: string; content: string }[];
}
export interface RenderRequest {
  id: number;
  url: string;
  route: string;
  component: string;
}
export interface RenderReply {
  id: number;
  status?: number;
  statusText?: string;
  headers?: [string, string][];
  body?: string;
  error?: { name: string; message: string; stack?: string | undefined; hint?: string | undefined; title?: string | undefined };
  /** A log event from Astro's logger, for the main thread's logger to print. */
  log?: unknown;
}

interface RouteData {
  route: string;
  component: string;
  /** The same page under each other language's prefix (/de/…), when the site has languages. */
  fallbackRoutes?: RouteData[];
}
interface App {
  manifest: { routes: { routeData: RouteData }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}

const port = parentPort!;
const data = workerData as WorkerData;
const { app } = (await import(pathToFileURL(data.entry).href)) as { app: App };
// The parts of Astro's build internals and options that rendering reads: each page's stylesheets,
// the added scripts, and where log lines go.
app.setInternals({ pagesByKeys: new Map(data.pages), entrySpecifierToBundleMap: new Map() });
app.setOptions({
  settings: { scripts: data.scripts },
  logger: { options: { destination: { write: (log: unknown) => (port.postMessage({ id: -1, log } satisfies RenderReply), true) } } },
});
const routes = new Map(
  app.manifest.routes
    .flatMap(({ routeData }) => [routeData, ...(routeData.fallbackRoutes ?? [])])
    .map((routeData) => [`${routeData.route}\n${routeData.component}`, routeData]),
);

port.on('message', async ({ id, url, route, component }: RenderRequest) => {
  try {
    const routeData = routes.get(`${route}\n${component}`);
    if (!routeData) throw new Error(`no route ${route} (${component}) in the prerender bundle`);
    const response = await app.render(new Request(url), { routeData });
    const reply: RenderReply = {
      id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body: await response.text(),
    };
    port.postMessage(reply);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    const { hint, title } = error as { hint?: string; title?: string };
    port.postMessage({ id, error: { name: error.name, message: error.message, stack: error.stack, hint, title } } satisfies RenderReply);
  }
});
