// The site's service worker: every page a reader opens stays readable without signal, a
// province's pages can be saved ahead (src/components/OfflineSave.astro), and saved pages are
// fetched again once the site has changed. Plain JavaScript served as it is, a few KB: a
// library (Workbox) would need a build step for what is here one network-first rule for
// pages and one cache-first rule for hashed files. Pages carry their CSS inline and their
// charts as inline SVG, so a cached page is the whole page; its scripts only enhance.
//
// Never touched: /admin/ (the editors' tool), Pagefind's index (/pagefind/, fetched only as
// a search needs it) and the offline lists themselves, which must always be fresh.
// Messages from pages (src/client/offline-*.ts): check, save, list, forget.

const PAGES = 'antq-trang-1';
const ASSETS = 'antq-tep-1';
const META = 'antq-meta-1';
const KEEP = [PAGES, ASSETS, META];
const OFFLINE_PAGE = '/ngoai-tuyen/';
const VERSION_URL = '/ngoai-tuyen/phien-ban.json';
const VERSION_KEY = '/__phien-ban-da-luu';
/** Headers the cached copy of a page carries: when it was saved, and its title for the offline list. */
const SAVED = 'x-antq-saved';
const TITLE = 'x-antq-title';
/** On a weak signal a saved copy is shown after this long; the network answer still updates it. */
const NETWORK_WAIT_MS = 4000;
/** Pages ask whether the site changed on every load; the version file is fetched at most this often. */
const CHECK_EVERY_MS = 60_000;
/** Small files every page links to, kept like the hashed bundles. */
const SHELL = new Set(['/favicon.svg', '/manifest.webmanifest']);

const NOT_OURS = /^\/(?:admin|pagefind|ngoai-tuyen\/tinh)\//u;

self.addEventListener('install', (event) => {
  event.waitUntil(
    installOfflinePage()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

/**
 * The offline page and the scripts that draw its list (named by the version file). The version
 * it names is remembered at once, so the first page's check does not fetch the file again.
 */
async function installOfflinePage() {
  const response = await fetch(VERSION_URL, { cache: 'no-store' });
  const { offlinePage = [], version } = response.ok ? await response.json() : {};
  await savePage(OFFLINE_PAGE);
  await (await caches.open(ASSETS)).addAll(offlinePage);
  if (version !== undefined) await rememberVersion(String(version));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !KEEP.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NOT_OURS.test(url.pathname) || url.pathname === VERSION_URL) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (url.pathname.startsWith('/_astro/') || SHELL.has(url.pathname)) event.respondWith(asset(request));
});

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const port = event.ports[0];
  const reply = (message) => port?.postMessage(message);
  let work;
  if (data.type === 'check') work = checkVersion(data.force === true);
  else if (data.type === 'save' && Array.isArray(data.pages)) work = saveAll(data.pages, data.assets ?? [], reply);
  else if (data.type === 'list') work = listSaved().then((pages) => reply({ type: 'list', pages }));
  else if (data.type === 'forget') work = caches.delete(PAGES).then(() => reply({ type: 'forgotten' }));
  if (work) event.waitUntil(work.catch(() => reply({ type: 'error' })));
});

/** A page's cache key: its path; the query only filters on the page (?tinh=…, ?q=…). */
const keyOf = (url) => new URL(url, self.location.origin).pathname;

/** Network first, the saved copy when the network fails or is slower than NETWORK_WAIT_MS. */
async function page(event, url) {
  const cached = await (await caches.open(PAGES)).match(keyOf(url));
  const network = fetchPage(event.request, keyOf(url));
  if (!cached) return network.catch(() => offlineFallback());
  const slow = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, undefined));
  const fresh = await Promise.race([network.catch(() => undefined), slow]);
  if (fresh) return fresh;
  event.waitUntil(network.catch(() => undefined));
  return markedCopy(cached);
}

/** Fetches a page and keeps a copy when it is a whole page of the site. */
async function fetchPage(request, key) {
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic' && isHtml(response)) await store(key, response.clone());
  return response;
}

/** The document headers a saved copy keeps (the rest describe the transfer, not the page). */
const KEPT_HEADERS = ['content-security-policy', 'referrer-policy', 'permissions-policy', 'x-content-type-options'];

