// An editor adds a province the site has never had (a report with figures, two models, an
// article) as the editors' guide describes: files under content/, no code. The site must
// then show it on its province pages, in the model directory, in search and in the CSV.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../scripts/serve.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { launch, type Session } from './support/browser.ts';

const FIXTURE = 'tests/fixtures/new-province';
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
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
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
    const first = page.locator('pagefind-results .search-hit-link').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', url).pathname).toBe(
      '/mo-hinh/to-hoa-giai-vung-cao-thu-nghiem/',
    );
    await page.close();
  });

  it('renders the article with its figures', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${url}/bai-viet/ha-giang-bai-thu/`);
    expect(await page.locator('.prose').textContent()).toContain('hơn 321 tổ');
    await page.close();
  });
});
