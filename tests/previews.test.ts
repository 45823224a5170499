// Pages read as a link-preview crawler and a feed reader read them, with libraries other
// people use: open-graph-scraper for Open Graph and Twitter tags, @extractus/feed-extractor
// for the RSS feed. Plus the head tags those readers and browsers rely on: the page's
// language, its other-language version, and an icon the browser need not guess.
import { readFileSync } from 'node:fs';
import { extractFromXml } from '@extractus/feed-extractor';
import ogs from 'open-graph-scraper';
import { describe, expect, it } from 'vitest';
import { readerPages, DIST, fileForPath, parse } from './support/dist.ts';
import { PAGE_TYPES } from './support/page-types.ts';

const pages = readerPages();
const html = (path: string) => readFileSync(fileForPath(path)!, 'utf8');

describe.each(PAGE_TYPES)('link preview of the %s page (%s)', (_name, path) => {
  it('has title, description, image with its size and alt text, and the locale of its language', async () => {
    const text = html(path);
    const { result, error } = await ogs({ html: text });
    expect(error).toBe(false);
    const lang = parse(text).documentElement.getAttribute('lang');
    expect(result.ogTitle?.length).toBeGreaterThan(3);
    expect(result.ogDescription?.length).toBeGreaterThan(20);
    expect(result.ogLocale).toBe(lang === 'en' ? 'en_GB' : 'vi_VN');
    const [image] = result.ogImage ?? [];
    expect(image?.url).toMatch(/^https:\/\/.+\.png$/);
    expect(fileForPath(new URL(image!.url).pathname)).toBeDefined();
    expect(image).toMatchObject({ width: '1200', height: '630' });
    expect(image?.alt?.length).toBeGreaterThan(10);
    const [twitter] = result.twitterImage ?? [];
    expect(twitter?.url).toBe(image?.url);
    expect(twitter?.alt).toBe(image?.alt);
    expect(result.ogUrl).toBe(parse(text).querySelector('link[rel="canonical"]')?.getAttribute('href'));
  });
});

describe('language versions', () => {
  const hreflangs = (path: string) =>
    Object.fromEntries(
      [...parse(html(path)).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href') ?? '').pathname,
      ]),
    );

  it('serves the English page as English, with the English Open Graph locale', () => {
    const doc = parse(html('/en/'));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_GB');
    expect(doc.querySelector('meta[property="og:locale:alternate"]')?.getAttribute('content')).toBe('vi_VN');
    // Its chrome is English too (tests/english.test.ts reads it all); only names stay lang="vi".
    expect(doc.querySelector('header.site-header')?.getAttribute('lang')).toBeNull();
    expect(doc.querySelector('header.site-header .brand-text')?.getAttribute('lang')).toBe('vi');
  });

  it('pairs the home page and the English page both ways with hreflang', () => {
    const expected = { vi: '/', en: '/en/', 'x-default': '/' };
    expect(hreflangs('/')).toEqual(expected);
    expect(hreflangs('/en/')).toEqual(expected);
  });

  it('keeps every other page Vietnamese, without hreflang alternates', () => {
    const wrong = pages
      .filter((p) => p.path !== '/' && p.path !== '/en/')
      .filter(
        (p) => parse(p.html).documentElement.getAttribute('lang') !== 'vi' || Object.keys(hreflangs(p.path)).length > 0,
      )
      .map((p) => p.path);
    expect(wrong).toEqual([]);
  });
});

describe('icons', () => {
  it('gives every HTML page, embeds included, an icon link to a file that exists', () => {
    const missing = pages
      .filter((p) => {
        const href = parse(p.html).querySelector('link[rel~="icon"]')?.getAttribute('href');
        return !href || !fileForPath(new URL(href, 'https://site/').pathname);
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });
});

describe('RSS feed, read by a feed parser', () => {
  it('has the site, and every article with its title, link and date', () => {
    const feed = extractFromXml(readFileSync(`${DIST}/rss.xml`, 'utf8'));
    expect(feed.title).toBe(parse(html('/')).querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
    expect(feed.link).toMatch(/^https:\/\//);
    const articles = pages.filter((p) => /^\/bai-viet\/(?!trang\/)[^/]+\/$/.test(p.path));
    expect(feed.entries?.length).toBe(articles.length);
    for (const entry of feed.entries ?? []) {
      const path = new URL(entry.link ?? '').pathname;
      const doc = parse(html(path));
      expect(entry.title).toBe(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
      const time = doc.querySelector('article time[datetime]')?.getAttribute('datetime');
      // Dates are midnight in Vietnam (UTC+7), the day the article page shows.
      expect(new Date(entry.published ?? '').toISOString()).toBe(new Date(`${time}T00:00:00+07:00`).toISOString());
    }
  });
});
