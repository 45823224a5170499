import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bodyDigest,
  openPrecompressCache,
  PackStore,
  PRUNE_AFTER_DAYS,
  precompressCacheDir,
  precompressKey,
} from './precompress-cache.ts';
import { builtFilesOf } from './built-files.ts';
import { brotliQuality, compressibleBody } from './precompress-file.ts';
import { CompressionPool, precompressFiles, precompressSite, startSitePrecompression } from './precompress.ts';

describe('brotliQuality', () => {
  it('spends quality 11 on the shared bundles and the files every search loads, 6 on the rest', () => {
    expect(brotliQuality('/site/dist/_astro/Base.DrP2a1.css')).toBe(11);
    expect(brotliQuality('/site/dist/pagefind/pagefind.js')).toBe(11);
    expect(brotliQuality('/site/dist/pagefind/pagefind.vi_30d7fbfea9.pf_meta')).toBe(11);
    expect(brotliQuality('/site/dist/pagefind/wasm.unknown.pagefind')).toBe(11);
    expect(brotliQuality('/site/dist/pagefind/index/vi_1a2b3c4.pf_index')).toBe(6);
    expect(brotliQuality('/site/dist/pagefind/filter/vi_1a2b3c4.pf_filter')).toBe(6);
    expect(brotliQuality('/site/dist/pagefind/fragment/vi_1a2b.pf_fragment')).toBe(6);
    expect(brotliQuality('/site/dist/so-lieu/index.html')).toBe(6);
    expect(brotliQuality('/site/dist/du-lieu/so-lieu.json')).toBe(6);
    expect(brotliQuality('/site/dist/_astro/nested/dir/x.js')).toBe(6);
  });

  it('spends quality 6 on a bundle over 512 KB: the web editor, which readers never load', () => {
    expect(brotliQuality('/site/dist/_astro/index.Bx1.js', 2_400_000)).toBe(6);
    expect(brotliQuality('/site/dist/_astro/index.Bx1.js', 40_000)).toBe(11);
  });
});

describe('compressibleBody', () => {
  const payload = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('{"url":"/x/"}')]);

  it('unpacks Pagefind’s gzip so Brotli packs the payload itself', () => {
    const file = '/site/dist/pagefind/fragment/vi_1a2b.pf_fragment';
    expect(compressibleBody(file, gzipSync(payload))).toEqual(payload);
  });

  it('leaves every other file as it is', () => {
    const html = Buffer.from('<p>Tổ hòa giải</p>');
    expect(compressibleBody('/site/dist/index.html', html)).toBe(html);
  });

  it('stops on a Pagefind file in a format it does not know', () => {
    const file = '/site/dist/pagefind/index/vi_1a2b.pf_index';
    expect(() => compressibleBody(file, Buffer.from('not gzip'))).toThrow(/vi_1a2b\.pf_index: not gzip/u);
    expect(() => compressibleBody(file, gzipSync(Buffer.from('other')))).toThrow(/format changed/u);
  });
});

