// Serves the built site (dist/) on 127.0.0.1 the way a static host would: directory
// index.html, the 404 page for unknown paths, and the headers listed in public/_headers.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseHeadersFile, headersFor } from '../src/lib/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function startStaticServer(
  distDir: string,
  port = 0,
  host = '127.0.0.1',
): Promise<{ server: Server; url: string }> {
  const root = resolve(distDir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: pathname + '/' + url.search }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || pathname.includes('/_headers')) {
      status = 404;
      file = join(root, '404.html');
    }
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // What Netlify and Cloudflare Pages send when no rule of _headers sets it.
      'Cache-Control': 'public, max-age=0, must-revalidate',
      ...headersFor(rules, status === 404 ? '/404.html' : pathname),
    };
    // Like nginx's brotli_static/gzip_static: send the precompressed file when accepted.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let bodyFile = file;
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (new RegExp(`\\b${encoding}\\b`).test(accepts) && existsSync(file + suffix)) {
        bodyFile = file + suffix;
        headers['Content-Encoding'] = encoding;
        headers['Vary'] = 'Accept-Encoding';
        break;
      }
    }
    const body = existsSync(bodyFile) ? readFileSync(bodyFile) : Buffer.from('Not found');
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://${host}:${actualPort}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env['PORT'] ?? 4321);
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}/: run "npm run build" first.`);
    process.exit(1);
  }
  const { url } = await startStaticServer(dist, port);
  console.log(`Serving ${dist}/ on ${url}/ (Ctrl+C to stop)`);
}
