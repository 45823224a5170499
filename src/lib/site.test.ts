import { describe, expect, it } from 'vitest';
import { languageVersions, pageLanguage } from './site.ts';

describe('language versions', () => {
  it('pairs the home page and the English page, from either side', () => {
    const pair = [
      { lang: 'vi', path: '/' },
      { lang: 'en', path: '/en/' },
    ];
    expect(languageVersions('/')).toEqual(pair);
    expect(languageVersions('/en/')).toEqual(pair);
  });

  it('gives other pages no versions, and Vietnamese as their language', () => {
    expect(languageVersions('/mo-hinh/')).toEqual([]);
    expect(pageLanguage('/mo-hinh/')).toBe('vi');
    expect(pageLanguage('/')).toBe('vi');
    expect(pageLanguage('/en/')).toBe('en');
  });
});
