// A static file server that behaves like a static host: gzip when asked, the security headers
// the README documents, no rewrites (routes live in the hash). It records every request it serves.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers of the build's `_headers` file (the `/*` block), which the README documents. */
export function readHeaders(root) {
  const file = path.join(root, '_headers');
  const headers = {};
  if (!fs.existsSync(file)) return headers;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/);
    if (m) headers[m[1]] = m[2].trim();
  }
  return headers;
}

/**
 * Serves `root` on 127.0.0.1. Returns { url, port, requests, close }.
 * `requests` lists { method, url, status } for every request served.
 */
export function startServer({ root, port = 0, gzip = true } = {}) {
  const requests = [];
  const securityHeaders = () => readHeaders(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
    const record = { method: req.method, url: req.url, status: 200 };
    requests.push(record);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      record.status = 404;
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() });
      res.end('Not found');
      return;
    }
    const body = fs.readFileSync(file);
    const ext = path.extname(file);
    const headers = {
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      // Hashed files can be cached for ever; the rest must be revalidated.
      'Cache-Control': /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...securityHeaders(),
    };
    const accepts = String(req.headers['accept-encoding'] || '');
    if (gzip && accepts.includes('gzip') && body.length > 256) {
      const zipped = zlib.gzipSync(body, { level: 9 });
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': zipped.length, Vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : zipped);
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

// `node lib/server.mjs DIR PORT`: serve a build by hand (used by `make serve`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] || '../dist');
  const port = Number(process.argv[3] || 8080);
  startServer({ root, port }).then(({ url }) => console.log(`tipsom: serving ${root} at ${url}`));
}
