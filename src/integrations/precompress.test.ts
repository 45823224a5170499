import { describe, expect, it } from 'vitest';
import { brotliQuality } from './precompress.ts';

describe('brotliQuality', () => {
  it('spends quality 11 on the shared bundles and the search UI only', () => {
    expect(brotliQuality('/site/dist/_astro/Base.DrP2a1.css')).toBe(11);
    expect(brotliQuality('/site/dist/pagefind/pagefind.js')).toBe(11);
    expect(brotliQuality('/site/dist/pagefind/fragment/en_1a2b.pf_fragment')).toBe(6);
    expect(brotliQuality('/site/dist/so-lieu/index.html')).toBe(6);
    expect(brotliQuality('/site/dist/du-lieu/so-lieu.json')).toBe(6);
    expect(brotliQuality('/site/dist/_astro/nested/dir/x.js')).toBe(6);
  });

  it('spends quality 6 on a bundle over 512 KB: the web editor, which readers never load', () => {
    expect(brotliQuality('/site/dist/_astro/index.Bx1.js', 2_400_000)).toBe(6);
    expect(brotliQuality('/site/dist/_astro/index.Bx1.js', 40_000)).toBe(11);
  });
});