const isHtml = (response) => (response.headers.get('content-type') ?? '').includes('text/html');

async function store(key, response) {
  const text = await response.text();
  const title = decodeEntities(/<title>([^<]*)<\/title>/u.exec(text)?.[1] ?? key);
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    [SAVED]: new Date().toISOString(),
    [TITLE]: encodeURIComponent(title),
  };
  // A saved page read offline keeps the policies it came with: without them it would run
  // with no Content-Security-Policy at all.
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers[name] = value;
  }
  await (await caches.open(PAGES)).put(key, new Response(text, { headers }));
}

function decodeEntities(text) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/giu, (whole, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name] ?? whole),
  );
}

/** "15:04 ngày 06/12/2026", in the reader's own time zone. */
function savedAt(iso) {
  const d = new Date(iso);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The saved copy, saying at the top of the content when it was saved. */
async function markedCopy(cached) {
  const text = await cached.text();
  const saved = cached.headers.get(SAVED);
  const note =
    `<p class="note offline-note" role="status">Không tải được bản mới: bạn đang đọc bản đã lưu lúc ` +
    `${saved ? savedAt(saved) : '(không rõ)'}. <a href="${OFFLINE_PAGE}">Các trang đã lưu</a></p>`;
  const marked = text.replace(/(<main\b[^>]*>)/u, `$1${note}`);
  return new Response(marked, { headers: cached.headers });
}

/** A page never opened while online: the offline page, which says so and lists what is saved. */
async function offlineFallback() {
  const offline = await (await caches.open(PAGES)).match(OFFLINE_PAGE);
  return offline ?? Response.error();
}

/** Hashed bundles never change under their name: the cached copy when there is one. */
async function asset(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

async function savePage(path, init) {
  const response = await fetch(path, { credentials: 'same-origin', ...init });
  if (response.status !== 200 || !isHtml(response)) throw new Error(`${path}: ${response.status}`);
  await store(keyOf(path), response);
}

/** Saves a province's pages and scripts, telling the page how far it got. */
async function saveAll(pages, assets, reply) {
  const failed = [];
  const total = pages.length + assets.length;
  let done = 0;
  const assetCache = await caches.open(ASSETS);
  for (const path of pages) {
    await savePage(path).catch(() => failed.push(path));
    reply({ type: 'progress', done: ++done, total });
  }
  for (const path of assets) {
    if (!(await assetCache.match(path))) await assetCache.add(path).catch(() => failed.push(path));
    reply({ type: 'progress', done: ++done, total });
  }
  await rememberVersion().catch(() => undefined);
  reply({ type: 'saved', saved: total - failed.length, failed, at: new Date().toISOString() });
}

async function listSaved() {
  const cache = await caches.open(PAGES);
  const pages = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    const path = new URL(request.url).pathname;
    if (!response || path === OFFLINE_PAGE) continue;
    pages.push({
      path,
      title: decodeURIComponent(response.headers.get(TITLE) ?? encodeURIComponent(path)),
      saved: response.headers.get(SAVED) ?? '',
    });
  }
  return pages.sort((a, b) => b.saved.localeCompare(a.saved) || a.path.localeCompare(b.path));
}

async function currentVersion() {
  const response = await fetch(VERSION_URL, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${VERSION_URL}: ${response.status}`);
  return String((await response.json()).version);
}

async function rememberVersion(version) {
  const meta = await caches.open(META);
  await meta.put(VERSION_KEY, Response.json({ version: version ?? (await currentVersion()), checked: Date.now() }));
}

/** When the site was rebuilt since the pages were saved, fetches every saved page again. */
async function checkVersion(force) {
  const meta = await caches.open(META);
  const known = await (await meta.match(VERSION_KEY))?.json();
  if (!force && known && Date.now() - known.checked < CHECK_EVERY_MS) return;
  const version = await currentVersion();
  if (known && known.version !== version) {
    const cache = await caches.open(PAGES);
    for (const request of await cache.keys()) {
      // 'no-cache' revalidates with the server: an unchanged page costs a 304.
      await savePage(new URL(request.url).pathname, { cache: 'no-cache' }).catch(() => undefined);
    }
  }
  await rememberVersion(version);
}
