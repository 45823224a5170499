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
});
