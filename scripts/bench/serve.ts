// A static server for the benchmark's browser runs: the built site under its base path, the
// 404 page for unknown paths, and text compressed with gzip as any production host or CDN does
// (scripts/serve.mjs, for tests, sends files uncompressed). Lighthouse's simulated slow 4G
// charges every byte, so an uncompressed server would understate what readers get.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
/** Types worth compressing (Pagefind's own index files are compressed already). */
const COMPRESS = /^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg)/;

/** Serves `dir` at http://127.0.0.1:`port``base`; resolves once listening. */
export function serveSite(dir: string, base: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('Not found');
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!);
    let file: string | undefined;
    if (url.startsWith(prefix) || `${url}/` === prefix) {
      const rel = normalize(url.slice(prefix.length - 1) || '/');
      const candidate = join(root, rel);
      if (candidate.startsWith(root)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      }
    }
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
    const gzip = COMPRESS.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(file ? 200 : 404, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const body = file ? createReadStream(file) : undefined;
    if (req.method === 'HEAD') res.end();
    else if (!gzip) {
      if (body) body.pipe(res);
      else res.end(notFound);
    } else {
      const z = createGzip();
      z.pipe(res);
      if (body) body.pipe(z);
      else z.end(notFound);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', (e) => fail(new Error(`cannot serve on port ${port}: ${e.message} (choose another with --port)`)));
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

// Run directly (`node scripts/bench/serve.ts --dir d --port p --base /`), the benchmark starts it
// as a child process so its responses do not wait on the measuring process's event loop.
if (import.meta.main) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4391' },
      base: { type: 'string', default: '/' },
    },
  });
  await serveSite(values.dir, values.base, Number(values.port));
  console.log(`Serving ${resolve(values.dir)} at http://127.0.0.1:${values.port}${values.base} (gzip)`);
}
