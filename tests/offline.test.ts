// Offline reading with the service worker (public/sw.js), in Chromium. The site is served from
// a copy of dist/ by the project's server (the headers of public/_headers), so that "offline"
// is real for the worker too: the page's network is emulated offline and the server is
// stopped; reconnecting starts it again on the same port. A new build is simulated by
// changing a page and the version file in the copy.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../scripts/serve.ts';
import type { OfflineList } from '../src/lib/offline-lists.ts';
import { axeViolations, launch, type Session } from './support/browser.ts';

const PROVINCE = '/tinh-thanh/thai-nguyen/';
const MODEL = '/mo-hinh/tieng-keng-vay-bat-toi-pham/';
const CHART = '/bieu-do/ban-do-mo-hinh/';

let session: Session;
let root: string;
let server: Server;
let origin: string;
let port: number;
let context: BrowserContext;
let page: Page;
const violations: string[] = [];
const errors: string[] = [];

async function serve(): Promise<void> {
  const started = await startStaticServer(root, port);
  server = started.server;
  origin = started.url;
  port = Number(new URL(origin).port);
}

const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));

async function goOffline(): Promise<void> {
  await context.setOffline(true);
  server.closeAllConnections();
  await stop();
}

async function goOnline(): Promise<void> {
  if (!server.listening) await serve();
  await context.setOffline(false);
}

/** The text of a page as the worker saved it, or undefined. */
const savedText = (path: string) =>
  page.evaluate(async (p) => {
    for (const name of await caches.keys()) {
      const hit = await (await caches.open(name)).match(p);
      if (hit) return hit.text();
    }
    return undefined;
  }, path);

const h1 = () => page.locator('h1').first().textContent();
const offlineNote = () => page.locator('.offline-note');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'antq-offline-'));
  cpSync('dist', root, { recursive: true });
  port = 0;
  await serve();
  session = await launch();
  context = await session.browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'allow' });
  await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // The web editor has a policy of its own, checked by its own test.
      if (location.pathname.startsWith('/admin/')) return;
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
}, 120_000);

afterAll(async () => {
  await session?.close();
  if (server?.listening) await stop();
  rmSync(root, { recursive: true, force: true });
});

describe('offline reading with the service worker', () => {
  it('keeps every page a reader opened readable offline, charts included, and navigates between them', async () => {
    await page.goto(origin + '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    for (const path of [MODEL, CHART, '/']) await page.goto(origin + path);
    const modelTitle = (await page.goto(origin + MODEL)) && (await h1());

    await goOffline();
    const saved = await page.reload();
    expect(await h1()).toBe(modelTitle);
    // Read from the worker's copy, the page keeps its Content-Security-Policy.
    expect(saved?.fromServiceWorker()).toBe(true);
    expect(saved?.headers()['content-security-policy']).toMatch(/default-src 'self'/u);
    await expect.poll(() => offlineNote().textContent()).toMatch(/bản đã lưu lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);

    await page.goto(origin + CHART);
    expect(await page.locator('main figure svg').count()).toBeGreaterThan(0);
    // Following a link between saved pages, as a reader would.
    await page.locator('header a.brand').click();
    await page.waitForURL(origin + '/');
    expect(await offlineNote().count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the offline page, listing what is saved with its date, for a page never opened', async () => {
    await page.goto(origin + '/nguon/');
    await expect.poll(() => page.locator('[data-offline-missing]').isVisible()).toBe(true);
    const items = page.locator('[data-offline-pages] li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
    const text = (await items.allTextContents()).join('\n');
    expect(text).toMatch(/lưu lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    expect(await page.locator(`[data-offline-pages] a[href="${MODEL}"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("saves a province's pages after saying how many KB, and reads every one of them offline", async () => {
    await goOnline();
    await page.goto(origin + PROVINCE);
    const list = JSON.parse(readFileSync(join(root, 'ngoai-tuyen/tinh/thai-nguyen.json'), 'utf8')) as OfflineList;
    expect(list.pages.length).toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Lưu để đọc khi không có mạng' }).click();
    const status = page.locator('offline-save [data-status]');
    const kb = Math.ceil(list.bytes / 1024).toLocaleString('vi-VN');
    await expect
      .poll(() => status.textContent())
      .toBe(`Sẽ tải ${list.pages.length} trang, khoảng ${kb} KB. Lưu vào máy?`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Lưu ${kb} KB` }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(`Đã lưu ${list.pages.length} trang lúc`);

    await goOffline();
    for (const { path } of list.pages) {
      const response = await page.goto(origin + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('[data-offline-missing]').count(), path).toBe(0);
      expect(await offlineNote().count(), path).toBe(1);
    }
    await page.goto(origin + '/ngoai-tuyen/');
    const links = page.locator('[data-offline-pages] a');
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(list.pages.length);
    const listed = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const { path } of list.pages) expect(listed, path).toContain(path);
  });

  it('never serves /admin/ from the cache', async () => {
    await goOnline();
    await page.goto(origin + '/admin/', { waitUntil: 'commit' });
    expect(await savedText('/admin/')).toBeUndefined();
    await page.goto(origin + '/');
    await goOffline();
    await expect(page.goto(origin + '/admin/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    await page.waitForURL(/^chrome-error:/u);
    await page.goto(origin + '/');
    expect(await offlineNote().count()).toBe(1);
  });

  it("replaces saved pages with a new build's once the reader is back online", async () => {
    const file = join(root, MODEL, 'index.html');
    const before = await savedText(MODEL);
    expect(before).toContain('<h1');
    // A new build: the page changed (its precompressed copies go, so the server sends the new text)
    // and so did the version file.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1\b[^>]*>)/u, '$1Bản mới: '));
    rmSync(file + '.br');
    rmSync(file + '.gz');
    writeFileSync(join(root, 'ngoai-tuyen/phien-ban.json'), JSON.stringify({ version: 'ban-moi' }) + '\n');

    await goOnline();
    await expect.poll(() => savedText(MODEL), { timeout: 20_000 }).toContain('Bản mới: ');
    await goOffline();
    await page.goto(origin + MODEL);
    expect(await h1()).toMatch(/^Bản mới: /);
  });

  it('met no CSP violation and no script error with the worker active', () => {
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('without a service worker', () => {
  it('reads as before: no save control, the offline page says saving is not possible', async () => {
    await goOnline();
    const plain = await session.browser.newContext({ serviceWorkers: 'block' });
    await plain.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    const p = await plain.newPage();
    const seen: string[] = [];
    p.on('pageerror', (e) => seen.push(e.message));
    await p.goto(origin + PROVINCE);
    expect(await p.locator('offline-save').isHidden()).toBe(true);
    expect(await p.locator('h1').count()).toBe(1);
    await p.goto(origin + '/ngoai-tuyen/');
    expect(await p.locator('[data-offline-unsupported]').isVisible()).toBe(true);
    expect(await p.locator('[data-offline-saved]').isHidden()).toBe(true);
    expect(seen).toEqual([]);
    await plain.close();
  });
});
