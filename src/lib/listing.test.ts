import { describe, expect, it } from 'vitest';
import { articlesPerPage, DEFAULT_SPLIT_AT, isSplit, pagePath, paginate, splitAt } from './listing.ts';

describe('splitting long lists', () => {
  it('splits only past the limit', () => {
    expect(isSplit(800, 800)).toBe(false);
    expect(isSplit(801, 800)).toBe(true);
  });

  it('reads the limits from the environment, and refuses what is not a positive integer', () => {
    expect(splitAt({})).toBe(DEFAULT_SPLIT_AT);
    expect(splitAt({ LIST_SPLIT_AT: '20' })).toBe(20);
    expect(articlesPerPage({ ARTICLES_PER_PAGE: '2' })).toBe(2);
    expect(() => splitAt({ LIST_SPLIT_AT: '0' })).toThrow('LIST_SPLIT_AT must be a positive integer, got "0"');
    expect(() => splitAt({ LIST_SPLIT_AT: '2.5' })).toThrow('LIST_SPLIT_AT');
    expect(() => articlesPerPage({ ARTICLES_PER_PAGE: 'abc' })).toThrow('ARTICLES_PER_PAGE');
  });
});

describe('paginate', () => {
  it('keeps every item exactly once, in order', () => {
    const items = Array.from({ length: 65 }, (_, i) => i);
    const pages = paginate(items, 30);
    expect(pages.map((p) => p.items.length)).toEqual([30, 30, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.every((p) => p.pages === 3)).toBe(true);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
  });

  it('gives an empty list one empty page, and refuses a page size below 1', () => {
    expect(paginate([], 30)).toEqual([{ page: 1, pages: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('puts page 1 at the list itself and later pages under trang/', () => {
    expect(pagePath('/bai-viet/', 1)).toBe('/bai-viet/');
    expect(pagePath('/bai-viet/', 4)).toBe('/bai-viet/trang/4/');
  });
});
