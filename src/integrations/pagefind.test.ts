import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { orderedPairs, pageUrl, withMetaFields } from './pagefind.ts';
import { fragmentWithout } from './pagefind-files.ts';

describe('pageUrl', () => {
  it('names a page as Pagefind does when it reads it from disk', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('mo-hinh/to-hoa-giai/index.html')).toBe('/mo-hinh/to-hoa-giai/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('withMetaFields', () => {
  it('adds each non-empty field as an empty hidden element before </body>', () => {
    const html = withMetaFields('<html><body><p>Tổ</p></body></html>', { pairs: 'þto0hoa þhoa0giai', other: '' });
    expect(html).toBe(
      '<html><body><p>Tổ</p><span data-pagefind-meta="pairs:þto0hoa þhoa0giai" hidden></span></body></html>',
    );
  });
});

describe('orderedPairs', () => {
  it('puts the pairs most pages share first in every page, ties in code-point order', () => {
    const ordered = orderedPairs(
      new Map([
        ['a.html', ['þto0hoa', 'þan0ninh', 'þhoa0giai']],
        ['b.html', ['þhoa0giai', 'þan0ninh']],
        ['c.html', ['þan0ninh']],
      ]),
    );
    expect(ordered.get('a.html')).toEqual(['þan0ninh', 'þhoa0giai', 'þto0hoa']);
    expect(ordered.get('b.html')).toEqual(['þan0ninh', 'þhoa0giai']);
  });

  it('orders as sorting each page by pages sharing, then code points, would; repeats kept', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const vocabulary = Array.from({ length: 60 }, (_, i) => `þp${(i * 7919) % 97}0q${i % 5}`);
    const pages = new Map(
      Array.from({ length: 40 }, (_, page) => [
        `${page}.html`,
        Array.from({ length: next() % 30 }, () => vocabulary[next() % vocabulary.length]!),
      ]),
    );
    const pagesWith = new Map<string, number>();
    for (const pairs of pages.values()) for (const pair of pairs) pagesWith.set(pair, (pagesWith.get(pair) ?? 0) + 1);
    const ordered = orderedPairs(pages);
    for (const [page, pairs] of pages) {
      const expected = [...pairs].sort((a, b) => pagesWith.get(b)! - pagesWith.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
      expect(ordered.get(page)).toEqual(expected);
    }
    expect([...pages.values()].some((pairs) => new Set(pairs).size < pairs.length)).toBe(true);
  });
});

describe('fragmentWithout', () => {
  const pack = (value: unknown) =>
    gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(value))]));
  const unpack = (packed: Buffer) => JSON.parse(gunzipSync(packed).subarray(12).toString()) as unknown;

  it('drops the named metadata fields and keeps the rest of the fragment', () => {
    const fragment = { url: '/x/', content: 'Tổ hòa giải', meta: { title: 'Tổ hòa giải', pairs: 'þto0hoa' } };
    const stripped = fragmentWithout('fragment/vi_1.pf_fragment', pack(fragment), ['pairs']);
    expect(unpack(stripped)).toEqual({ url: '/x/', content: 'Tổ hòa giải', meta: { title: 'Tổ hòa giải' } });
  });

  it('stops on a fragment without metadata', () => {
    expect(() => fragmentWithout('fragment/vi_2.pf_fragment', pack({ url: '/x/' }), ['pairs'])).toThrow(
      /vi_2\.pf_fragment: a Pagefind fragment without "meta"/u,
    );
  });
});
