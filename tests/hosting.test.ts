// What a host sends for the built site, checked on the project's test server (the
// headers of public/_headers) and on nginx running docs/nginx.conf as shipped:
// precompressed files, caching, the 404 page, the framing rule for embeds. The two must
// agree, since deployers pick either.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { DIST } from './support/dist.ts';
import { EMBED_PAGE } from './support/page-types.ts';
import { get, HOSTS } from './support/servers.ts';

const asset = (ext: string) => `/_astro/${readdirSync(`${DIST}/_astro`).find((f) => f.endsWith(ext))}`;
const CSS = asset('.css');
const JS = asset('.js');
/** One of Pagefind's files in a folder, named by a hash of its content. */
const pagefindFile = (folder: string, ext: string) =>
  `/pagefind/${folder}${folder ? '/' : ''}${readdirSync(`${DIST}/pagefind/${folder}`).find((f) => f.endsWith(ext))}`;
const PAGEFIND_CHUNK = pagefindFile('index', '.pf_index');
const PAGEFIND_FRAGMENT = pagefindFile('fragment', '.pf_fragment');

const HEADERS = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cache-control',
  'content-type',
  'x-robots-tag',
] as const;

describe.each(HOSTS)('$name', (host) => {
  it.each([
    ['/', 'index.html', 'text/html; charset=utf-8'],
    [CSS, CSS, 'text/css; charset=utf-8'],
    [JS, JS, 'javascript; charset=utf-8'],
    ['/du-lieu/so-lieu.csv', 'du-lieu/so-lieu.csv', 'text/csv; charset=utf-8'],
    ['/du-lieu/datapackage.json', 'du-lieu/datapackage.json', 'application/json'],
  ])('sends the precompressed file of %s to a client that accepts it', async (path, file, type) => {
    const original = readFileSync(`${DIST}/${file}`);
    const br = await get(host.url() + path, 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type']).toContain(type);
    expect(br.body.equals(readFileSync(`${DIST}/${file}.br`))).toBe(true);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gzip = await get(host.url() + path, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);
    const plain = await get(host.url() + path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it("sends Pagefind's packed files as Brotli or gzip of the payload inside Pagefind's own gzip, the plain file otherwise", async () => {
    const meta = pagefindFile('', '.pf_meta');
    for (const path of [PAGEFIND_CHUNK, PAGEFIND_FRAGMENT, meta, '/pagefind/wasm.unknown.pagefind']) {
      const packed = readFileSync(`${DIST}${path}`);
      const payload = gunzipSync(packed);
      const br = await get(host.url() + path, 'br, gzip');
      expect(br.headers['content-encoding'], path).toBe('br');
      expect(br.headers['vary'], path).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(br.body).equals(payload), path).toBe(true);
      const gzip = await get(host.url() + path, 'gzip');
      expect(gzip.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(payload), path).toBe(true);
      const plain = await get(host.url() + path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(packed), path).toBe(true);
    }
  });

  it.each([
    ['/', 'public, max-age=0, must-revalidate'],
    ['/mo-hinh/', 'public, max-age=0, must-revalidate'],
    ['/du-lieu/so-lieu.csv', 'public, max-age=0, must-revalidate'],
    ['/pagefind/pagefind.js', 'public, max-age=0, must-revalidate'],
    [PAGEFIND_CHUNK, 'public, max-age=31536000, immutable'],
    [PAGEFIND_FRAGMENT, 'public, max-age=31536000, immutable'],
    [CSS, 'public, max-age=31536000, immutable'],
    [JS, 'public, max-age=31536000, immutable'],
    ['/og/index.png', 'public, max-age=86400'],
  ])('caches %s with %s', async (path, cacheControl) => {
    const response = await get(host.url() + path);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(cacheControl);
  });

  it('answers an unknown path with the 404 page, its headers included', async () => {
    for (const path of ['/khong-co-trang-nay/', '/mo-hinh/khong-co/', '/_headers']) {
      const response = await get(host.url() + path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).toBe(readFileSync(`${DIST}/404.html`, 'utf8'));
      expect(response.headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it.each(['/', '/mo-hinh/', '/mo-hinh/index.html', '/khong-co-trang-nay/', '/sw.js', '/favicon.svg', '/rss.xml'])(
    'sends the page policy on the document or worker %s',
    async (path) => {
      const response = await get(host.url() + path);
      expect(response.headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(response.headers['content-security-policy'], path).toMatch(/frame-ancestors 'self'(;|$)/);
      expect(response.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    },
  );

  it.each(['/', '/mo-hinh/', '/favicon.svg'])('sends the other document headers on %s', async (path) => {
    const response = await get(host.url() + path);
    expect(response.headers['permissions-policy'], path).toContain('camera=()');
    expect(response.headers['cross-origin-opener-policy'], path).toBe('same-origin');
  });

  // Only documents and workers act on these headers; on a slow link every response pays for them.
  it.each([
    CSS,
    JS,
    '/manifest.webmanifest',
    '/ngoai-tuyen/phien-ban.json',
    '/du-lieu/so-lieu.csv',
    '/og/index.png',
    PAGEFIND_CHUNK,
  ])('sends no document headers on the static file %s, but nosniff and HSTS', async (path) => {
    const response = await get(host.url() + path);
    expect(response.status, path).toBe(200);
    for (const name of [
      'content-security-policy',
      'permissions-policy',
      'cross-origin-opener-policy',
      'referrer-policy',
    ])
      expect(response.headers[name], `${path}: ${name}`).toBeUndefined();
    expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers['strict-transport-security'], path).toMatch(/max-age=\d+/);
  });

  it('lets any site frame the embeds, and only the site itself frame other pages', async () => {
    const embed = await get(host.url() + EMBED_PAGE);
    expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
    for (const path of ['/', '/bieu-do/', '/mo-hinh/']) {
      const page = await get(host.url() + path);
      expect(page.headers['content-security-policy'], path).toMatch(/frame-ancestors 'self'(;|$)/);
    }
  });
});

/** Media types that name the same thing (nginx 1.22's mime.types predates RFC 9239's text/javascript). */
const SAME_TYPE: Record<string, string> = {
  'application/javascript': 'text/javascript',
  'text/xml': 'application/xml',
};
const normalise = (value: string | undefined) =>
  value?.replace(/\s*;\s*/g, '; ').replace(/^[^;]+/, (type) => SAME_TYPE[type] ?? type);

describe('nginx with docs/nginx.conf and the test server with public/_headers', () => {
  const [testServer, nginx] = HOSTS;
  it.each([
    '/',
    '/mo-hinh/',
    EMBED_PAGE,
    CSS,
    JS,
    '/og/index.png',
    '/pagefind/pagefind.js',
    PAGEFIND_CHUNK,
    '/du-lieu/so-lieu.csv',
    '/du-lieu/antq-mo-hinh-tieu-bieu.xlsx',
    '/du-lieu/antq-mo-hinh-tieu-bieu.ods',
    '/rss.xml',
    '/sw.js',
    '/favicon.svg',
    '/manifest.webmanifest',
    '/mo-hinh/index.html',
    '/admin/',
    '/khong-co/',
  ])('send the same security, caching and type headers for %s', async (path) => {
    const pick = (headers: Record<string, string>) =>
      Object.fromEntries(HEADERS.map((name) => [name, normalise(headers[name])]));
    const [a, b] = await Promise.all([get(testServer!.url() + path), get(nginx!.url() + path)]);
    expect(b.status).toBe(a.status);
    expect(pick(b.headers)).toEqual(pick(a.headers));
  });

  it("redirects plain HTTP to HTTPS with nginx's port-80 server", async () => {
    const response = await get(`${inject('nginxRedirectUrl')}/mo-hinh/?tinh=ninh-binh`);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('https://127.0.0.1/mo-hinh/?tinh=ninh-binh');
  });
});
