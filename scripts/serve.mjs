// Serves a built site as any static host would: plain files, the 404 page for unknown paths,
// and the site under its base path. Several can run at once (Astro allows one `astro preview`).
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
});
const dir = resolve(values.dir);
if (!existsSync(dir)) {
  console.error(`serve: ${dir} does not exist; build the site first`);
  process.exit(1);
}
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');

createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(base) && `${url}/` !== base) return send404(res);
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => send404(res));
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://127.0.0.1:${values.port}${base}`);
});

function send404(res) {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(notFound);
}
