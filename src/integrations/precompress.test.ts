import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, compressibleBody } from './precompress.ts';

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

  it('unpacks Pagefind’s gzip so Brotli packs the payload itself', async () => {
    const file = '/site/dist/pagefind/fragment/vi_1a2b.pf_fragment';
    await expect(compressibleBody(file, gzipSync(payload))).resolves.toEqual(payload);
  });

  it('leaves every other file as it is', async () => {
    const html = Buffer.from('<p>Tổ hòa giải</p>');
    await expect(compressibleBody('/site/dist/index.html', html)).resolves.toBe(html);
  });

  it('stops on a Pagefind file in a format it does not know', async () => {
    const file = '/site/dist/pagefind/index/vi_1a2b.pf_index';
    await expect(compressibleBody(file, Buffer.from('not gzip'))).rejects.toThrow(/vi_1a2b\.pf_index: not gzip/u);
    await expect(compressibleBody(file, gzipSync(Buffer.from('other')))).rejects.toThrow(/format changed/u);
  });
});
