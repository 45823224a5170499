// An editor adds a province the site has never had (a report with figures, two models, an
// article) as the editors' guide describes: files under content/, no code. The site must
// then show it on its province pages, in the model directory, in search and in the CSV.
//
// The same build runs with tiny list limits (LIST_SPLIT_AT, ARTICLES_PER_PAGE), so it also
// has the shape the site takes at national scale: /so-lieu/ and /mo-hinh/ as hubs of
// per-unit pages, /bai-viet/ in numbered pages. Nothing may get lost on the way.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../scripts/serve.ts';
import { parseCsv } from '../src/lib/csv.ts';
import type { Page } from 'playwright-core';
import { axeViolations, launch, type Session } from './support/browser.ts';

const FIXTURE = 'tests/fixtures/new-province';
/** Below the real content's 40+ models and 90+ figures, so both directories split. */
const SPLIT_AT = 20;
const ARTICLES_PER_PAGE = 2;
let root = '';
let server: Server;
let url = '';
let session: Session;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'antq-new-province-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  for (const folder of ['reports', 'models', 'articles'])
    cpSync(join(FIXTURE, folder), join(content, folder), { recursive: true });
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    ASTRO_TELEMETRY_DISABLED: '1',
    LIST_SPLIT_AT: String(SPLIT_AT),
    ARTICLES_PER_PAGE: String(ARTICLES_PER_PAGE),
  };
  const validate = spawnSync(process.execPath, ['scripts/validate-content.ts', content], { encoding: 'utf8', env });
  if (validate.status !== 0) throw new Error(`the fixture does not validate:\n${validate.stderr}`);
  const build = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')],
    {
      encoding: 'utf8',
      env,
    },
  );
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr.slice(-3000)}`);
  ({ server, url } = await startStaticServer(join(root, 'dist')));
  session = await launch();
}, 300_000);

afterAll(async () => {
  await session?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a new province added as content only', () => {
  it('gets a page of its own that says what it belongs to now, and joins its current unit', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${url}/tinh-thanh/ha-giang/`);
    expect(await page.locator('h1').textContent()).toContain('Hà Giang');
    expect(await page.locator('main').textContent()).toContain('nay thuộc');
    expect(await page.locator('main a[href="/mo-hinh/to-hoa-giai-vung-cao-thu-nghiem/"]').count()).toBeGreaterThan(0);
    await page.goto(`${url}/tinh-thanh/tuyen-quang/`);
    expect(await page.locator('main a[href="/mo-hinh/cot-moc-binh-yen-thu-nghiem/"]').count()).toBeGreaterThan(0);
    await page.goto(`${url}/tinh-thanh/`);
    expect(await page.locator('main a[href="/tinh-thanh/ha-giang/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('appears in the model directory, with its nationwide model marked', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${url}/mo-hinh/`);
    expect(await page.locator('main a[href="/mo-hinh/tinh/tuyen-quang/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/mo-hinh/cot-moc-binh-yen-thu-nghiem/"]').count()).toBe(1);
    await page.goto(`${url}/mo-hinh/tinh/tuyen-quang/`);
    const item = page.locator('li[data-tinh="tuyen-quang"]', { hasText: 'Cột mốc bình yên thử nghiệm' });
    expect(await item.count()).toBe(1);
    expect(await item.locator('.badge').count()).toBe(1);
    await page.goto(`${url}/`);
    expect(await page.locator('a[href="/mo-hinh/cot-moc-binh-yen-thu-nghiem/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('is in the CSV download with its exact values', () => {
    const rows = parseCsv(readFileSync(join(root, 'dist/du-lieu/so-lieu.csv'), 'utf8'));
    const row = rows.find((r) => r['id'] === 'hg-thu-to-hoa-giai');
    expect(row).toMatchObject({
      value: '321',
      qualifier: 'over',
      display: 'hơn 321 tổ',
      current_province: 'Tuyên Quang',
    });
  });

  it('is found by search, typed without diacritics', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent('to hoa giai vung cao')}`);
    const first = page.locator('[data-search-results] .search-hit-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', url).pathname).toBe(
      '/mo-hinh/to-hoa-giai-vung-cao-thu-nghiem/',
    );
    await page.close();
  });

  it('leaves its drafts out of every page, download, feed and the search index', async () => {
    // The fixture's draft report, model and article, with their ids and names.
    const traces = ['ha-giang-ban-nhap', 'hg-nhap-doi-xung-kich', 'mo-hinh-ban-nhap-thu-nghiem', 'ha-giang-bai-nhap'];
    const names = ['Bản nháp Hà Giang', 'Mô hình bản nháp', 'Bài viết bản nháp', '9.876'];
    const files = filesUnder(join(root, 'dist')).filter((f) => /\.(html|csv|json|xml|txt|svg)$/u.test(f));
    expect(files.length).toBeGreaterThan(100);
    const leaks = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return [...traces, ...names].some((t) => text.includes(t));
    });
    expect(leaks).toEqual([]);
    const page = await session.browser.newPage();
    await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent('ban nhap thu nghiem')}`);
    await page.locator('[data-search-summary]').filter({ hasText: 'ban nhap thu nghiem' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-results] a[href*="nhap"]').count()).toBe(0);
    await page.close();
  });

  it('renders the article with its figures', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${url}/bai-viet/ha-giang-bai-thu/`);
    expect(await page.locator('.prose').textContent()).toContain('hơn 321 tổ');
    await page.close();
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Paths a page links to inside <main>, matching a pattern. */
async function linksIn(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => pattern.test(h));
}

describe('the site at national scale (lists over their limits)', () => {
  it('turns /so-lieu/ into a hub whose unit pages hold every figure exactly once', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/so-lieu/`);
    expect(await page.locator('table.all-figures').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const unitPages = await linksIn(page, /^\/so-lieu\/[a-z-]+\/$/);
    expect(unitPages.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const path of unitPages) {
      await page.goto(url + path);
      seen.push(...(await page.locator('table.all-figures tbody tr').evaluateAll((rows) => rows.map((r) => r.id))));
    }
    const ids = parseCsv(readFileSync(join(root, 'dist/du-lieu/so-lieu.csv'), 'utf8')).map((r) => r['id']);
    expect(seen.sort()).toEqual(ids.sort());
    await context.close();
  });

  it('turns /mo-hinh/ into a hub whose unit pages list every model exactly once', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/mo-hinh/`);
    expect(await page.locator('li[data-tinh]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const seen: string[] = [];
    for (const path of await linksIn(page, /^\/mo-hinh\/tinh\/[a-z-]+\/$/)) {
      await page.goto(url + path);
      seen.push(...(await linksIn(page, /^\/mo-hinh\/(?!tinh\/)[^/]+\/$/)));
    }
    const slugs = parseCsv(readFileSync(join(root, 'dist/du-lieu/mo-hinh.csv'), 'utf8')).map((r) => r['slug']);
    expect(seen.sort()).toEqual(slugs.map((s) => `/mo-hinh/${s}/`).sort());
    await context.close();
  });

  it('pages /bai-viet/, and following "Trang sau" reaches every article once', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const seen: string[] = [];
    let next: string | null = '/bai-viet/';
    let pages = 0;
    while (next) {
      await page.goto(url + next);
      pages += 1;
      expect(await axeViolations(page)).toEqual([]);
      seen.push(...(await linksIn(page, /^\/bai-viet\/(?!trang\/)[^/]+\/$/)));
      next = await page
        .locator('a[rel="next"]')
        .getAttribute('href', { timeout: 1000 })
        .catch(() => null);
    }
    const articles = readdirSync(join(root, 'content/articles')).filter(
      (f) => f.endsWith('.mdx') && !/^draft: true$/mu.test(readFileSync(join(root, 'content/articles', f), 'utf8')),
    );
    expect(pages).toBe(Math.ceil(articles.length / ARTICLES_PER_PAGE));
    expect(seen.sort()).toEqual(articles.map((f) => `/bai-viet/${f.replace(/\.mdx$/, '')}/`).sort());
    await context.close();
  });
});