describe('precompressFiles with its cache', () => {
  const setup = async () => {
    const root = await mkdtemp(join(tmpdir(), 'precompress-'));
    const site = join(root, 'dist');
    await mkdir(site, { recursive: true });
    const page = join(site, 'index.html');
    await writeFile(page, '<p>Tổ hòa giải</p>'.repeat(200));
    const other = join(site, 'data.json');
    await writeFile(other, JSON.stringify({ tinh: 'Hòa Bình', values: [1, 2, 3] }));
    const cacheDir = join(root, 'cache');
    return { root, cacheDir, cache: await openPrecompressCache(cacheDir), files: [page, other], page };
  };

  it('reads back, in the next build, the same bytes a fresh compression writes', async () => {
    const { cacheDir, cache, files, page } = await setup();
    const first = await precompressFiles(files, cache);
    await cache.finish();
    expect(first.cached).toBe(0);
    const fresh = { gz: await readFile(`${page}.gz`), br: await readFile(`${page}.br`) };
    await rm(`${page}.gz`);
    await rm(`${page}.br`);
    const next = await openPrecompressCache(cacheDir);
    const second = await precompressFiles(files, next);
    await next.finish();
    expect(second).toEqual({ ...first, cached: 2 });
    expect(await readFile(`${page}.gz`)).toEqual(fresh.gz);
    expect(await readFile(`${page}.br`)).toEqual(fresh.br);
    expect(gunzipSync(fresh.gz).toString()).toBe(await readFile(page, 'utf8'));
    expect(brotliDecompressSync(fresh.br).toString()).toBe(await readFile(page, 'utf8'));
  });

  it('reads back an entry written earlier in the same build, before its pack is complete', async () => {
    const { cache } = await setup();
    const store = new PackStore(cache.storeSetup());
    const key = precompressKey('br', 6, bodyDigest(Buffer.from('Tổ hòa giải')));
    store.write(key, Buffer.from('nén'));
    expect(store.read(key)).toEqual(Buffer.from('nén'));
    expect(store.read(precompressKey('br', 6, bodyDigest(Buffer.from('khác'))))).toBeUndefined();
    const report = store.close();
    expect(report.added).toEqual([[key, 0, Buffer.byteLength('nén')]]);
    expect(report.used).toEqual([key]);
  });

  it('compresses on several workers into one cache, each with a pack of its own', async () => {
    const { root, cacheDir, cache } = await setup();
    const many = Array.from({ length: 80 }, (_, i) => join(root, 'dist', `trang-${i}.html`));
    for (const [i, file] of many.entries()) await writeFile(file, `<p>Tổ an ninh số ${i}</p>`.repeat(50));
    const pool = new CompressionPool(cache, 2);
    const first = await precompressFiles(many, cache, pool);
    await pool.close();
    await cache.finish();
    expect(first.cached).toBe(0);
    expect(first.files.size).toBe(80);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.pack'))).toHaveLength(2);
    for (const file of many)
      expect(gunzipSync(await readFile(`${file}.gz`)).toString()).toBe(await readFile(file, 'utf8'));
    const next = await openPrecompressCache(cacheDir);
    expect((await precompressFiles(many, next)).cached).toBe(80);
  });

  it('stops with the file’s name when one cannot be compressed', async () => {
    const { root, cache } = await setup();
    const broken = join(root, 'dist', 'pagefind', 'index', 'vi_1.pf_index');
    await mkdir(join(root, 'dist', 'pagefind', 'index'), { recursive: true });
    await writeFile(broken, 'not gzip');
    await expect(precompressFiles([broken], cache)).rejects.toThrow(/vi_1\.pf_index: not gzip/u);
  });

  it('compresses a changed file again instead of serving its old bytes', async () => {
    const { cacheDir, cache, files, page } = await setup();
    await precompressFiles(files, cache);
    await cache.finish();
    await writeFile(page, '<p>Tổ an ninh nhân dân</p>');
    const next = await openPrecompressCache(cacheDir);
    const again = await precompressFiles(files, next);
    expect(again.cached).toBe(1);
    expect(gunzipSync(await readFile(`${page}.gz`)).toString()).toBe('<p>Tổ an ninh nhân dân</p>');
    expect(brotliDecompressSync(await readFile(`${page}.br`)).toString()).toBe('<p>Tổ an ninh nhân dân</p>');
  });

  it('treats a pack cut short or removed by another build as a miss, never as bytes', async () => {
    const { cacheDir, cache, files, page } = await setup();
    await precompressFiles(files, cache);
    await cache.finish();
    const fresh = await readFile(`${page}.br`);
    for (const name of await readdir(cacheDir)) if (name.endsWith('.pack')) await writeFile(join(cacheDir, name), '');
    const next = await openPrecompressCache(cacheDir);
    const again = await precompressFiles(files, next);
    expect(again.cached).toBe(0);
    expect(await readFile(`${page}.br`)).toEqual(fresh);
  });

  it('keys by method, level, library versions and body', () => {
    const body = bodyDigest(Buffer.from('an ninh'));
    const keys = new Set([
      precompressKey('gzip', 9, body),
      precompressKey('br', 9, body),
      precompressKey('br', 11, body),
      precompressKey('br', 11, bodyDigest(Buffer.from('an ninh.'))),
      precompressKey('br', 11, body, 'zlib 0 brotli 0'),
    ]);
    expect(keys.size).toBe(5);
    expect(precompressKey('gzip', 9, body)).toBe(precompressKey('gzip', 9, bodyDigest(Buffer.from('an ninh'))));
  });

  it('prunes entries unused for two weeks and keeps the ones a build read', async () => {
    const { cacheDir, cache, files } = await setup();
    await precompressFiles(files, cache);
    expect(await cache.finish(PRUNE_AFTER_DAYS, new Date())).toBe(0);
    const packs = async () => (await readdir(cacheDir)).filter((name) => name.endsWith('.pack'));
    expect(await packs()).toHaveLength(1);
    // A build two weeks later that reads nothing: every entry goes, and the pack with them.
    const later = new Date(Date.now() + (PRUNE_AFTER_DAYS + 1) * 86_400_000);
    expect(await (await openPrecompressCache(cacheDir, later)).finish()).toBe(4);
    expect(await packs()).toEqual([]);
    const next = await openPrecompressCache(cacheDir);
    expect((await precompressFiles(files, next)).cached).toBe(0);
  });

  it('rewrites its packs once most of their bytes are bodies no page uses any more', async () => {
    const { cacheDir, cache, files, page } = await setup();
    await precompressFiles(files, cache);
    await cache.finish();
    const packBytes = async () => {
      let total = 0;
      for (const name of await readdir(cacheDir))
        if (name.endsWith('.pack')) total += (await readFile(join(cacheDir, name))).length;
      return total;
    };
    const before = await packBytes();
    // Three more builds of a page that changes each time; old bodies age out two weeks on.
    let day = Date.now();
    for (const text of ['một', 'hai', 'ba']) {
      day += (PRUNE_AFTER_DAYS + 1) * 86_400_000;
      await writeFile(page, `<p>${text}</p>`.repeat(300));
      const next = await openPrecompressCache(cacheDir, new Date(day));
      await precompressFiles(files, next);
      await next.finish();
    }
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.pack')).length).toBeLessThanOrEqual(2);
    expect(await packBytes()).toBeLessThan(before * 3);
  });

  it('reads its folder from PRECOMPRESS_CACHE_DIR, else beside Astro’s cache', () => {
    expect(precompressCacheDir({ PRECOMPRESS_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(precompressCacheDir({})).toMatch(/node_modules[\\/]\.cache[\\/]precompress$/u);
  });
});

describe('precompressSite beside the search indexing', () => {
  const site = async () => {
    const root = await mkdtemp(join(tmpdir(), 'precompress-site-'));
    const dist = join(root, 'dist');
    const index = join(dist, 'pagefind');
    await mkdir(index, { recursive: true });
    await writeFile(join(dist, 'index.html'), '<p>Cụm an ninh liên hoàn</p>');
    await writeFile(join(index, 'half-written.js'), 'export {}');
    vi.stubEnv('PRECOMPRESS_CACHE_DIR', join(root, 'cache'));
    return { dist, index };
  };
  afterEach(() => vi.unstubAllEnvs());

  it('compresses the index folder only once it is written, and records every file', async () => {
    const { dist, index } = await site();
    let write!: () => void;
    const written = new Promise<void>((resolve) => (write = resolve));
    const pass = precompressSite(dist, {
      dir: index,
      ready: written.then(async () => {
        // Pagefind replaces its folder when it writes: what was there before is never compressed.
        await rm(index, { recursive: true });
        await mkdir(index);
        await writeFile(join(index, 'pagefind.js'), 'export const search = 1;');
      }),
    });
    // The pages are done before the index is ready, and nothing of the index is touched yet.
    // (Polled: the workers' start-up takes its own time on a busy machine.)
    for (let waited = 0; waited < 20_000 && !(await readdir(dist)).includes('index.html.br'); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await readdir(dist)).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'pagefind']);
    write();
    const done = await pass;
    expect(done).toMatchObject({ files: 2, alongside: 1 });
    expect((await readdir(index)).sort()).toEqual(['pagefind.js', 'pagefind.js.br', 'pagefind.js.gz']);
    expect([...builtFilesOf(dist)!.keys()].sort()).toEqual([join(dist, 'index.html'), join(index, 'pagefind.js')]);
  });

  it('settles its first part with the pages compressed and recorded, the index still being written', async () => {
    const { dist, index } = await site();
    let write!: () => void;
    const written = new Promise<void>((resolve) => (write = resolve));
    const pass = startSitePrecompression(dist, { dir: index, ready: written });
    await pass.firstPart;
    expect([...builtFilesOf(dist)!.keys()]).toEqual([join(dist, 'index.html')]);
    expect((await readdir(dist)).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'pagefind']);
    expect(await readdir(index)).toEqual(['half-written.js']);
    write();
    expect(await pass.done).toMatchObject({ files: 2, alongside: 1 });
    expect([...builtFilesOf(dist)!.keys()].sort()).toEqual([join(dist, 'index.html'), join(index, 'half-written.js')]);
  });

  it('stops with the indexing’s own error, also when it fails while the pages are compressed', async () => {
    const { dist, index } = await site();
    const failed = Promise.reject(new Error('Pagefind getFiles failed: out of memory'));
    await expect(precompressSite(dist, { dir: index, ready: failed })).rejects.toThrow(/getFiles failed/u);
    // Failed before its pages were done, the pass fails its first part too.
    const early = startSitePrecompression(join(dist, 'no-such-folder'), { dir: index, ready: failed });
    await expect(early.firstPart).rejects.toThrow(/ENOENT/u);
    await expect(early.done).rejects.toThrow(/ENOENT/u);
    expect(await readdir(index)).toEqual(['half-written.js']);
  });
});
