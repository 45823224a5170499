import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite } from './pagefind.ts';
import { unpack } from './pagefind-files.ts';

// A small built site on disk, indexed by the real Pagefind binary.
const root = mkdtempSync(join(tmpdir(), 'pagefind-index-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><title>${title}</title><style>p{}</style></head><body>` +
  `<nav>Trang chủ</nav><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1>${body}</main></body></html>`;

function writeSite(site: string): void {
  const files: Record<string, string> = {
    'index.html': page('Trang chủ', '<p>Toàn dân bảo vệ an ninh Tổ quốc.</p>'),
    'mo-hinh/to-hoa-giai/index.html': page('Tổ hòa giải', '<p>Tổ hòa giải ở cơ sở giữ an ninh trật tự.</p>'),
    // No data-pagefind-body: Pagefind leaves such a page out, and so must the pairs step.
    'nhung/bieu-do/index.html': '<!doctype html><html><body><p>Biểu đồ nhúng</p></body></html>',
  };
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name],
  );

describe('indexSite', () => {
  it('indexes the pages with a body, keeps the pairs out of result fragments and replaces an old bundle', async () => {
    const site = join(root, 'site');
    writeSite(site);
    const outputPath = join(site, 'pagefind');
    mkdirSync(outputPath, { recursive: true });
    writeFileSync(join(outputPath, 'left-from-an-earlier-build.txt'), 'old');

    // Called once, with every page handed over and nothing of the new bundle written yet.
    const handedOver: boolean[] = [];
    const summary = await indexSite({
      site,
      outputPath,
      glossary: [],
      onPagesHandedOver: () => handedOver.push(existsSync(join(outputPath, 'left-from-an-earlier-build.txt'))),
    });
    expect(handedOver).toEqual([true]);
    expect(summary.pages).toBe(2);
    expect(summary.pairs).toBeGreaterThan(10);

    const files = filesUnder(outputPath);
    expect(files).toContain('pagefind.js');
    expect(existsSync(join(outputPath, 'left-from-an-earlier-build.txt'))).toBe(false);
    expect(files.filter((f) => /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./u.test(f))).toEqual([]);
    const fragments = files.filter((f) => f.startsWith('fragment/'));
    expect(fragments).toHaveLength(2);
    const shown = await Promise.all(
      fragments.map(async (f) => {
        const payload = unpack(f, readFileSync(join(outputPath, f)));
        return JSON.parse(payload.subarray('pagefind_dcd'.length).toString('utf8')) as {
          url: string;
          meta: Record<string, string>;
        };
      }),
    );
    expect(shown.map((f) => f.url).sort()).toEqual(['/', '/mo-hinh/to-hoa-giai/']);
    for (const fragment of shown) {
      expect(Object.keys(fragment.meta)).toContain('title');
      expect(Object.keys(fragment.meta)).not.toContain('pairs');
    }
    // Summed from what was written.
    const indexBytes = files
      .filter((f) => /\.pf_(?:meta|index|fragment|filter)$/u.test(f))
      .reduce((sum, f) => sum + readFileSync(join(outputPath, f)).length, 0);
    expect(summary.indexBytes).toBe(indexBytes);
  }, 60_000);

  it('copies the last bundle back when Pagefind would be given the same pages, and indexes again when one changed', async () => {
    const site = join(root, 'cached-site');
    writeSite(site);
    const outputPath = join(site, 'pagefind');
    const cacheDir = join(root, 'pagefind-cache');
    const bundle = () =>
      new Map(filesUnder(outputPath).map((f) => [f, readFileSync(join(outputPath, f)).toString('hex')]));

    const first = await indexSite({ site, outputPath, glossary: [], cacheDir });
    expect(first.fromCache).toBe(false);
    const built = bundle();
    rmSync(outputPath, { recursive: true });

    const handedOver: number[] = [];
    const second = await indexSite({
      site,
      outputPath,
      glossary: [],
      cacheDir,
      onPagesHandedOver: () => handedOver.push(1),
    });
    expect(second.fromCache).toBe(true);
    expect(handedOver).toEqual([1]);
    expect(bundle()).toEqual(built);
    expect({ ...second, fromCache: false }).toEqual(first);

    // A page that changed, or another glossary, changes what Pagefind is given.
    writeFileSync(join(site, 'index.html'), page('Trang chủ', '<p>Toàn dân bảo vệ an ninh Tổ quốc, cả nước.</p>'));
    const third = await indexSite({ site, outputPath, glossary: [], cacheDir });
    expect(third.fromCache).toBe(false);
    expect(bundle()).not.toEqual(built);
    const glossary = [{ abbr: 'ANTT', expansion: 'an ninh, trật tự', variants: [] }];
    expect((await indexSite({ site, outputPath, glossary, cacheDir })).fromCache).toBe(false);
    // Only the last bundle is kept.
    expect(readdirSync(cacheDir)).toHaveLength(1);
  }, 60_000);
});
